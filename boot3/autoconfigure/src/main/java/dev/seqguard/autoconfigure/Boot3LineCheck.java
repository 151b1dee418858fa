package dev.seqguard.autoconfigure;

/**
 * Stops a Spring Boot 4 application that added the Boot 3 line's SeqGuard (see
 * {@link BootLineCheck}).
 */
public final class Boot3LineCheck extends BootLineCheck {

	/** Creates the check of the Boot 3 line's artifact. */
	public Boot3LineCheck() {
		super(BootLine.BOOT_3);
	}

}
