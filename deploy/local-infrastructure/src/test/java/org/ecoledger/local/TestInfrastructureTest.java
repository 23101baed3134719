package org.ecoledger.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.junit.jupiter.api.Test;

class TestInfrastructureTest {

    @Test
    void sharedReturnsOneWorkingInstancePerJvm() throws Exception {
        Infrastructure infrastructure = TestInfrastructure.shared();

        assertThat(TestInfrastructure.shared()).isSameAs(infrastructure);
        try (Connection connection =
                        DriverManager.getConnection(
                                infrastructure.jdbcUrl("shared_check"),
                                infrastructure.databaseUser(),
                                infrastructure.databasePassword());
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("select 1")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getInt(1)).isEqualTo(1);
        }
        try (Admin admin =
                Admin.create(
                        Map.of(
                                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                                infrastructure.kafkaBootstrapServers()))) {
            assertThat(admin.describeCluster().nodes().get(10, TimeUnit.SECONDS)).hasSize(1);
        }
    }
}
