package org.ecoledger.monitoring.platform;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * monitoring-ingest's settings. {@code publishTimeout}: how long a frame may wait for Kafka
 * before the device is answered with nothing and must resend. {@code compression}: the ingest
 * producer's {@code compression.type}; none unless the brokers are across a network worth the CPU,
 * since the ingest's frames are small and each batch's compression costs more than it saves.
 */
@ConfigurationProperties(prefix = "ecoledger")
public record MonitoringProperties(Kafka kafka, Hj212 hj212) {

    public record Kafka(String bootstrapServers, Duration publishTimeout, String compression) {

        public Kafka {
            compression = compression == null || compression.isBlank() ? "none" : compression;
        }
    }

    /**
     * The HJ 212 TCP server: port, connection cap, idle timeout, frames per second one device
     * may send, and how long subpackets wait for their siblings.
     */
    public record Hj212(int port, int maxConnections, Duration idleTimeout, int framesPerSecondPerDevice, Duration subpacketTimeout) {
    }
}
