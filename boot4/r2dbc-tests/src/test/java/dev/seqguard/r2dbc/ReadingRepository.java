package dev.seqguard.r2dbc;

import org.springframework.data.repository.reactive.ReactiveCrudRepository;

/**
 * The application's reactive repository of readings.
 */
public interface ReadingRepository extends ReactiveCrudRepository<Reading, Long> {

}
