package dev.seqguard.h2;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;

/**
 * The story on H2: {@code h2/data.sql} inserts rows with explicit ids into a
 * {@code category} table with an IDENTITY id (ids 1, 2), a {@code visit} table numbered
 * by a pooled sequence (allocation 50; ids 1 to 3) and an {@code owner} table numbered by
 * a sequence without optimizer (allocation 1; ids 1 to 4). {@code tag} stays empty for
 * {@code @Sql} fixtures. Hibernate creates the tables; the data follows
 * ({@code spring.jpa.defer-datasource-initialization=true}).
 */
@SpringBootApplication
@EnableJpaRepositories(considerNestedRepositories = true)
public class H2Application {

	@Entity
	@Table(name = "category")
	public static class Category {

		@Id
		@GeneratedValue(strategy = GenerationType.IDENTITY)
		public Long id;

		String title;

		protected Category() {
		}

		public Category(String title) {
			this.title = title;
		}

	}

	@Entity
	@Table(name = "visit")
	public static class Visit {

		@Id
		@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "visit_gen")
		@SequenceGenerator(name = "visit_gen", sequenceName = "visit_seq", allocationSize = 50)
		public Long id;

		String note;

		protected Visit() {
		}

		public Visit(String note) {
			this.note = note;
		}

	}

	@Entity
	@Table(name = "owner")
	public static class Owner {

		@Id
		@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "owner_gen")
		@SequenceGenerator(name = "owner_gen", sequenceName = "owner_seq", allocationSize = 1)
		public Long id;

		String name;

		protected Owner() {
		}

		public Owner(String name) {
			this.name = name;
		}

	}

	@Entity
	@Table(name = "tag")
	public static class Tag {

		@Id
		@GeneratedValue(strategy = GenerationType.IDENTITY)
		public Long id;

		String label;

		protected Tag() {
		}

		public Tag(String label) {
			this.label = label;
		}

	}

	public interface Categories extends JpaRepository<Category, Long> {

	}

	public interface Visits extends JpaRepository<Visit, Long> {

	}

	public interface Owners extends JpaRepository<Owner, Long> {

	}

	public interface Tags extends JpaRepository<Tag, Long> {

	}

}
