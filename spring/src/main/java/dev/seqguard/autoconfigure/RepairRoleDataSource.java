package dev.seqguard.autoconfigure;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.datasource.AbstractDataSource;

/**
 * Connects to the application's database as the role of {@code seqguard.repair.username}:
 * the URL is the one the application's own connections use (read from their metadata on
 * first use), the credentials are the repair's. pgjdbc lets a URL's {@code user} and
 * {@code password} parameters win over the ones it is given (some platforms hand out URLs
 * with a password in them), so they are taken out of the URL first. Each repair opens one
 * connection and closes it; no pool is kept.
 */
final class RepairRoleDataSource extends AbstractDataSource {

	private static final Set<String> CREDENTIALS = Set.of("user", "password");

	private final DataSource applicationDataSource;

	private final String username;

	private final @Nullable String password;

	private volatile @Nullable String url;

	RepairRoleDataSource(DataSource applicationDataSource, String username, @Nullable String password) {
		this.applicationDataSource = applicationDataSource;
		this.username = username;
		this.password = password;
	}

	@Override
	public Connection getConnection() throws SQLException {
		return getConnection(this.username, this.password);
	}

	@Override
	public Connection getConnection(String username, @Nullable String password) throws SQLException {
		return DriverManager.getConnection(url(), username, password);
	}

	private String url() throws SQLException {
		String url = this.url;
		if (url == null) {
			try (Connection connection = this.applicationDataSource.getConnection()) {
				url = withoutCredentials(connection.getMetaData().getURL());
			}
			this.url = url;
		}
		return url;
	}

	/**
	 * Returns a JDBC URL without its {@code user} and {@code password} parameters.
	 * @param url a JDBC URL
	 * @return the URL with every other parameter kept, in order
	 */
	static String withoutCredentials(String url) {
		int query = url.indexOf('?');
		if (query < 0) {
			return url;
		}
		String kept = Arrays.stream(url.substring(query + 1).split("&"))
			.filter((parameter) -> !CREDENTIALS.contains(parameter.split("=", 2)[0]))
			.collect(Collectors.joining("&"));
		return url.substring(0, query) + (kept.isEmpty() ? "" : "?" + kept);
	}

}
