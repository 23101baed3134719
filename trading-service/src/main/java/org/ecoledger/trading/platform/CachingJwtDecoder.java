package org.ecoledger.trading.platform;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Remembers tokens it has verified, so that a trading client sending thousands of orders with one
 * token pays for its RS256 signature check and JSON parsing once, not on every order: that was a
 * third of a request's CPU. The key is the whole token, signature included, so only the very
 * token that was verified can hit. A remembered token is taken until it expires, and for five
 * minutes at most; after that it is verified again, so a changed key or validator applies within
 * that time. A token that fails is never remembered.
 */
final class CachingJwtDecoder implements JwtDecoder {

    private static final Duration LONGEST_TRUST = Duration.ofMinutes(5);
    /** Far more than the enterprises trading at once; when full it starts afresh rather than keep track of age. */
    private static final int MOST_TOKENS = 10_000;

    private record Verified(Jwt jwt, Instant trustedUntil) {
    }

    private final JwtDecoder verifier;
    private final Clock clock;
    private final ConcurrentMap<String, Verified> verified = new ConcurrentHashMap<>();

    CachingJwtDecoder(JwtDecoder verifier, Clock clock) {
        this.verifier = verifier;
        this.clock = clock;
    }

    @Override
    public Jwt decode(String token) throws JwtException {
        Instant now = clock.instant();
        Verified known = verified.get(token);
        if (known != null && now.isBefore(known.trustedUntil())) {
            return known.jwt();
        }
        Jwt jwt = verifier.decode(token);
        Instant trustedUntil = now.plus(LONGEST_TRUST);
        if (jwt.getExpiresAt() != null && jwt.getExpiresAt().isBefore(trustedUntil)) {
            trustedUntil = jwt.getExpiresAt();
        }
        if (verified.size() >= MOST_TOKENS) {
            verified.clear();
        }
        verified.put(token, new Verified(jwt, trustedUntil));
        return jwt;
    }

    /** Wraps the service's token decoder, wherever it was defined. */
    static BeanPostProcessor wrapping(Clock clock) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                return bean instanceof JwtDecoder decoder && !(bean instanceof CachingJwtDecoder) ? new CachingJwtDecoder(decoder, clock) : bean;
            }
        };
    }
}
