package dev.seqguard.autoconfigure;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatException;
import static org.assertj.core.api.Assertions.assertThatNoException;

/**
 * The check of each line's artifact against the running Spring Boot version, both ways
 * ({@code WrongLineTests} of {@code boot3/autoconfigure} runs the Boot 4 artifact on a
 * real Boot 3.5 application).
 */
class BootLineCheckTests {

	@Test
	void theBoot3ArtifactOnBoot4NamesTheBoot4Starter() {
		assertThatException().isThrownBy(() -> BootLineCheck.check(BootLine.BOOT_3, "4.1.2"))
			.isInstanceOf(WrongBootLineException.class)
			.withMessage("seqguard-spring-boot3-autoconfigure is built for Spring Boot 3.x, but this application runs"
					+ " Spring Boot 4.1.2: replace it by dev.seqguard:seqguard-spring-boot-starter (the same SeqGuard,"
					+ " built for Spring Boot 4)");
	}

	@Test
	void theBoot4ArtifactOnBoot3NamesTheBoot3Starter() {
		assertThatException().isThrownBy(() -> BootLineCheck.check(BootLine.BOOT_4, "3.5.16"))
			.withMessageContaining("replace it by dev.seqguard:seqguard-spring-boot3-starter");
	}

	@Test
	void aBootWithoutALineNamesBothStarters() {
		assertThatException().isThrownBy(() -> BootLineCheck.check(BootLine.BOOT_4, "5.0.0"))
			.withMessageContaining("seqguard-spring-boot3-starter")
			.withMessageContaining("seqguard-spring-boot-starter");
	}

	@Test
	void theRightLineOrAnUnknownVersionPasses() {
		assertThatNoException().isThrownBy(() -> BootLineCheck.check(BootLine.BOOT_4, "4.1.2"));
		assertThatNoException().isThrownBy(() -> BootLineCheck.check(BootLine.BOOT_3, "3.5.16"));
		assertThatNoException().isThrownBy(() -> BootLineCheck.check(BootLine.BOOT_3, null));
	}

}
