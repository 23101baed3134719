package org.ecoledger.trading.platform;

import org.ecoledger.local.MutableClock;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CachingJwtDecoderTest {

    private static final Instant NOW = Instant.parse("2026-11-23T08:00:00Z");

    private final MutableClock clock = new MutableClock(NOW);
    private final List<String> verified = new ArrayList<>();

    @Test
    void aTokenVerifiedOnceIsTakenAgainWithoutVerifying() {
        JwtDecoder decoder = new CachingJwtDecoder(verifierExpiringAt(NOW.plus(Duration.ofHours(1))), clock);

        Jwt first = decoder.decode("token-a");
        Jwt second = decoder.decode("token-a");

        assertThat(second).isSameAs(first);
        assertThat(verified).containsExactly("token-a");
    }

    @Test
    void aRememberedTokenIsVerifiedAgainOnceItExpires() {
        JwtDecoder decoder = new CachingJwtDecoder(verifierExpiringAt(NOW.plus(Duration.ofMinutes(2))), clock);
        decoder.decode("token-a");

        clock.advance(Duration.ofMinutes(2));
        decoder.decode("token-a");

        assertThat(verified).containsExactly("token-a", "token-a");
    }

    @Test
    void aLongLivedTokenIsTrustedForTwoAndAHalfMinutesAtLeastAndVerifiedAgainWithinFive() {
        JwtDecoder decoder = new CachingJwtDecoder(verifierExpiringAt(NOW.plus(Duration.ofHours(1))), clock);
        decoder.decode("token-a");

        clock.advance(Duration.ofSeconds(150).minusMillis(1));
        decoder.decode("token-a");
        assertThat(verified).containsExactly("token-a");

        clock.advance(Duration.ofSeconds(150).plusMillis(1));
        decoder.decode("token-a");
        assertThat(verified).containsExactly("token-a", "token-a");
    }

    @Test
    void tokensVerifiedTogetherAreVerifiedAgainSpreadOverTheirLastTwoAndAHalfMinutes() {
        JwtDecoder decoder = new CachingJwtDecoder(verifierExpiringAt(NOW.plus(Duration.ofHours(1))), clock);
        List<String> tokens = IntStream.range(0, 100).mapToObj(i -> "header.enterprise-" + i + ".signature").toList();
        tokens.forEach(decoder::decode);
        verified.clear();

        TreeMap<Integer, Integer> verifiedAgainAtSecond = new TreeMap<>();
        for (int second = 1; second <= 300; second++) {
            clock.advance(Duration.ofSeconds(1));
            tokens.forEach(decoder::decode);
            if (!verified.isEmpty()) {
                verifiedAgainAtSecond.put(second, verified.size());
                verified.clear();
            }
        }

        assertThat(verifiedAgainAtSecond.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(100);
        assertThat(verifiedAgainAtSecond.firstKey()).isGreaterThan(150);
        assertThat(verifiedAgainAtSecond.lastKey()).isLessThanOrEqualTo(300);
        for (int from = 150; from < 300; from += 30) {
            assertThat(verifiedAgainAtSecond.subMap(from, false, from + 30, true).values().stream().mapToInt(Integer::intValue).sum())
                    .as("verified again in the 30 seconds after second %d", from).isBetween(5, 40);
        }
    }

    @Test
    void aTokenThatFailsIsNeverRemembered() {
        JwtDecoder refusing = token -> {
            verified.add(token);
            throw new BadJwtException("bad signature");
        };
        JwtDecoder decoder = new CachingJwtDecoder(refusing, clock);

        assertThatThrownBy(() -> decoder.decode("forged")).isInstanceOf(BadJwtException.class);
        assertThatThrownBy(() -> decoder.decode("forged")).isInstanceOf(BadJwtException.class);
        assertThat(verified).containsExactly("forged", "forged");
    }

    @Test
    void onlyTheVeryTokenThatWasVerifiedHits() {
        JwtDecoder decoder = new CachingJwtDecoder(verifierExpiringAt(NOW.plus(Duration.ofHours(1))), clock);
        decoder.decode("header.payload.signature");

        decoder.decode("header.payload.other-signature");

        assertThat(verified).containsExactly("header.payload.signature", "header.payload.other-signature");
    }

    private JwtDecoder verifierExpiringAt(Instant expiry) {
        return token -> {
            verified.add(token);
            return Jwt.withTokenValue(token).header("alg", "RS256").subject("someone").issuedAt(NOW).expiresAt(expiry).build();
        };
    }
}
