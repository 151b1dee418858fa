package dev.seqguard.autoconfigure;

/**
 * The Spring Boot generations SeqGuard is built for, one pair of artifacts each: both are
 * compiled from the same Boot-neutral sources, each against its own Boot.
 */
public enum BootLine {

	/** Spring Boot 3.5 with Hibernate 6.6. */
	BOOT_3(3, "seqguard-spring-boot3-starter", "seqguard-spring-boot3-autoconfigure"),

	/** Spring Boot 4 with Hibernate 7. */
	BOOT_4(4, "seqguard-spring-boot-starter", "seqguard-spring-boot-autoconfigure");

	private final int major;

	private final String starter;

	private final String autoconfigure;

	BootLine(int major, String starter, String autoconfigure) {
		this.major = major;
		this.starter = starter;
		this.autoconfigure = autoconfigure;
	}

	/**
	 * Returns the Spring Boot major version of this line.
	 * @return 3 or 4
	 */
	public int major() {
		return this.major;
	}

	/**
	 * Returns the starter an application of this line adds.
	 * @return the starter's artifact id
	 */
	public String starter() {
		return this.starter;
	}

	/**
	 * Returns the auto-configuration artifact of this line.
	 * @return its artifact id
	 */
	public String autoconfigure() {
		return this.autoconfigure;
	}

	/**
	 * Finds the line built for a Spring Boot version.
	 * @param major the Spring Boot major version
	 * @return the line, or {@code null} when SeqGuard has none for it
	 */
	static @org.jspecify.annotations.Nullable BootLine forMajor(int major) {
		for (BootLine line : values()) {
			if (line.major == major) {
				return line;
			}
		}
		return null;
	}

}
