package org.ecoledger.local;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;

/** Waits until a broker answers client requests, not merely until its threads have started. */
final class KafkaReadiness {

    private static final Duration LIMIT = Duration.ofSeconds(60);
    private static final Duration PAUSE = Duration.ofMillis(100);

    private KafkaReadiness() {}

    static void await(String bootstrapServers) {
        long deadline = System.nanoTime() + LIMIT.toNanos();
        Map<String, Object> config =
                Map.of(
                        AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                        AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 2_000,
                        AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 5_000,
                        AdminClientConfig.CLIENT_ID_CONFIG, "ecoledger-kafka-readiness");
        try (Admin admin = Admin.create(config)) {
            Exception lastFailure = null;
            while (System.nanoTime() < deadline) {
                try {
                    if (!admin.describeCluster().nodes().get(5, TimeUnit.SECONDS).isEmpty()) {
                        return;
                    }
                } catch (ExecutionException | TimeoutException e) {
                    lastFailure = e;
                }
                Thread.sleep(PAUSE.toMillis());
            }
            throw new IllegalStateException(
                    "Kafka at " + bootstrapServers + " did not serve clients within " + LIMIT, lastFailure);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for Kafka at " + bootstrapServers, e);
        }
    }
}
