package dev.seqguard.sample;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * A catalogue whose Flyway migration loads reference data with explicit ids, the mistake
 * that leaves sequences behind their tables. Runs on an embedded PostgreSQL unless
 * {@code spring.datasource.url} is set.
 */
@SpringBootApplication
public class SampleApplication {

	public static void main(String[] args) {
		SpringApplication.run(SampleApplication.class, args);
	}

}
