package dev.seqguard.measurement;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

import javax.sql.DataSource;

/**
 * What an engine reads for a check: each sequence's state and each table's extreme id,
 * planned first and read together. PostgreSQL reads them with {@code StateReader}, H2
 * with {@code H2StateReads}; {@link Measurement} judges what either read the same way.
 */
public interface StateReads {

	/**
	 * Adds the read of a sequence's state.
	 * @param sequenceOid the sequence
	 * @param sequenceSql the sequence's quoted name
	 * @return the index of the read's result
	 */
	int addSequence(long sequenceOid, String sequenceSql);

	/**
	 * Adds the read of a table's largest (or smallest) id.
	 * @param tableOid the table
	 * @param tableSql the table's quoted name
	 * @param columnSql the id column's quoted name
	 * @param attnum the id column's number
	 * @param smallest whether to read {@code min} instead of {@code max}
	 * @return the index of the read's result
	 */
	int addExtremeId(long tableOid, String tableSql, String columnSql, int attnum, boolean smallest);

	/**
	 * Runs every read added so far.
	 * @param connection a connection inside the check's transaction
	 * @param dataSource the pool the connection came from
	 * @return one result per read, by index
	 * @throws SQLException when the connection itself fails
	 */
	List<BranchResult> read(Connection connection, DataSource dataSource) throws SQLException;

}
