package org.ecoledger.permit.enforcement;

import org.apache.kafka.clients.admin.Admin;
import org.ecoledger.common.kafka.Topic;
import org.ecoledger.common.kafka.Topics;
import org.ecoledger.permit.platform.PermitServiceProperties;
import org.ecoledger.support.kafka.TopicProvisioning;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;

/**
 * Makes sure the topics enforcement writes and the service's inboxes read exist, whichever service
 * gets there first. An inbox that subscribed to a topic its producer had not created yet logged a
 * warning every few hundred milliseconds until it had (16 on a first start of the local platform).
 * Kafka being down does not stop the service: the consumers then find the topics once they exist
 * and the publisher retries.
 */
@Component
public class EnforcementTopics {

    private static final Logger log = LoggerFactory.getLogger(EnforcementTopics.class);
    private static final List<Topic> TOPICS = List.of(Topics.VIOLATION_FLAGS, Topics.EMISSION_ACCOUNTS, Topics.ENFORCEMENT_EVENTS,
            Topics.TRADING_EVENTS, Topics.DEVICE_STATUS);

    private final Admin admin;
    private final Duration timeout;
    private volatile boolean created;

    EnforcementTopics(Admin admin, PermitServiceProperties properties) {
        this.admin = admin;
        this.timeout = properties.kafka().publishTimeout();
    }

    /** True once the topics are known to exist; a failure is logged and tried again on the next call. */
    public synchronized boolean ensureCreated() {
        if (!created) {
            try {
                TopicProvisioning.ensure(admin, TOPICS, timeout);
                created = true;
            } catch (ExecutionException | TimeoutException e) {
                log.warn("Could not make sure the enforcement topics exist ({}); trying again later", e.getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return created;
    }
}
