package dev.seqguard.sample;

import org.springframework.data.jpa.repository.JpaRepository;

/** Stores {@link Book}s. */
public interface BookRepository extends JpaRepository<Book, Long> {

}
