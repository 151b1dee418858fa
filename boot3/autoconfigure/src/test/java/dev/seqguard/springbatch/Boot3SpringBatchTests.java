package dev.seqguard.springbatch;

/**
 * The Spring Batch scenarios with Spring Batch 5 (Boot 3.5): job instances from
 * BATCH_JOB_SEQ.
 */
class Boot3SpringBatchTests extends SpringBatchScenarios {

	@Override
	Class<?> application() {
		return Batch5Application.class;
	}

	@Override
	String jobInstanceSequence() {
		return "public.batch_job_seq";
	}

}
