package dev.seqguard.sample;

import org.springframework.data.jpa.repository.JpaRepository;

/** Stores {@link Product}s. */
public interface ProductRepository extends JpaRepository<Product, Long> {

}
