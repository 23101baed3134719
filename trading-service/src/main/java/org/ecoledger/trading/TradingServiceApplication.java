package org.ecoledger.trading;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

import java.util.Map;

@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class TradingServiceApplication {

    /** The name of this service's configuration file; see {@code trading-service.yml}. */
    public static final String CONFIG_NAME = "trading-service";

    public static void main(String[] args) {
        SpringApplication application = new SpringApplication(TradingServiceApplication.class);
        application.setDefaultProperties(Map.of("spring.config.name", CONFIG_NAME));
        application.run(args);
    }
}
