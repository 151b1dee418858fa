package dev.seqguard.r2dbc;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * A Spring Data R2DBC application: no JDBC {@code DataSource}, its readings stored
 * through a reactive repository.
 */
@SpringBootApplication
public class ReadingsApplication {

}
