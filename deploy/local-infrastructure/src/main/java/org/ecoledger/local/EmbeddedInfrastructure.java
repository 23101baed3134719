package org.ecoledger.local;

import java.nio.file.Path;

/** Embedded PostgreSQL and an in-JVM Kafka broker: real servers without a container engine. */
public final class EmbeddedInfrastructure implements Infrastructure {

    private final EmbeddedPostgresServer postgres;
    private final EmbeddedKafkaBroker kafka;

    private EmbeddedInfrastructure(EmbeddedPostgresServer postgres, EmbeddedKafkaBroker kafka) {
        this.postgres = postgres;
        this.kafka = kafka;
    }

    /**
     * Starts both servers. With a data directory, PostgreSQL keeps its data in {@code postgres/} and
     * Kafka its logs in {@code kafka/} beneath it, so a later start finds them again; null means
     * temporary directories removed on close. Port 0 = any free port.
     */
    public static EmbeddedInfrastructure start(
            Path dataDirectoryOrNull, int postgresPort, int kafkaPort) {
        Path postgresDirectory =
                dataDirectoryOrNull == null ? null : dataDirectoryOrNull.resolve("postgres");
        Path kafkaDirectory = dataDirectoryOrNull == null ? null : dataDirectoryOrNull.resolve("kafka");
        EmbeddedPostgresServer postgres = EmbeddedPostgresServer.start(postgresDirectory, postgresPort);
        try {
            return new EmbeddedInfrastructure(
                    postgres, EmbeddedKafkaBroker.start(kafkaDirectory, kafkaPort));
        } catch (RuntimeException e) {
            postgres.close();
            throw e;
        }
    }

    @Override
    public String jdbcUrl(String schema) {
        postgres.createSchemaIfMissing(schema);
        return postgres.jdbcUrl(schema);
    }

    @Override
    public String databaseUser() {
        return postgres.user();
    }

    @Override
    public String databasePassword() {
        return postgres.password();
    }

    @Override
    public String kafkaBootstrapServers() {
        return kafka.bootstrapServers();
    }

    @Override
    public void stopKafka() {
        kafka.stop();
    }

    @Override
    public void startKafka() {
        kafka.start();
    }

    public EmbeddedPostgresServer postgres() {
        return postgres;
    }

    public EmbeddedKafkaBroker kafka() {
        return kafka;
    }

    /** Closes Kafka first so that a failure there still lets PostgreSQL stop. */
    @Override
    public void close() {
        try {
            kafka.close();
        } finally {
            postgres.close();
        }
    }
}
