package org.ecoledger.local;

import java.util.HashSet;
import java.util.Set;
import org.testcontainers.containers.PostgreSQLContainer;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.utility.DockerImageName;

/** PostgreSQL and Kafka in Testcontainers, for machines with a Docker engine. */
public final class ContainerInfrastructure implements Infrastructure {

    /** The same major version as the embedded binaries, so SQL behaves alike in both modes. */
    private static final DockerImageName POSTGRES_IMAGE = DockerImageName.parse("postgres:17-alpine");

    private static final DockerImageName KAFKA_IMAGE = DockerImageName.parse("apache/kafka:3.9.1");

    private final PostgreSQLContainer<?> postgres;
    private final KafkaContainer kafka;
    private final Set<String> knownSchemas = new HashSet<>();

    private ContainerInfrastructure(PostgreSQLContainer<?> postgres, KafkaContainer kafka) {
        this.postgres = postgres;
        this.kafka = kafka;
    }

    public static ContainerInfrastructure start() {
        PostgreSQLContainer<?> postgres =
                new PostgreSQLContainer<>(POSTGRES_IMAGE)
                        .withCommand("postgres", "-c", "fsync=off", "-c", "max_connections=200");
        KafkaContainer kafka =
                new KafkaContainer(KAFKA_IMAGE)
                        .withEnv("KAFKA_GROUP_INITIAL_REBALANCE_DELAY_MS", "0")
                        .withEnv("KAFKA_NUM_PARTITIONS", "3")
                        .withEnv("KAFKA_AUTO_CREATE_TOPICS_ENABLE", "true");
        try {
            postgres.start();
            kafka.start();
        } catch (RuntimeException e) {
            kafka.stop();
            postgres.stop();
            throw e;
        }
        return new ContainerInfrastructure(postgres, kafka);
    }

    /** Serialized because concurrent CREATE SCHEMA IF NOT EXISTS can still collide in PostgreSQL. */
    @Override
    public synchronized String jdbcUrl(String schema) {
        if (!knownSchemas.contains(schema)) {
            PostgresSchemas.createIfMissing(databaseUrl(), databaseUser(), databasePassword(), schema);
            knownSchemas.add(schema);
        }
        return databaseUrl() + "?currentSchema=" + schema;
    }

    @Override
    public String databaseUser() {
        return postgres.getUsername();
    }

    @Override
    public String databasePassword() {
        return postgres.getPassword();
    }

    @Override
    public String kafkaBootstrapServers() {
        return kafka.getBootstrapServers();
    }

    /**
     * Pauses rather than stops the container: a restarted container would get a new mapped port,
     * while a paused one keeps its address and data and simply stops answering.
     */
    @Override
    public void stopKafka() {
        kafka.getDockerClient().pauseContainerCmd(kafka.getContainerId()).exec();
    }

    @Override
    public void startKafka() {
        kafka.getDockerClient().unpauseContainerCmd(kafka.getContainerId()).exec();
    }

    @Override
    public void close() {
        try {
            kafka.stop();
        } finally {
            postgres.stop();
        }
    }

    private String databaseUrl() {
        return "jdbc:postgresql://"
                + postgres.getHost()
                + ":"
                + postgres.getMappedPort(PostgreSQLContainer.POSTGRESQL_PORT)
                + "/"
                + postgres.getDatabaseName();
    }
}
