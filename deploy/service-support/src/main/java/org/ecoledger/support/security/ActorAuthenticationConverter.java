package org.ecoledger.support.security;

import org.ecoledger.common.value.Actor;
import org.ecoledger.common.value.EnterpriseId;
import org.ecoledger.common.value.RegionCode;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;

import java.util.List;

/**
 * Turns a validated token into the {@link Actor} that commands and queries carry. A token must
 * name exactly one role and, for an enterprise, its credit code; for a reviewer or inspector,
 * its jurisdiction. A token that does not is rejected as invalid, never half-trusted.
 */
class ActorAuthenticationConverter implements Converter<Jwt, AbstractAuthenticationToken> {

    @Override
    public AbstractAuthenticationToken convert(Jwt jwt) {
        Actor actor = actorOf(jwt);
        return new ActorAuthentication(actor, jwt);
    }

    static Actor actorOf(Jwt jwt) {
        List<String> roles = jwt.getClaimAsStringList("roles");
        if (roles == null || roles.size() != 1) {
            throw new InvalidBearerTokenException("the token must carry exactly one role");
        }
        try {
            return switch (roles.get(0)) {
                case "enterprise" -> Actor.enterprise(jwt.getSubject(), EnterpriseId.of(jwt.getClaimAsString("enterprise")));
                case "reviewer" -> Actor.reviewer(jwt.getSubject(), RegionCode.of(jwt.getClaimAsString("jurisdiction")));
                case "inspector" -> Actor.inspector(jwt.getSubject(), RegionCode.of(jwt.getClaimAsString("jurisdiction")));
                case "admin" -> Actor.admin(jwt.getSubject());
                case "settlement_bank" -> Actor.settlementBank(jwt.getSubject());
                default -> throw new InvalidBearerTokenException("unknown role " + roles.get(0));
            };
        } catch (IllegalArgumentException e) {
            throw new InvalidBearerTokenException("the token's scope claims are invalid: " + e.getMessage());
        }
    }

    /** The authenticated caller: its principal is the {@link Actor}. */
    static final class ActorAuthentication extends AbstractAuthenticationToken {

        private final Actor actor;
        private final transient Jwt jwt;

        ActorAuthentication(Actor actor, Jwt jwt) {
            super(List.of(new SimpleGrantedAuthority("ROLE_" + actor.role().name())));
            this.actor = actor;
            this.jwt = jwt;
            setAuthenticated(true);
        }

        @Override
        public Object getCredentials() {
            return jwt;
        }

        @Override
        public Actor getPrincipal() {
            return actor;
        }
    }
}
