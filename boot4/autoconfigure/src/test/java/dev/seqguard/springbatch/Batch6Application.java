package dev.seqguard.springbatch;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.transaction.PlatformTransactionManager;

/** A Spring Batch 6 application: one job, {@code nightly}, of one step. */
@SpringBootApplication
public class Batch6Application {

	@Bean
	Job nightly(JobRepository jobRepository, PlatformTransactionManager transactionManager) {
		return new JobBuilder("nightly", jobRepository)
			.start(new StepBuilder("tidy", jobRepository)
				.tasklet((contribution, chunk) -> RepeatStatus.FINISHED, transactionManager)
				.build())
			.build();
	}

}
