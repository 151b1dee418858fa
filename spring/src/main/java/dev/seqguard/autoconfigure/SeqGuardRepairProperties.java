package dev.seqguard.autoconfigure;

import java.time.Duration;

import org.jspecify.annotations.Nullable;

/**
 * The {@code seqguard.repair.*} settings.
 */
public class SeqGuardRepairProperties {

	/**
	 * Longest wait for the locks a repair takes; on timeout the target is reported as not
	 * repaired.
	 */
	private Duration lockTimeout = Duration.ofSeconds(5);

	/**
	 * Login role of the repair's own connections (same URL as the datasource), so that
	 * the application's role needs no UPDATE on sequences; the datasource's own
	 * credentials when not set.
	 */
	private @Nullable String username;

	/**
	 * Password of seqguard.repair.username.
	 */
	private @Nullable String password;

	public Duration getLockTimeout() {
		return this.lockTimeout;
	}

	public void setLockTimeout(Duration lockTimeout) {
		this.lockTimeout = lockTimeout;
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
