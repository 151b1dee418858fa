package dev.seqguard.mappings.custom;

import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.id.enhanced.SequenceStyleGenerator;

/**
 * A user's generator built on Hibernate's sequence generator: the id is ten times the
 * sequence's value.
 */
public class TenfoldSequenceGenerator extends SequenceStyleGenerator {

	@Override
	public Object generate(SharedSessionContractImplementor session, Object object) {
		return ((Number) super.generate(session, object)).longValue() * 10;
	}

}
