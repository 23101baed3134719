package org.ecoledger.local.token;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Mints RS256 access tokens shaped like the ones the services expect from a real identity provider,
 * for the local run and for tests.
 */
public final class LocalTokenIssuer {

    public static final String DEFAULT_ISSUER = "ecoledger-local";
    public static final String DEFAULT_AUDIENCE = "ecoledger";
    public static final String ROLES_CLAIM = "roles";
    public static final String ENTERPRISE_CLAIM = "enterprise";
    public static final String JURISDICTION_CLAIM = "jurisdiction";

    private final LocalSigningKey key;
    private final String issuer;
    private final String audience;
    private final Clock clock;
    private final RSASSASigner signer;

    public LocalTokenIssuer(LocalSigningKey key, String issuer, String audience, Clock clock) {
        this.key = Objects.requireNonNull(key, "key");
        this.issuer = Objects.requireNonNull(issuer, "issuer");
        this.audience = Objects.requireNonNull(audience, "audience");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.signer = new RSASSASigner(key.privateKey());
    }

    /** The issuer and audience every local service is configured to accept, on the system clock. */
    public static LocalTokenIssuer withDefaults(LocalSigningKey key) {
        return new LocalTokenIssuer(key, DEFAULT_ISSUER, DEFAULT_AUDIENCE, Clock.systemUTC());
    }

    public String mint(LocalUser user, Duration lifetime) {
        if (lifetime.isNegative() || lifetime.isZero()) {
            throw new IllegalArgumentException("a token lifetime must be positive: " + lifetime);
        }
        // JWT times are whole seconds; truncating keeps exp - iat exactly the lifetime asked for.
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        JWTClaimsSet.Builder claims =
                new JWTClaimsSet.Builder()
                        .issuer(issuer)
                        .audience(audience)
                        .subject(user.subject())
                        .issueTime(Date.from(now))
                        .notBeforeTime(Date.from(now))
                        .expirationTime(Date.from(now.plus(lifetime)))
                        .jwtID(UUID.randomUUID().toString())
                        .claim(ROLES_CLAIM, List.of(user.role()));
        if (user.enterprise() != null) {
            claims.claim(ENTERPRISE_CLAIM, user.enterprise());
        }
        if (user.jurisdiction() != null) {
            claims.claim(JURISDICTION_CLAIM, user.jurisdiction());
        }
        JWSHeader header =
                new JWSHeader.Builder(JWSAlgorithm.RS256)
                        .keyID(key.keyId())
                        .type(JOSEObjectType.JWT)
                        .build();
        SignedJWT token = new SignedJWT(header, claims.build());
        try {
            token.sign(signer);
        } catch (JOSEException e) {
            throw new IllegalStateException("Could not sign a token for " + user.subject(), e);
        }
        return token.serialize();
    }
}
