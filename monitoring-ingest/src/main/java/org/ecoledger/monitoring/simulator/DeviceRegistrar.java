package org.ecoledger.monitoring.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;

/**
 * Registers simulated devices through monitoring's device API, as an installer does, and learns
 * their passwords: a new device's from its registration, a device registered before from a
 * rotation of its secret (the registry never shows a password twice). Needs a token of a reviewer
 * or admin whose jurisdiction covers the enterprise.
 */
public final class DeviceRegistrar {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration PAUSE = Duration.ofMillis(250);

    private final URI api;
    private final String token;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public DeviceRegistrar(URI api, String token) {
        this.api = api;
        this.token = token;
    }

    /** A device MN for an outlet: the same enterprise, outlet and number give the same MN on every run. */
    public static String mnFor(String enterpriseId, String outlet, int number) {
        long outletHash = Integer.toUnsignedLong((enterpriseId + "/" + outlet).hashCode());
        return String.format(Locale.ROOT, "51%08X%014X", outletHash, number);
    }

    /**
     * Registers the device to the outlet, or rotates its secret if it exists already, and answers
     * its password. Monitoring learns permits from Kafka, so an enterprise it has not heard of yet
     * (404) is asked again until {@code patience} runs out.
     *
     * @throws IllegalStateException if the API refuses, e.g. an outlet that no permit states
     */
    public String register(String mn, String enterpriseId, String outlet, Duration dataInterval, Duration patience) {
        Map<String, Object> registration = Map.of("mn", mn, "enterpriseId", enterpriseId, "outlet", outlet, "protocol", "HJ212_2017",
                "dataIntervalSeconds", dataInterval.toSeconds());
        long deadline = System.nanoTime() + patience.toNanos();
        while (true) {
            HttpResponse<String> response = post("/api/devices", registration);
            if (response.statusCode() == 201) {
                return password(response);
            }
            if (response.statusCode() == 409) {
                HttpResponse<String> rotated = post("/api/devices/" + mn + "/secret-rotation", Map.of());
                if (rotated.statusCode() == 200) {
                    return password(rotated);
                }
                response = rotated;
            }
            if (response.statusCode() != 404 || System.nanoTime() > deadline) {
                throw new IllegalStateException("registering device " + mn + " answered " + response.statusCode() + ": " + response.body());
            }
            sleep();
        }
    }

    private HttpResponse<String> post(String path, Map<String, Object> body) {
        try {
            HttpRequest request = HttpRequest.newBuilder(api.resolve(path))
                    .timeout(Duration.ofSeconds(30))
                    .header("Authorization", "Bearer " + token)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body)))
                    .build();
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException("POST " + path + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted during POST " + path, e);
        }
    }

    private static String password(HttpResponse<String> response) {
        try {
            JsonNode body = JSON.readTree(response.body());
            String password = body.path("password").asText("");
            if (password.isEmpty()) {
                throw new IllegalStateException("the device API answered without a password: " + response.body());
            }
            return password;
        } catch (IOException e) {
            throw new IllegalStateException("the device API answered with something other than JSON: " + response.body(), e);
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(PAUSE.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for monitoring to learn the permit", e);
        }
    }
}
