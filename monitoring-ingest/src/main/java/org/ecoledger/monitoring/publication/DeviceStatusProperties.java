package org.ecoledger.monitoring.publication;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * How device status reaches {@code device-status}. {@code minInterval}: the least time between two
 * records of a device whose activity keeps changing (a connection or disconnection, or a registry
 * change, goes out at once); {@code checkInterval}: how often changed activity is looked for.
 */
@ConfigurationProperties(prefix = "ecoledger.device-status")
record DeviceStatusProperties(@DefaultValue("PT1M") Duration minInterval, @DefaultValue("PT5S") Duration checkInterval) {
}
