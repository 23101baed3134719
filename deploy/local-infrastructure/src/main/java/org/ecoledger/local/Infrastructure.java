package org.ecoledger.local;

/** A running PostgreSQL + Kafka pair. */
public interface Infrastructure extends AutoCloseable {

    /** JDBC URL whose currentSchema is {@code schema}; the schema is created if missing. */
    String jdbcUrl(String schema);

    String databaseUser();

    String databasePassword();

    String kafkaBootstrapServers();

    /** Takes the broker down while keeping its data and address, so outage handling can be tested. */
    void stopKafka();

    /** Brings the broker back on the same address with the data it had. */
    void startKafka();

    @Override
    void close();
}
