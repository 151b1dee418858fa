package dev.seqguard.mappings.tablegen;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.TableGenerator;
import org.jspecify.annotations.Nullable;

/**
 * Ids from a TABLE generator's row in hibernate_sequences, allocation size 50 (optimizer
 * pooled).
 */
@Entity
public class Parcel {

	@Id
	@GeneratedValue(strategy = GenerationType.TABLE, generator = "parcel_ids")
	@TableGenerator(name = "parcel_ids", table = "hibernate_sequences", pkColumnName = "sequence_name",
			valueColumnName = "next_val", pkColumnValue = "parcel", allocationSize = 50)
	@Nullable Long id;

	/**
	 * Returns the id Hibernate handed out.
	 * @return the id, {@code null} before persist
	 */
	public @Nullable Long id() {
		return this.id;
	}

}
