package org.ecoledger.permit.disclosure;

import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

@Configuration(proxyBeanMethods = false)
class DisclosureConfiguration {

    /** Only the public paths are limited; everything else needs a token and is the identity provider's to police. */
    @Bean
    FilterRegistrationBean<PublicRateLimit> publicRateLimit(DisclosureProperties properties, MeterRegistry meters) {
        DisclosureProperties.RateLimit limit = properties.rateLimit();
        var buckets = new TokenBuckets(limit.capacity(), limit.perSecond(), limit.clients(), System::nanoTime);
        var registration = new FilterRegistrationBean<>(new PublicRateLimit(buckets, meters));
        registration.addUrlPatterns("/api/public/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }
}
