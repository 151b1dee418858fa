package dev.seqguard.testsupport;

/**
 * The Hibernate a test runs on: 7 under the Boot 4 line, 6 (6.6) under the Boot 3 line,
 * for the few behaviours Hibernate itself changed.
 */
public final class HibernateVersion {

	private HibernateVersion() {
	}

	/**
	 * Returns the running Hibernate's major version.
	 * @return 6 or 7
	 */
	public static int major() {
		String version = org.hibernate.Version.getVersionString();
		return Integer.parseInt(version.substring(0, version.indexOf('.')));
	}

}
