package org.ecoledger.support.security;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.web.SecurityFilterChain;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.GeneralSecurityException;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.List;

/**
 * Every endpoint needs a bearer token except public disclosure, health and the API description.
 * Tokens are checked for signature, expiry, issuer and audience; who may do what to whose data is
 * then the domain's decision (see {@link Guards}).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(JwtProperties.class)
class SecurityConfiguration {

    /**
     * The last chain: services put chains of their own (a device-token endpoint, say) before it
     * with a {@code securityMatcher}.
     */
    @Bean
    @Order(Ordered.LOWEST_PRECEDENCE)
    SecurityFilterChain apiSecurity(HttpSecurity http, ProblemAuthenticationEntryPoint problems) throws Exception {
        return http
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(HttpMethod.GET, "/api/public/**").permitAll()
                        .requestMatchers("/api/public/**").denyAll()
                        .requestMatchers(HttpMethod.GET, "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**").permitAll()
                        .requestMatchers(HttpMethod.GET, "/actuator/health/**", "/actuator/info", "/actuator/prometheus").permitAll()
                        .requestMatchers("/error").permitAll()
                        .anyRequest().authenticated())
                .oauth2ResourceServer(server -> server
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(new ActorAuthenticationConverter()))
                        .authenticationEntryPoint(problems))
                .exceptionHandling(handling -> handling.accessDeniedHandler(problems))
                .build();
    }

    @Bean
    JwtDecoder jwtDecoder(JwtProperties settings) throws IOException, GeneralSecurityException {
                NimbusJwtDecoder decoder = settings.jwkSetUri() != null
                ? NimbusJwtDecoder.withJwkSetUri(settings.jwkSetUri().toString()).build()
                : NimbusJwtDecoder.withPublicKey(readPublicKey(settings)).build();
        OAuth2TokenValidator<Jwt> audience = new JwtClaimValidator<List<String>>("aud",
                aud -> aud != null && aud.contains(settings.audience()));
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(JwtValidators.createDefaultWithIssuer(settings.issuer()), audience));
        return decoder;
    }

    private static RSAPublicKey readPublicKey(JwtProperties settings) throws IOException, GeneralSecurityException {
        if (settings.publicKeyLocation() == null || !settings.publicKeyLocation().exists()) {
            throw new IllegalStateException("no token verification key: set ecoledger.security.jwt.jwk-set-uri or public-key-location ("
                    + settings.publicKeyLocation() + " does not exist)");
        }
        try (InputStream in = settings.publicKeyLocation().getInputStream()) {
            String pem = new String(in.readAllBytes(), StandardCharsets.US_ASCII)
                    .replaceAll("-----(BEGIN|END) PUBLIC KEY-----", "")
                    .replaceAll("\\s", "");
            var spec = new X509EncodedKeySpec(Base64.getDecoder().decode(pem));
            return (RSAPublicKey) KeyFactory.getInstance("RSA").generatePublic(spec);
        }
    }
}
