/**
 * The engine's storage ports on a relational database over plain JDBC: H2 2.x embedded (a file
 * database in a directory the host chooses, or in memory) and PostgreSQL 14+, with the same SQL.
 *
 * <p>The only public type is {@link eu.projectresolution.mobilisation.jdbc.JdbcStorage}: {@code
 * JdbcStorage.migrate(dataSource, schema)} creates the tables, {@code JdbcStorage.create(dataSource,
 * schema)} gives the ports. The adapters behind it are package-private and pass the same contract
 * suites as core's in-memory adapters.
 */
package eu.projectresolution.mobilisation.jdbc;
