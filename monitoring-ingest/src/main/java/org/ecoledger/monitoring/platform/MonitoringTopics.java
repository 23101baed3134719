package org.ecoledger.monitoring.platform;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.ecoledger.common.kafka.Topic;
import org.ecoledger.common.kafka.Topics;
import org.ecoledger.support.kafka.TopicProvisioning;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;

/**
 * Makes sure the topics monitoring reads and writes exist before the accounting starts and the
 * first device connects: a Kafka Streams application will not run with a source topic missing,
 * and a fresh platform has no permit topic until its first permit. Kafka being down does not stop
 * the service; the accounting then waits, and devices are not acknowledged.
 */
@Component
public class MonitoringTopics {

    private static final Logger log = LoggerFactory.getLogger(MonitoringTopics.class);
    private static final List<Topic> TOPICS = List.of(Topics.PERMIT_EVENTS, Topics.RAW_FRAMES, Topics.DEVICE_READINGS, Topics.VIOLATION_FLAGS,
            Topics.EMISSION_ACCOUNTS, Topics.TRADING_EVENTS, Topics.ACCOUNTING_DEAD_LETTERS);

    private final MonitoringProperties properties;
    private volatile boolean created;

    MonitoringTopics(MonitoringProperties properties) {
        this.properties = properties;
    }

    public synchronized void ensureCreated() {
        if (created) {
            return;
        }
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, properties.kafka().bootstrapServers()))) {
            TopicProvisioning.ensure(admin, TOPICS, properties.kafka().publishTimeout());
            created = true;
        } catch (ExecutionException | TimeoutException e) {
            log.warn("Could not make sure the monitoring topics exist ({}); the accounting starts once they do", e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
