package dev.seqguard.springbatch;

/**
 * The Spring Batch scenarios with Spring Batch 6 (Boot 4): job instances from
 * BATCH_JOB_INSTANCE_SEQ.
 */
class SpringBatchTests extends SpringBatchScenarios {

	@Override
	Class<?> application() {
		return Batch6Application.class;
	}

	@Override
	String jobInstanceSequence() {
		return "public.batch_job_instance_seq";
	}

}
