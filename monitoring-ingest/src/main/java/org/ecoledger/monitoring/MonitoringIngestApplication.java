package org.ecoledger.monitoring;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

import java.util.Map;

@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class MonitoringIngestApplication {

    /** The name of this service's configuration file; see {@code monitoring-ingest.yml}. */
    public static final String CONFIG_NAME = "monitoring-ingest";

    public static void main(String[] args) {
        SpringApplication application = new SpringApplication(MonitoringIngestApplication.class);
        application.setDefaultProperties(Map.of("spring.config.name", CONFIG_NAME));
        application.run(args);
    }
}
