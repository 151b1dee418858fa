package dev.seqguard.sample;

import org.springframework.data.jpa.repository.JpaRepository;

/** Stores {@link Author}s. */
public interface AuthorRepository extends JpaRepository<Author, Long> {

}
