package dev.seqguard.boot3;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;

/**
 * A Spring Boot 3 application without a database, started in a child JVM by
 * {@link WrongLineTests} with one SeqGuard line or the other on its classpath.
 */
@SpringBootApplication(excludeName = "org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration")
public class WrongLineApplication {

	public static void main(String[] args) {
		new SpringApplicationBuilder(WrongLineApplication.class).web(WebApplicationType.NONE).run(args).close();
		System.out.println("started and stopped");
	}

}
