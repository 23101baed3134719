package org.ecoledger.permit.publication;

import org.apache.kafka.clients.admin.Admin;
import org.ecoledger.common.kafka.Topics;
import org.ecoledger.permit.platform.PermitServiceProperties;
import org.ecoledger.support.kafka.TopicProvisioning;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.List;

/**
 * Creates the permit topic on first use rather than at start-up, so that the service starts,
 * and keeps accepting permits, while Kafka is unreachable.
 */
@Component
class PermitTopicProvisioner {

    private final Admin admin;
    private final Duration timeout;
    private volatile boolean provisioned;

    PermitTopicProvisioner(Admin admin, PermitServiceProperties properties) {
        this.admin = admin;
        this.timeout = properties.kafka().publishTimeout();
    }

    void ensureTopicExists() throws Exception {
        if (!provisioned) {
            TopicProvisioning.ensure(admin, List.of(Topics.PERMIT_EVENTS), timeout);
            provisioned = true;
        }
    }
}
