package org.ecoledger.permit.reporting;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ReportingConfiguration {

    @Bean
    ReportSchedule reportSchedule(ReportingProperties properties) {
        return ReportSchedule.of(properties);
    }

    /** Injected into the execution report's command handler, which compares with it. */
    @Bean
    DiscrepancyRule discrepancyRule(ReportingProperties properties) {
        return new DiscrepancyRule(properties.tolerancePercent(), properties.minimumDifferenceGrams());
    }
}
