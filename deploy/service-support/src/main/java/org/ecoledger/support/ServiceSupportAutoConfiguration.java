package org.ecoledger.support;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.ComponentScan;

/**
 * What every service gets by depending on this module: token verification into an
 * {@link org.ecoledger.common.value.Actor}, problem details for every error, and the clock.
 */
@AutoConfiguration
@ComponentScan(basePackageClasses = ServiceSupportAutoConfiguration.class)
public class ServiceSupportAutoConfiguration {
}
