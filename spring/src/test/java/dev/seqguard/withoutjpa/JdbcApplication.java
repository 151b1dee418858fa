package dev.seqguard.withoutjpa;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.data.annotation.Id;
import org.springframework.data.jdbc.repository.config.EnableJdbcRepositories;
import org.springframework.data.relational.core.mapping.Table;
import org.springframework.data.repository.CrudRepository;

/**
 * A Spring Data JDBC application: no entity manager factory, no Hibernate.
 */
@SpringBootApplication
@EnableJdbcRepositories(considerNestedRepositories = true)
public class JdbcApplication {

	/**
	 * parcel (bigserial) holds ids 1 to 3 written explicitly; shelf (IDENTITY) is
	 * healthy; hidden.crate, outside the search_path, drifted too.
	 */
	public static final String SCHEMA = """
			create table parcel (id bigserial primary key, label text);
			insert into parcel (id, label) values (1, 'imported'), (2, 'imported'), (3, 'imported');
			create table shelf (id bigint generated always as identity primary key, label text);
			insert into shelf (label) values ('first');
			create schema hidden;
			create table hidden.crate (id serial primary key);
			insert into hidden.crate (id) values (9);
			""";

	@Table("parcel")
	public record Parcel(@Id Long id, String label) {
	}

	public interface Parcels extends CrudRepository<Parcel, Long> {

	}

}
