package org.ecoledger.local;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.regex.Pattern;

/** Schema handling shared by the embedded and the container database. */
final class PostgresSchemas {

    /*
     * Only plain lower-case identifiers: the schema goes unquoted both into DDL and into the JDBC
     * currentSchema parameter, where PostgreSQL would fold anything else to a different name.
     */
    private static final Pattern PLAIN_IDENTIFIER = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

    private PostgresSchemas() {}

    static String checked(String schema) {
        if (schema == null || !PLAIN_IDENTIFIER.matcher(schema).matches()) {
            throw new IllegalArgumentException(
                    "Schema must be a lower-case identifier ([a-z_][a-z0-9_]*, at most 63 chars): " + schema);
        }
        return schema;
    }

    static void createIfMissing(String databaseUrl, String user, String password, String schema) {
        String name = checked(schema);
        try (Connection connection = DriverManager.getConnection(databaseUrl, user, password);
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE SCHEMA IF NOT EXISTS " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create schema " + name + " at " + databaseUrl, e);
        }
    }
}
