package dev.seqguard.autoconfigure;

/**
 * Stops a Spring Boot 3 application that added the Boot 4 line's SeqGuard (see
 * {@link BootLineCheck}).
 */
public final class Boot4LineCheck extends BootLineCheck {

	/** Creates the check of the Boot 4 line's artifact. */
	public Boot4LineCheck() {
		super(BootLine.BOOT_4);
	}

}
