package org.ecoledger.permit.credit;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class CreditConfiguration {

    @Bean
    CreditRatingRule creditRatingRule(CreditRatingProperties properties) {
        return new CreditRatingRule(properties);
    }
}
