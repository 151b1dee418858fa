package dev.seqguard.mappings.queries;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.Subselect;
import org.hibernate.annotations.Synchronize;

/**
 * A read model over a query: its "table" is {@code ( select ... )}, with qualified names
 * in it.
 */
@Entity
@Immutable
@Subselect("select b.id, count(*) as models from public.brand b group by b.id")
@Synchronize("brand")
public class BrandStatistics {

	@Id
	Long id;

	long models;

}
