package dev.seqguard.mappings.tablegen;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.TableGenerator;
import org.jspecify.annotations.Nullable;

/**
 * Ids from a TABLE generator's row in hibernate_sequences, allocation size 1 (optimizer
 * none).
 */
@Entity
public class Coupon {

	@Id
	@GeneratedValue(strategy = GenerationType.TABLE, generator = "coupon_ids")
	@TableGenerator(name = "coupon_ids", table = "hibernate_sequences", pkColumnName = "sequence_name",
			valueColumnName = "next_val", pkColumnValue = "coupon", allocationSize = 1)
	@Nullable Long id;

	/**
	 * Returns the id Hibernate handed out.
	 * @return the id, {@code null} before persist
	 */
	public @Nullable Long id() {
		return this.id;
	}

}
