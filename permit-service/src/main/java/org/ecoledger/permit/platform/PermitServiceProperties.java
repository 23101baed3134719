package org.ecoledger.permit.platform;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

@ConfigurationProperties(prefix = "ecoledger")
public record PermitServiceProperties(Kafka kafka, Permit permit) {

    /** {@code publishTimeout}: how long one publication may wait for Kafka before the publisher backs off and retries. */
    public record Kafka(String bootstrapServers, Duration publishTimeout) {
    }

    public record Permit(Duration expirySweepInterval) {
    }
}
