package dev.seqguard.autoconfigure;

import org.jspecify.annotations.Nullable;

/**
 * The {@code seqguard.datasource.*} settings: a JDBC connection of SeqGuard's own, for
 * applications without a JDBC {@code DataSource} (R2DBC), as {@code spring.flyway.url}.
 */
public class SeqGuardOwnDataSourceProperties {

	/**
	 * JDBC URL of the database to check; derived from spring.r2dbc.url when not set and
	 * the application has no DataSource bean.
	 */
	private @Nullable String url;

	/**
	 * Login role of SeqGuard's own connection; spring.r2dbc.username when not set.
	 */
	private @Nullable String username;

	/**
	 * Password of SeqGuard's own connection; spring.r2dbc.password when not set.
	 */
	private @Nullable String password;

	public @Nullable String getUrl() {
		return this.url;
	}

	public void setUrl(@Nullable String url) {
		this.url = url;
	}

	public @Nullable String getUsername() {
		return this.username;
	}

	public void setUsername(@Nullable String username) {
		this.username = username;
	}

	public @Nullable String getPassword() {
		return this.password;
	}

	public void setPassword(@Nullable String password) {
		this.password = password;
	}

}
