package org.ecoledger.permit.platform;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.core.io.Resource;

import java.net.URI;
import java.time.Duration;

@ConfigurationProperties(prefix = "ecoledger")
public record PermitServiceProperties(Kafka kafka, Security security, Permit permit) {

    /** {@code publishTimeout}: how long one publication may wait for Kafka before the publisher backs off and retries. */
    public record Kafka(String bootstrapServers, Duration publishTimeout) {
    }

    public record Security(Jwt jwt) {
    }

    /** Either a JWK set URI (an identity provider) or a PEM public key (the local run's per-install key). */
    public record Jwt(String issuer, String audience, URI jwkSetUri, Resource publicKeyLocation) {
    }

    public record Permit(Duration expirySweepInterval) {
    }
}
