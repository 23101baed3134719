package org.ecoledger.launcher;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ecoledger.local.token.LocalTokenIssuer;
import org.ecoledger.local.token.LocalUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hands out local tokens over HTTP, standing in for the identity provider in the local run:
 *
 * <ul>
 *   <li>{@code GET /tokens}: the demo users with their role and scope
 *   <li>{@code GET /tokens/{username}}: a demo user's token, as plain text
 *   <li>{@code POST /tokens} with {@code {"subject","role","enterprise","jurisdiction"}}: a token
 *       for any local user
 * </ul>
 *
 * Anyone who reaches it can act as anyone, which is why it only ever listens on loopback.
 */
final class TokenServer implements AutoCloseable {

    static final Duration TOKEN_LIFETIME = Duration.ofHours(12);

    private static final Logger LOG = LoggerFactory.getLogger(TokenServer.class);
    private static final String BASE_PATH = "/tokens";

    private final HttpServer server;
    private final LocalTokenIssuer issuer;
    private final List<DemoUser> demoUsers;
    private final ObjectMapper json = new ObjectMapper();

    private TokenServer(HttpServer server, LocalTokenIssuer issuer, List<DemoUser> demoUsers) {
        this.server = server;
        this.issuer = issuer;
        this.demoUsers = List.copyOf(demoUsers);
    }

    /** Listens on loopback only; port 0 picks a free one. */
    static TokenServer start(int port, LocalTokenIssuer issuer, List<DemoUser> demoUsers) {
        InetSocketAddress address = new InetSocketAddress("127.0.0.1", port);
        try {
            TokenServer tokens = new TokenServer(HttpServer.create(address, 0), issuer, demoUsers);
            tokens.server.createContext(BASE_PATH, tokens::handle);
            tokens.server.start();
            return tokens;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not serve tokens on " + address, e);
        }
    }

    int port() {
        return server.getAddress().getPort();
    }

    InetSocketAddress address() {
        return server.getAddress();
    }

    URI uri() {
        return URI.create("http://localhost:" + port() + BASE_PATH);
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private void handle(HttpExchange exchange) {
        try (exchange) {
            respond(exchange);
        } catch (IOException | RuntimeException e) {
            LOG.warn(
                    "Token request {} {} failed", exchange.getRequestMethod(), exchange.getRequestURI(), e);
        }
    }

    private void respond(HttpExchange exchange) throws IOException {
        // The context also matches /tokensX; only /tokens, /tokens/ and /tokens/{name} are ours.
        String rest = exchange.getRequestURI().getPath().substring(BASE_PATH.length());
        String method = exchange.getRequestMethod();
        if (rest.isEmpty() || rest.equals("/")) {
            switch (method) {
                case "GET" -> send(exchange, 200, "application/json", json.writeValueAsBytes(listing()));
                case "POST" -> mintForRequest(exchange);
                default -> methodNotAllowed(exchange, "GET, POST");
            }
        } else if (rest.startsWith("/") && rest.indexOf('/', 1) < 0) {
            if (method.equals("GET")) {
                mintForDemoUser(exchange, rest.substring(1));
            } else {
                methodNotAllowed(exchange, "GET");
            }
        } else {
            problem(
                    exchange,
                    404,
                    "Not Found",
                    "No such resource; GET " + BASE_PATH + " lists the demo users");
        }
    }

    private List<Map<String, String>> listing() {
        return demoUsers.stream()
                .map(
                        demo -> {
                            Map<String, String> entry = new LinkedHashMap<>();
                            entry.put("username", demo.username());
                            entry.put("description", demo.description());
                            entry.put("role", demo.user().role());
                            putIfPresent(entry, "enterprise", demo.user().enterprise());
                            putIfPresent(entry, "jurisdiction", demo.user().jurisdiction());
                            entry.put("token", BASE_PATH + "/" + demo.username());
                            return entry;
                        })
                .toList();
    }

    private void mintForDemoUser(HttpExchange exchange, String username) throws IOException {
        DemoUser demo =
                demoUsers.stream().filter(u -> u.username().equals(username)).findFirst().orElse(null);
        if (demo == null) {
            problem(
                    exchange,
                    404,
                    "Not Found",
                    "No demo user '"
                            + username
                            + "'; GET "
                            + BASE_PATH
                            + " lists them, POST "
                            + BASE_PATH
                            + " mints a token for any local user");
            return;
        }
        sendToken(exchange, demo.user());
    }

    private void mintForRequest(HttpExchange exchange) throws IOException {
        LocalUser user;
        try (InputStream body = exchange.getRequestBody()) {
            JsonNode request = json.readTree(body);
            if (request == null || !request.isObject()) {
                throw new IllegalArgumentException("the body must be a JSON object");
            }
            user =
                    new LocalUser(
                            text(request, "subject"),
                            text(request, "role"),
                            text(request, "enterprise"),
                            text(request, "jurisdiction"));
        } catch (JsonProcessingException e) {
            problem(exchange, 400, "Bad Request", "The body is not JSON: " + e.getOriginalMessage());
            return;
        } catch (IllegalArgumentException e) {
            problem(exchange, 400, "Bad Request", e.getMessage());
            return;
        }
        sendToken(exchange, user);
    }

    private void sendToken(HttpExchange exchange, LocalUser user) throws IOException {
        String token = issuer.mint(user, TOKEN_LIFETIME);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        send(exchange, 200, "text/plain; charset=utf-8", token.getBytes(StandardCharsets.US_ASCII));
    }

    private void methodNotAllowed(HttpExchange exchange, String allowed) throws IOException {
        exchange.getResponseHeaders().set("Allow", allowed);
        problem(exchange, 405, "Method Not Allowed", "Allowed here: " + allowed);
    }

    /** RFC 9457, the error shape the services answer with too. */
    private void problem(HttpExchange exchange, int status, String title, String detail)
            throws IOException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "about:blank");
        body.put("title", title);
        body.put("status", status);
        body.put("detail", detail);
        body.put("instance", exchange.getRequestURI().getPath());
        send(exchange, status, "application/problem+json", json.writeValueAsBytes(body));
    }

    private static void send(HttpExchange exchange, int status, String contentType, byte[] body)
            throws IOException {
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.sendResponseHeaders(status, body.length);
        exchange.getResponseBody().write(body);
    }

    private static String text(JsonNode request, String field) {
        JsonNode value = request.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static void putIfPresent(Map<String, String> entry, String key, String value) {
        if (value != null) {
            entry.put(key, value);
        }
    }
}
