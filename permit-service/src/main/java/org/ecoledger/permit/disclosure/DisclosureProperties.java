package org.ecoledger.permit.disclosure;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Public disclosure ({@code ecoledger.disclosure}).
 *
 * @param rateLimit per client address: a burst of {@code capacity} requests, then {@code perSecond}
 *                  a second; at most {@code clients} addresses are remembered (the least recently
 *                  seen is forgotten first), which bounds the memory the limit takes
 */
@ConfigurationProperties(prefix = "ecoledger.disclosure")
public record DisclosureProperties(RateLimit rateLimit) {

    public record RateLimit(int capacity, double perSecond, int clients) {

        public RateLimit {
            if (capacity < 1 || perSecond <= 0 || clients < 1) {
                throw new IllegalArgumentException("the disclosure rate limit needs a capacity, a positive rate and room for clients");
            }
        }
    }
}
