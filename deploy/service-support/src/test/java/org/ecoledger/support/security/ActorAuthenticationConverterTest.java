package org.ecoledger.support.security;

import org.ecoledger.common.value.Actor;
import org.ecoledger.common.value.EnterpriseId;
import org.ecoledger.common.value.RegionCode;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ActorAuthenticationConverterTest {

    private static Jwt token(Map<String, Object> claims) {
        Jwt.Builder builder = Jwt.withTokenValue("t").header("alg", "RS256").subject("user-1")
                .issuedAt(Instant.parse("2026-11-20T00:00:00Z")).expiresAt(Instant.parse("2026-11-20T01:00:00Z"));
        claims.forEach(builder::claim);
        return builder.build();
    }

    @Test
    void anEnterpriseTokenIsBoundToItsCreditCode() {
        Actor actor = ActorAuthenticationConverter.actorOf(token(Map.of("roles", List.of("enterprise"), "enterprise", "91510104MA6CG0LK2N")));
        assertThat(actor).isEqualTo(Actor.enterprise("user-1", EnterpriseId.of("91510104MA6CG0LK2N")));
    }

    @Test
    void aReviewerTokenIsBoundToItsJurisdiction() {
        Actor actor = ActorAuthenticationConverter.actorOf(token(Map.of("roles", List.of("reviewer"), "jurisdiction", "510100")));
        assertThat(actor).isEqualTo(Actor.reviewer("user-1", RegionCode.of("510100")));
    }

    @Test
    void aTokenMustCarryExactlyOneRole() {
        assertThatThrownBy(() -> ActorAuthenticationConverter.actorOf(token(Map.of("roles", List.of("admin", "reviewer"), "jurisdiction", "510100"))))
                .isInstanceOf(InvalidBearerTokenException.class);
        assertThatThrownBy(() -> ActorAuthenticationConverter.actorOf(token(Map.of("jurisdiction", "510100"))))
                .isInstanceOf(InvalidBearerTokenException.class);
    }

    @Test
    void aTokenWithoutItsScopeClaimIsInvalid() {
        assertThatThrownBy(() -> ActorAuthenticationConverter.actorOf(token(Map.of("roles", List.of("enterprise")))))
                .isInstanceOf(InvalidBearerTokenException.class);
        assertThatThrownBy(() -> ActorAuthenticationConverter.actorOf(token(Map.of("roles", List.of("inspector"), "jurisdiction", "99"))))
                .isInstanceOf(InvalidBearerTokenException.class);
    }

    @Test
    void anUnknownRoleIsInvalid() {
        assertThatThrownBy(() -> ActorAuthenticationConverter.actorOf(token(Map.of("roles", List.of("superuser")))))
                .isInstanceOf(InvalidBearerTokenException.class);
    }
}
