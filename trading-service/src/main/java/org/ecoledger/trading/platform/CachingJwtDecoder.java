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
 *
 * <p>How long within those five minutes depends on the token: between two and a half and five.
 * Clients that logged in together would otherwise all be verified again in the same second, on
 * code that had run only at their login, too seldom to be compiled: at 5,000 orders placed/s, a
 * hundred tokens verified again at once cost 0.5-0.7 s of compiling and a few hundred orders over
 * 50 ms (trading-service README, tenth round).
 */
final class CachingJwtDecoder implements JwtDecoder {

    private static final Duration LONGEST_TRUST = Duration.ofMinutes(5);
    private static final long SPREAD_MILLIS = LONGEST_TRUST.toMillis() / 2;
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
        Instant trustedUntil = now.plus(LONGEST_TRUST).minusMillis(Math.floorMod(token.hashCode(), SPREAD_MILLIS));
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
