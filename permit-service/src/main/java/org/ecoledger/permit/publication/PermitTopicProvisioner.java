package org.ecoledger.permit.publication;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.ecoledger.common.kafka.Topic;
import org.ecoledger.common.kafka.Topics;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;

/**
 * Creates the permit topic on first use rather than at start-up, so that the service starts,
 * and keeps accepting permits, while Kafka is unreachable.
 */
@Component
class PermitTopicProvisioner {

    private static final Topic TOPIC = Topics.PERMIT_EVENTS;

    private final Admin admin;
    private volatile boolean provisioned;

    PermitTopicProvisioner(Admin admin) {
        this.admin = admin;
    }

    void ensureTopicExists() throws Exception {
        if (provisioned) {
            return;
        }
        // Retained for ever: consumers that join late rebuild each enterprise's permits from the whole history.
        var topic = new NewTopic(TOPIC.name(), TOPIC.partitions(), (short) -1)
                .configs(Map.of(TopicConfig.RETENTION_MS_CONFIG, "-1"));
        try {
            admin.createTopics(List.of(topic)).all().get();
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw e;
            }
        }
        provisioned = true;
    }
}
