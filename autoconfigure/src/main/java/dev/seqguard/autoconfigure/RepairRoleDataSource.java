package dev.seqguard.autoconfigure;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.datasource.AbstractDataSource;

/**
 * Connects to the application's database as the role of {@code seqguard.repair.username}:
 * the URL is the one the application's own connections use (read from their metadata on
 * first use), the credentials are the repair's. Each repair opens one connection and
 * closes it; no pool is kept.
 */
final class RepairRoleDataSource extends AbstractDataSource {

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
				url = connection.getMetaData().getURL();
			}
			this.url = url;
		}
		return url;
	}

}
