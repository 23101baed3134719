package org.ecoledger.permit.benchmark;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** One HTTP/1.1 client with its connection pool, shared by every benchmark thread, talking to the service over loopback. */
final class PermitHttp {

    /** Long enough for any healthy answer; a request that hangs this long is reported as an error, not waited for. */
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final HttpClient client = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(TIMEOUT)
            .build();
    private final String baseUrl;

    PermitHttp(int port) {
        this.baseUrl = "http://127.0.0.1:" + port;
    }

    /** What came back: the status and body, or status -1 and the exception when no answer came. */
    record Reply(int status, String body) {

        boolean ok() {
            return status >= 200 && status < 300;
        }

        String statusText() {
            return status < 0 ? "no response" : "HTTP " + status;
        }
    }

    Reply post(String path, String token, String json) throws InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(TIMEOUT)
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build();
        try {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response.body());
        } catch (IOException e) {
            return new Reply(-1, e.toString());
        }
    }
}
