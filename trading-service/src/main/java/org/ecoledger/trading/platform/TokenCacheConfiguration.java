package org.ecoledger.trading.platform;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;

@Configuration(proxyBeanMethods = false)
class TokenCacheConfiguration {

    /** On the system clock, as Spring's own expiry check is: the service's clock bean is business time, which tests move. */
    @Bean
    static BeanPostProcessor cachingJwtDecoder() {
        return CachingJwtDecoder.wrapping(Clock.systemUTC());
    }
}
