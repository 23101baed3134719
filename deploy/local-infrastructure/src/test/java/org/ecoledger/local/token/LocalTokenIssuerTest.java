package org.ecoledger.local.token;

import org.ecoledger.local.MutableClock;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import org.ecoledger.common.value.EnterpriseId;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.JwtAudienceValidator;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.JwtValidationException;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

class LocalTokenIssuerTest {

    private static final String CREDIT_CODE =
            "91510104MA6CHP001" + EnterpriseId.checkCharacter("91510104MA6CHP001");
    private static final Instant NOW = Instant.parse("2026-11-20T10:00:00Z");

    private final LocalSigningKey key = LocalSigningKey.generate();
    private final MutableClock clock = new MutableClock(NOW);
    private final LocalTokenIssuer issuer =
            new LocalTokenIssuer(
                    key, LocalTokenIssuer.DEFAULT_ISSUER, LocalTokenIssuer.DEFAULT_AUDIENCE, clock);

    @Test
    void mintedTokenVerifiesWithThePublicKeyAndCarriesTheEnterpriseUsersClaims() throws Exception {
        String token =
                issuer.mint(LocalUser.enterprise("chengdu-power", CREDIT_CODE), Duration.ofHours(1));

        SignedJWT jwt = SignedJWT.parse(token);
        assertThat(jwt.verify(new RSASSAVerifier(key.publicKey()))).isTrue();
        JWTClaimsSet claims = jwt.getJWTClaimsSet();
        assertThat(claims.getIssuer()).isEqualTo("ecoledger-local");
        assertThat(claims.getAudience()).containsExactly("ecoledger");
        assertThat(claims.getSubject()).isEqualTo("chengdu-power");
        assertThat(claims.getIssueTime().toInstant()).isEqualTo(NOW);
        assertThat(claims.getNotBeforeTime().toInstant()).isEqualTo(NOW);
        assertThat(claims.getExpirationTime().toInstant()).isEqualTo(NOW.plus(Duration.ofHours(1)));
        assertThat(claims.getJWTID()).isNotBlank();
        assertThat(claims.getStringListClaim("roles")).containsExactly("enterprise");
        assertThat(claims.getStringClaim("enterprise")).isEqualTo(CREDIT_CODE);
        assertThat(claims.getClaims()).doesNotContainKey("jurisdiction");
    }

    @Test
    void reviewerAndInspectorTokensCarryTheJurisdictionAndNoEnterprise() throws Exception {
        for (LocalUser user :
                List.of(
                        LocalUser.reviewer("reviewer-chengdu", "510100"),
                        LocalUser.inspector("inspector-chengdu", "510100"))) {
            JWTClaimsSet claims =
                    SignedJWT.parse(issuer.mint(user, Duration.ofHours(1))).getJWTClaimsSet();

            assertThat(claims.getStringListClaim("roles")).containsExactly(user.role());
            assertThat(claims.getStringClaim("jurisdiction")).isEqualTo("510100");
            assertThat(claims.getClaims()).doesNotContainKey("enterprise");
        }
    }

    @Test
    void adminTokenCarriesOnlyTheRole() throws Exception {
        JWTClaimsSet claims =
                SignedJWT.parse(issuer.mint(LocalUser.admin("admin"), Duration.ofHours(1)))
                        .getJWTClaimsSet();

        assertThat(claims.getStringListClaim("roles")).containsExactly("admin");
        assertThat(claims.getClaims()).doesNotContainKeys("enterprise", "jurisdiction");
    }

    @Test
    void headerNamesRs256TheKeyIdAndTheJwtType() throws Exception {
        SignedJWT jwt = SignedJWT.parse(issuer.mint(LocalUser.admin("admin"), Duration.ofHours(1)));

        assertThat(jwt.getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.RS256);
        assertThat(jwt.getHeader().getKeyID()).isEqualTo(key.keyId());
        assertThat(jwt.getHeader().getType()).isEqualTo(JOSEObjectType.JWT);
    }

    @Test
    void audienceIsASingleStringOnTheWire() {
        String token = issuer.mint(LocalUser.admin("admin"), Duration.ofHours(1));

        String payload = new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]));
        assertThat(payload).contains("\"aud\":\"ecoledger\"");
    }

    @Test
    void everyTokenGetsItsOwnId() throws Exception {
        LocalUser admin = LocalUser.admin("admin");

        String first =
                SignedJWT.parse(issuer.mint(admin, Duration.ofHours(1))).getJWTClaimsSet().getJWTID();
        String second =
                SignedJWT.parse(issuer.mint(admin, Duration.ofHours(1))).getJWTClaimsSet().getJWTID();

        assertThat(first).isNotEqualTo(second);
    }

    @Test
    void tokenIsAcceptedWithinItsLifetimeAndRejectedAfterIt() {
        String token =
                issuer.mint(LocalUser.reviewer("reviewer-chengdu", "510100"), Duration.ofMinutes(30));
        NimbusJwtDecoder decoder = decoderAsTheServicesConfigureIt(clock);

        clock.advance(Duration.ofMinutes(29));
        assertThat(decoder.decode(token).getSubject()).isEqualTo("reviewer-chengdu");

        clock.advance(Duration.ofMinutes(2));
        assertThatThrownBy(() -> decoder.decode(token))
                .isInstanceOf(JwtValidationException.class)
                .hasMessageContaining("expired");
    }

    @Test
    void tokenFromAnotherInstallsKeyDoesNotVerify() throws Exception {
        String token = issuer.mint(LocalUser.admin("admin"), Duration.ofHours(1));

        SignedJWT jwt = SignedJWT.parse(token);
        assertThat(jwt.verify(new RSASSAVerifier(LocalSigningKey.generate().publicKey()))).isFalse();
    }

    @Test
    void lifetimeMustBePositive() {
        assertThatThrownBy(() -> issuer.mint(LocalUser.admin("admin"), Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private NimbusJwtDecoder decoderAsTheServicesConfigureIt(Clock validationClock) {
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withPublicKey(key.publicKey()).build();
        JwtTimestampValidator timestamps = new JwtTimestampValidator(Duration.ZERO);
        timestamps.setClock(validationClock);
        decoder.setJwtValidator(
                new DelegatingOAuth2TokenValidator<>(
                        timestamps,
                        new JwtIssuerValidator(LocalTokenIssuer.DEFAULT_ISSUER),
                        new JwtAudienceValidator(LocalTokenIssuer.DEFAULT_AUDIENCE)));
        return decoder;
    }
}
