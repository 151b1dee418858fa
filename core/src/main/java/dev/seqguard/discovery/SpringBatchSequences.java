package dev.seqguard.discovery;

import java.util.List;

/**
 * The sequences Spring Batch's JDBC job repository draws ids from, with the tables they
 * number, as its {@code schema-postgresql.sql} creates them (default table prefix
 * {@code BATCH_}, on the {@code search_path}). They are checked wherever their table and
 * sequence exist, without configuration.
 * <p>
 * Spring Batch 6 draws job instance ids from {@code BATCH_JOB_INSTANCE_SEQ}, Spring Batch
 * 5 from {@code BATCH_JOB_SEQ}; a database migrated to 6 holds both, and the first of
 * them that exists is the one checked.
 */
public final class SpringBatchSequences {

	/**
	 * Every mapping, the one of the newer Spring Batch first where two number one column.
	 */
	public static final List<SequenceMapping> ALL = List.of(
			mapping("batch_job_instance_seq", "batch_job_instance", "job_instance_id"),
			mapping("batch_job_seq", "batch_job_instance", "job_instance_id"),
			mapping("batch_job_execution_seq", "batch_job_execution", "job_execution_id"),
			mapping("batch_step_execution_seq", "batch_step_execution", "step_execution_id"));

	private SpringBatchSequences() {
	}

	private static SequenceMapping mapping(String sequence, String table, String column) {
		return new SequenceMapping(new DbName(null, sequence), new DbName(null, table), column, null);
	}

}
