package org.ecoledger.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.ecoledger.local.Infrastructure;
import org.junit.jupiter.api.Test;

class ServiceSpecTest {

    private final ServiceSpec trading =
            new ServiceSpec("trading-service", Object.class, 8082, "trading");

    @Test
    void serviceIsPointedAtTheLocalServersItsOwnSchemaAndTheInstallsKey() {
        Map<String, String> properties =
                trading.properties(
                        new FixedInfrastructure(), Path.of("/home/dev/.ecoledger/keys/jwt-public-key.pem"));

        assertThat(properties)
                .containsEntry("spring.config.name", "trading-service")
                .containsEntry("server.port", "8082")
                .containsEntry("spring.profiles.active", "local")
                .containsEntry(
                        "spring.datasource.url",
                        "jdbc:postgresql://localhost:15432/postgres?currentSchema=trading")
                .containsEntry("spring.datasource.username", "postgres")
                .containsEntry("ecoledger.kafka.bootstrap-servers", "127.0.0.1:19092")
                .containsEntry(
                        "ecoledger.security.jwt.public-key-location",
                        "file:/home/dev/.ecoledger/keys/jwt-public-key.pem")
                .containsEntry("ecoledger.security.jwt.issuer", "ecoledger-local")
                .containsEntry("ecoledger.security.jwt.audience", "ecoledger");
    }

    @Test
    void baseUriIsTheServicePortOnLocalhost() {
        assertThat(trading.baseUri()).hasToString("http://localhost:8082");
    }

    private static final class FixedInfrastructure implements Infrastructure {

        @Override
        public String jdbcUrl(String schema) {
            return "jdbc:postgresql://localhost:15432/postgres?currentSchema=" + schema;
        }

        @Override
        public String databaseUser() {
            return "postgres";
        }

        @Override
        public String databasePassword() {
            return "postgres";
        }

        @Override
        public String kafkaBootstrapServers() {
            return "127.0.0.1:19092";
        }

        @Override
        public void stopKafka() {
            throw new AssertionError("the launcher does not stop or start Kafka");
        }

        @Override
        public void startKafka() {
            throw new AssertionError("the launcher does not stop or start Kafka");
        }

        @Override
        public void close() {}
    }
}
