package org.ecoledger.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedPostgresServerTest {

    @Test
    void rowWrittenSurvivesCloseAndNewStartOnTheSameDirectory(@TempDir Path data) throws Exception {
        try (EmbeddedPostgresServer first = EmbeddedPostgresServer.start(data, 0)) {
            first.createSchemaIfMissing("permits");
            try (Connection connection = connect(first, "permits");
                    Statement statement = connection.createStatement()) {
                statement.execute("CREATE TABLE permit (id text PRIMARY KEY)");
                statement.execute("INSERT INTO permit VALUES ('P-1')");
            }
        }

        try (EmbeddedPostgresServer second = EmbeddedPostgresServer.start(data, 0);
                Connection connection = connect(second, "permits");
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT id FROM permit")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString("id")).isEqualTo("P-1");
        }
    }

    @Test
    void persistentServerKeepsPostgresDurabilityAndAllowsTwoHundredConnections(@TempDir Path data)
            throws Exception {
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(data, 0)) {
            assertThat(setting(server, "fsync")).isEqualTo("on");
            assertThat(setting(server, "synchronous_commit")).isEqualTo("on");
            assertThat(setting(server, "max_connections")).isEqualTo("200");
        }
    }

    @Test
    void persistentServerAllowsFourGigabytesOfLogBetweenCheckpoints(@TempDir Path data) throws Exception {
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(data, 0)) {
            assertThat(setting(server, "max_wal_size")).isEqualTo("4GB");
        }
    }

    @Test
    void persistentServerKeepsAGigabyteOfBuffers(@TempDir Path data) throws Exception {
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(data, 0)) {
            assertThat(setting(server, "shared_buffers")).isEqualTo("1GB");
        }
    }

    @Test
    void createdSchemaExistsAndIsTheConnectionsCurrentSchema() throws Exception {
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(null, 0)) {
            server.createSchemaIfMissing("trading");
            server.createSchemaIfMissing("trading");

            try (Connection connection = connect(server, "trading");
                    Statement statement = connection.createStatement();
                    ResultSet rows = statement.executeQuery("SELECT current_schema()")) {
                assertThat(rows.next()).isTrue();
                assertThat(rows.getString(1)).isEqualTo("trading");
            }
        }
    }

    @Test
    void schemaNamesThatPostgresWouldFoldOrQuoteAreRejected() {
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(null, 0)) {
            assertThatThrownBy(() -> server.createSchemaIfMissing("Trading"))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> server.jdbcUrl("x; DROP SCHEMA public"))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void temporaryServersDirectoryIsRemovedOnClose() {
        EmbeddedPostgresServer server = EmbeddedPostgresServer.start(null, 0);
        Path data = server.dataDirectory();
        assertThat(data.resolve("PG_VERSION")).exists();

        server.close();

        assertThat(data).doesNotExist();
    }

    private static String setting(EmbeddedPostgresServer server, String name) throws SQLException {
        try (Connection connection = connect(server, "public");
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SHOW " + name)) {
            rows.next();
            return rows.getString(1);
        }
    }

    private static Connection connect(EmbeddedPostgresServer server, String schema)
            throws SQLException {
        return DriverManager.getConnection(server.jdbcUrl(schema), server.user(), server.password());
    }
}
