package org.ecoledger.launcher;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.ecoledger.local.token.LocalTokenIssuer;

/**
 * The few permit-service calls the demo needs, each made with the acting user's own token.
 *
 * <p>The service answers writes from its aggregates at once but reads from projections that catch
 * up a few milliseconds later, so a call right after another may see 404 for what was just created.
 * Every call therefore retries 404 for a short while before giving up.
 */
final class PermitApiClient {

    private static final Duration NOT_FOUND_PATIENCE = Duration.ofSeconds(15);
    private static final Duration RETRY_PAUSE = Duration.ofMillis(100);
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);
    private static final Duration TOKEN_LIFETIME = Duration.ofMinutes(10);

    private final URI baseUri;
    private final LocalTokenIssuer issuer;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ObjectMapper json = new ObjectMapper();

    PermitApiClient(URI baseUri, LocalTokenIssuer issuer) {
        this.baseUri = baseUri;
        this.issuer = issuer;
    }

    record PermitRef(String permitId, String permitNumber) {}

    /** False when the enterprise was registered before, which a re-run of the demo may find. */
    boolean registerEnterprise(DemoUser as, Map<String, Object> registration) {
        return post("/api/enterprises", registration, as, Set.of(201, 409)).statusCode() == 201;
    }

    PermitRef applyForPermit(DemoUser as, String creditCode, Map<String, Object> application) {
        HttpResponse<String> response =
                post(
                        "/api/enterprises/" + creditCode + "/permit-applications",
                        application,
                        as,
                        Set.of(201));
        JsonNode created = readTree(response);
        String permitId = created.path("permitId").asText("");
        if (permitId.isBlank()) {
            throw new IllegalStateException(
                    "An application was accepted without a permitId: " + response.body());
        }
        return new PermitRef(permitId, created.path("permitNumber").asText(""));
    }

    void confirmCompleteness(DemoUser as, PermitRef permit) {
        post(
                "/api/permits/" + permit.permitId() + "/completeness-confirmation",
                Map.of(),
                as,
                Set.of(204));
    }

    void issue(DemoUser as, PermitRef permit, String opinion) {
        post(
                "/api/permits/" + permit.permitId() + "/issuance",
                Map.of("opinion", opinion),
                as,
                Set.of(204));
    }

    /** The first day of validity of the enterprise's earliest issued permit; empty if none is issued. */
    Optional<LocalDate> issuedPermitValidFrom(DemoUser as, String creditCode) {
        HttpRequest request =
                HttpRequest.newBuilder(baseUri.resolve("/api/enterprises/" + creditCode + "/permits"))
                        .timeout(REQUEST_TIMEOUT)
                        .header("Authorization", "Bearer " + issuer.mint(as.user(), TOKEN_LIFETIME))
                        .GET()
                        .build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(
                        "GET " + request.uri() + " answered " + response.statusCode() + ": " + response.body());
            }
            Optional<LocalDate> earliest = Optional.empty();
            for (JsonNode permit : readTree(response)) {
                if ("ISSUED".equals(permit.path("status").asText()) && permit.hasNonNull("validFrom")) {
                    LocalDate from = LocalDate.parse(permit.path("validFrom").asText());
                    earliest = earliest.filter(e -> e.isBefore(from)).or(() -> Optional.of(from));
                }
            }
            return earliest;
        } catch (IOException e) {
            throw new IllegalStateException("GET " + request.uri() + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted during GET " + request.uri(), e);
        }
    }

    private HttpResponse<String> post(
            String path, Map<String, Object> body, DemoUser as, Set<Integer> expected) {
        HttpRequest request = request(path, body, as);
        long deadline = System.nanoTime() + NOT_FOUND_PATIENCE.toNanos();
        try {
            while (true) {
                HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                if (expected.contains(response.statusCode())) {
                    return response;
                }
                if (response.statusCode() != 404 || System.nanoTime() > deadline) {
                    throw new IllegalStateException(
                            "POST "
                                    + path
                                    + " as "
                                    + as.username()
                                    + " answered "
                                    + response.statusCode()
                                    + ": "
                                    + response.body());
                }
                Thread.sleep(RETRY_PAUSE.toMillis());
            }
        } catch (IOException e) {
            throw new IllegalStateException("POST " + path + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted during POST " + path, e);
        }
    }

    private HttpRequest request(String path, Map<String, Object> body, DemoUser as) {
        try {
            return HttpRequest.newBuilder(baseUri.resolve(path))
                    .timeout(REQUEST_TIMEOUT)
                    .header("Authorization", "Bearer " + issuer.mint(as.user(), TOKEN_LIFETIME))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(json.writeValueAsBytes(body)))
                    .build();
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Could not write the body of POST " + path, e);
        }
    }

    private JsonNode readTree(HttpResponse<String> response) {
        try {
            return json.readTree(response.body());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(
                    response.request().uri() + " answered with a body that is not JSON: " + response.body(),
                    e);
        }
    }
}
