package dev.seqguard.observability;

import javax.sql.DataSource;

import dev.seqguard.testsupport.RoundTripCountingDataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Wraps the application's DataSource so that a test can count every statement the
 * application runs.
 */
@TestConfiguration(proxyBeanMethods = false)
public class CountingDataSourceConfiguration {

	@Bean
	static BeanPostProcessor countingDataSource() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				return (bean instanceof DataSource dataSource && !(bean instanceof RoundTripCountingDataSource))
						? new RoundTripCountingDataSource(dataSource) : bean;
			}
		};
	}

}
