package org.ecoledger.monitoring.ingest;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Devices do not hold user tokens: the ingest endpoint authenticates them itself, by MN and
 * password against the registry, so it sits before the bearer-token chain every other endpoint
 * goes through.
 */
@Configuration(proxyBeanMethods = false)
class IngestSecurityConfiguration {

    @Bean
    @Order(1)
    SecurityFilterChain deviceIngest(HttpSecurity http) throws Exception {
        return http
                .securityMatcher("/ingest/**")
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .build();
    }
}
