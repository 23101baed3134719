package org.ecoledger.local;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A real PostgreSQL server (zonky binaries) run as a child process of this JVM. */
public final class EmbeddedPostgresServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedPostgresServer.class);
    private static final String USER = "postgres";
    private static final String PASSWORD = "postgres";
    private static final String DATABASE = "postgres";

    private final EmbeddedPostgres postgres;
    private final Path dataDirectory;
    private final Set<String> knownSchemas = ConcurrentHashMap.newKeySet();

    private EmbeddedPostgresServer(EmbeddedPostgres postgres, Path dataDirectory) {
        this.postgres = postgres;
        this.dataDirectory = dataDirectory;
    }

    /**
     * Starts PostgreSQL. {@code dataDirectory} null = a fresh temporary one, removed on close; port 0
     * = any free port. Data in a given directory survives close() and a new start().
     */
    public static EmbeddedPostgresServer start(Path dataDirectory, int port) {
        boolean temporary = dataDirectory == null;
        Path directory =
                temporary
                        ? Directories.createTemporary("ecoledger-postgres")
                        : Directories.createIfMissing(dataDirectory);
        EmbeddedPostgres.Builder builder =
                EmbeddedPostgres.builder()
                        .setDataDirectory(directory)
                        .setCleanDataDirectory(temporary)
                        .setPort(port)
                        // Whoever started the server closes it, after the services using it: zonky's own hook
                        // would stop PostgreSQL under them while they are still shutting down.
                        .setRegisterShutdownHook(false)
                        .setServerConfig("max_connections", "200");
        if (!temporary) {
            // zonky starts postgres with -F (fsync off) and synchronous_commit=off; data meant to
            // outlive this process gets PostgreSQL's normal durability instead.
            builder.setServerConfig("fsync", "on").setServerConfig("synchronous_commit", "on");
            // The event stores write a log of about 16 MB/s at 5,000 orders placed/s. With the default
            // 1 GB a checkpoint came every 30 s, and the fsyncs at each one's end held up every commit
            // behind them; at 4 GB they come about every two minutes, with far fewer full-page images
            // after them (trading-service README, ninth round).
            builder.setServerConfig("max_wal_size", "4GB");
            // The default 128 MB of buffers is smaller than the hot ends of the event stores' tables and
            // indexes: at 5,000 orders placed/s the service's own backends wrote 500-3,900 pages a second out
            // of the buffers themselves, in the commits' path, because the background writer could not keep
            // up (trading-service README, tenth round). A quarter of the memory is PostgreSQL's usual advice;
            // 1 GB is far less than that on any machine this runs on.
            builder.setServerConfig("shared_buffers", "1GB");
        }
        try {
            EmbeddedPostgresServer server = new EmbeddedPostgresServer(builder.start(), directory);
            LOG.info("PostgreSQL running on port {} with data in {}", server.port(), directory);
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start PostgreSQL in " + directory, e);
        }
    }

    /** JDBC URL whose currentSchema is {@code schema}; the schema itself is not created here. */
    public String jdbcUrl(String schema) {
        return databaseUrl() + "?currentSchema=" + PostgresSchemas.checked(schema);
    }

    public String user() {
        return USER;
    }

    public String password() {
        return PASSWORD;
    }

    public int port() {
        return postgres.getPort();
    }

    public Path dataDirectory() {
        return dataDirectory;
    }

    /** Serialized because concurrent CREATE SCHEMA IF NOT EXISTS can still collide in PostgreSQL. */
    public synchronized void createSchemaIfMissing(String schema) {
        if (!knownSchemas.contains(schema)) {
            PostgresSchemas.createIfMissing(databaseUrl(), USER, PASSWORD, schema);
            knownSchemas.add(schema);
        }
    }

    @Override
    public void close() {
        try {
            postgres.close();
            LOG.info("PostgreSQL on port {} stopped", port());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not stop PostgreSQL", e);
        }
    }

    private String databaseUrl() {
        return "jdbc:postgresql://localhost:" + port() + "/" + DATABASE;
    }
}
