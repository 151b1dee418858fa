package dev.seqguard.sample;

import org.springframework.data.jpa.repository.JpaRepository;

/** Stores {@link Category}s. */
public interface CategoryRepository extends JpaRepository<Category, Long> {

}
