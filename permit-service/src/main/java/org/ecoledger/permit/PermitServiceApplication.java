package org.ecoledger.permit;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

import java.util.Map;

@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class PermitServiceApplication {

    /** The name of this service's configuration file; see {@code permit-service.yml}. */
    public static final String CONFIG_NAME = "permit-service";

    public static void main(String[] args) {
        SpringApplication application = new SpringApplication(PermitServiceApplication.class);
        application.setDefaultProperties(Map.of("spring.config.name", CONFIG_NAME));
        application.run(args);
    }
}
