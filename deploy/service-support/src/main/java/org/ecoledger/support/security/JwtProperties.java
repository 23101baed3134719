package org.ecoledger.support.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.core.io.Resource;

import java.net.URI;

/**
 * How bearer tokens are verified: either a JWK set URI (the bureau's identity provider) or a PEM
 * public key (the local run's per-install key), and the issuer and audience they must name.
 */
@ConfigurationProperties(prefix = "ecoledger.security.jwt")
public record JwtProperties(String issuer, String audience, URI jwkSetUri, Resource publicKeyLocation) {
}
