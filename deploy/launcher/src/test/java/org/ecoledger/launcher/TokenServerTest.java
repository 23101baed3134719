package org.ecoledger.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import org.ecoledger.local.token.LocalSigningKey;
import org.ecoledger.local.token.LocalTokenIssuer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TokenServerTest {

    @TempDir Path home;

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();
    private TokenServer server;

    @BeforeEach
    void startTokenServerOnAFreePort() {
        LocalSigningKey key = LocalSigningKey.loadOrCreate(home.resolve("keys"));
        server = TokenServer.start(0, LocalTokenIssuer.withDefaults(key), DemoUsers.ALL);
    }

    @AfterEach
    void stopTokenServer() {
        server.close();
    }

    @Test
    void demoUsersTokenVerifiesWithTheInstallsPublicKeyFile() throws Exception {
        HttpResponse<String> response = get("/tokens/reviewer-chengdu");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("text/plain"));
        SignedJWT token = SignedJWT.parse(response.body());
        assertThat(
                        token.verify(
                                new RSASSAVerifier(publicKeyFromPem(home.resolve("keys/jwt-public-key.pem")))))
                .isTrue();
        JWTClaimsSet claims = token.getJWTClaimsSet();
        assertThat(claims.getSubject()).isEqualTo("reviewer-chengdu");
        assertThat(claims.getStringListClaim("roles")).containsExactly("reviewer");
        assertThat(claims.getStringClaim("jurisdiction")).isEqualTo("510100");
        assertThat(claims.getIssuer()).isEqualTo("ecoledger-local");
        assertThat(claims.getAudience()).containsExactly("ecoledger");
    }

    @Test
    void unknownUserIsNotFoundWithAProblemBody() throws Exception {
        HttpResponse<String> response = get("/tokens/nobody");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        JsonNode problem = json.readTree(response.body());
        assertThat(problem.path("status").asInt()).isEqualTo(404);
        assertThat(problem.path("detail").asText()).contains("nobody");
    }

    @Test
    void listingShowsEveryDemoUserWithRoleAndScope() throws Exception {
        JsonNode users = json.readTree(get("/tokens").body());

        assertThat(users).hasSize(DemoUsers.ALL.size());
        JsonNode chengduPower =
                users.findParents("username").stream()
                        .filter(user -> user.path("username").asText().equals("chengdu-power"))
                        .findFirst()
                        .orElseThrow();
        assertThat(chengduPower.path("role").asText()).isEqualTo("enterprise");
        assertThat(chengduPower.path("enterprise").asText())
                .isEqualTo(DemoUsers.CHENGDU_POWER_CREDIT_CODE);
        assertThat(chengduPower.path("token").asText()).isEqualTo("/tokens/chengdu-power");
    }

    @Test
    void anyLocalUserGetsATokenByPost() throws Exception {
        HttpResponse<String> response =
                post(
                        "{\"subject\":\"inspector-mianyang\",\"role\":\"inspector\",\"jurisdiction\":\"510700\"}");

        assertThat(response.statusCode()).isEqualTo(200);
        JWTClaimsSet claims = SignedJWT.parse(response.body()).getJWTClaimsSet();
        assertThat(claims.getSubject()).isEqualTo("inspector-mianyang");
        assertThat(claims.getStringClaim("jurisdiction")).isEqualTo("510700");
    }

    @Test
    void postForAnInvalidUserIsABadRequest() throws Exception {
        HttpResponse<String> missingJurisdiction = post("{\"subject\":\"r\",\"role\":\"reviewer\"}");
        HttpResponse<String> notJson = post("role=admin");

        assertThat(missingJurisdiction.statusCode()).isEqualTo(400);
        assertThat(json.readTree(missingJurisdiction.body()).path("detail").asText())
                .contains("jurisdiction");
        assertThat(notJson.statusCode()).isEqualTo(400);
    }

    @Test
    void listensOnLoopbackOnly() {
        assertThat(server.address().getAddress().isLoopbackAddress()).isTrue();
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String body) throws Exception {
        return http.send(
                HttpRequest.newBuilder(uri("/tokens"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.port() + path);
    }

    private static RSAPublicKey publicKeyFromPem(Path pem) throws Exception {
        String base64 =
                Files.readString(pem)
                        .replace("-----BEGIN PUBLIC KEY-----", "")
                        .replace("-----END PUBLIC KEY-----", "");
        return (RSAPublicKey)
                KeyFactory.getInstance("RSA")
                        .generatePublic(new X509EncodedKeySpec(Base64.getMimeDecoder().decode(base64)));
    }
}
