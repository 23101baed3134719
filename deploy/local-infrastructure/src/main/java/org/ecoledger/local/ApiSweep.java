package org.ecoledger.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * Sends a running service the malformed requests its own OpenAPI description suggests, and reports
 * every answer that breaks the platform's rule for bad input: a 4xx status with an RFC 9457
 * problem detail, never a 5xx and never another body. For every operation it sends the request
 * with the caller's path values and a body made from the schema, then that request with one thing
 * wrong at a time: each path variable and query parameter replaced by hostile text, each body field
 * null, missing, of the wrong type or out of range (to any depth), each list empty or holding a
 * null, and bodies that are not JSON. Answers of 2xx pass: what is well formed may be accepted.
 * {@link #asStranger} sweeps the same operations for answers that give one owner's data to another,
 * {@link #anonymously} for answers to someone without credentials.
 */
public final class ApiSweep {

    /** One request answered against the rule. */
    public record Finding(String method, String path, String mutation, int status, String contentType) {
        @Override
        public String toString() {
            return method + " " + path + " [" + mutation + "] -> " + status + " " + contentType;
        }
    }

    /** What a sweep sent and what it found. */
    public record Result(int requests, List<Finding> findings) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private static final int MOST_DEPTH = 6;

    /** Text that each path variable, query parameter and string field is replaced with in turn. */
    private static final List<String> HOSTILE_TEXT = List.of("", " ", "x".repeat(5_000), "\u0000", "../../etc/passwd", "%00", "-1",
            "9".repeat(40), "null", "2026-13-45", "2026-02-30T25:61:00Z", "\u00e9\u6c61\ud83d\ude00", "ZZZ");
    /** Numbers that each numeric field is replaced with in turn. */
    private static final List<JsonNode> HOSTILE_NUMBERS = List.of(NODES.numberNode(-1), NODES.numberNode(0),
            NODES.numberNode(Long.MAX_VALUE), NODES.numberNode(Long.MIN_VALUE), NODES.numberNode(BigInteger.TWO.pow(64)),
            NODES.numberNode(1e308), NODES.numberNode(0.5), NODES.textNode("12"), NODES.booleanNode(true));

    private final String baseUrl;
    private final JsonNode schemas;
    private final JsonNode paths;
    private final Map<String, String> pathValues;

    private ApiSweep(String baseUrl, JsonNode description, Map<String, String> pathValues) {
        this.baseUrl = baseUrl;
        this.schemas = description.path("components").path("schemas");
        this.paths = description.path("paths");
        this.pathValues = pathValues;
    }

    /**
     * Sweeps the service at {@code baseUrl} (its description read from {@code /v3/api-docs}) as the
     * holder of {@code authorization} (an Authorization header's value), with {@code pathValues}
     * naming existing objects by path variable (or query parameter), so that valid requests reach
     * the code behind the lookups; a path variable not named gets "x", a query parameter a value of
     * its schema.
     */
    public static Result sweep(String baseUrl, String authorization, Map<String, String> pathValues) {
        return sweep(baseUrl, path -> authorization, pathValues);
    }

    /** As {@link #sweep(String, String, Map)}, with the Authorization header chosen per path template (a device's for its ingest). */
    public static Result sweep(String baseUrl, Function<String, String> authorization, Map<String, String> pathValues) {
        return new ApiSweep(baseUrl, description(baseUrl), pathValues).run(authorization);
    }

    /**
     * Sends every operation once, as described, with {@code pathValues}, as the holder of
     * {@code authorization}, who owns none of the objects that the path variables {@code owners}
     * name (a credit code, a permit, a device, an order of one enterprise) and may not act on them:
     * another enterprise, or a reviewer of another region. Reports each answer that gives the owner
     * away: a request other than GET that names an owner's object and is accepted, or any accepted
     * answer whose body holds one of those objects' values (a list may answer, with the caller's own
     * rows only). Public disclosure ({@code /api/public/}) publishes enterprises by design and is
     * left out. A body made from a schema without valid examples is refused as malformed before the
     * caller's right is checked; such an operation passes without its authorization having been
     * reached, so every request field carries a valid example.
     */
    public static Result asStranger(String baseUrl, String authorization, Map<String, String> pathValues, Set<String> owners) {
        ApiSweep sweep = new ApiSweep(baseUrl, description(baseUrl), pathValues);
        List<String> ownersValues = owners.stream().map(pathValues::get).toList();
        List<Finding> findings = new ArrayList<>();
        int[] requests = {0};
        sweep.paths.fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(operation -> {
            if (path.getKey().startsWith("/api/public/")) {
                return;
            }
            String method = operation.getKey().toUpperCase();
            Case described = sweep.cases(path.getKey(), operation.getValue()).get(0);
            boolean namesTheOwner = owners.stream().anyMatch(variable -> path.getKey().contains("{" + variable + "}"));
            requests[0]++;
            HttpResponse<String> answer = sweep.send(method, described, authorization);
            boolean accepted = answer.statusCode() < 300;
            boolean leaks = ownersValues.stream().anyMatch(answer.body()::contains);
            if (accepted && (leaks || namesTheOwner && !method.equals("GET"))) {
                findings.add(new Finding(method, path.getKey(), leaks ? "the owner's values in the answer" : "accepted from a stranger",
                        answer.statusCode(), answer.headers().firstValue("Content-Type").orElse("")));
            }
        }));
        return new Result(requests[0], findings);
    }

    /**
     * Sends every operation once, as described, with {@code pathValues} and no credentials, and
     * reports each answer that breaks the rule for the public: every endpoint outside public
     * disclosure ({@code /api/public/}) answers 401 with a problem detail, disclosure accepts no
     * change, and no disclosure answer holds any of {@code undisclosed} (personal data, or what
     * public market data must not name: parties and orders).
     */
    public static Result anonymously(String baseUrl, Map<String, String> pathValues, Set<String> undisclosed) {
        ApiSweep sweep = new ApiSweep(baseUrl, description(baseUrl), pathValues);
        List<Finding> findings = new ArrayList<>();
        int[] requests = {0};
        sweep.paths.fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(operation -> {
            String method = operation.getKey().toUpperCase();
            Case described = sweep.cases(path.getKey(), operation.getValue()).get(0);
            requests[0]++;
            HttpResponse<String> answer = sweep.send(method, described, null);
            int status = answer.statusCode();
            String contentType = answer.headers().firstValue("Content-Type").orElse("");
            String broken = null;
            if (!path.getKey().startsWith("/api/public/")) {
                if (status != 401 || !contentType.startsWith("application/problem+json")) {
                    broken = "answered without credentials";
                }
            } else if (status < 300 && !method.equals("GET")) {
                broken = "a change accepted from the public";
            } else if (status < 300 && undisclosed.stream().anyMatch(answer.body()::contains)) {
                broken = "undisclosed values in a public answer";
            }
            if (broken != null) {
                findings.add(new Finding(method, path.getKey(), broken, status, contentType));
            }
        }));
        return new Result(requests[0], findings);
    }

    private static JsonNode description(String baseUrl) {
        HttpResponse<String> description = send(HttpRequest.newBuilder(URI.create(baseUrl + "/v3/api-docs")).GET().build());
        if (description.statusCode() != 200) {
            throw new IllegalStateException("the service published no OpenAPI description: " + description.statusCode());
        }
        try {
            return JSON.readTree(description.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private HttpResponse<String> send(String method, Case c, String authorization) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + c.uri())).timeout(Duration.ofSeconds(30));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        if (c.body() != null) {
            request.header("Content-Type", "application/json");
        }
        request.method(method, c.body() == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(c.body()));
        return send(request.build());
    }

    private Result run(Function<String, String> authorization) {
        List<Finding> findings = new ArrayList<>();
        int[] requests = {0};
        paths.fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(operation -> {
            String method = operation.getKey().toUpperCase();
            for (Case c : cases(path.getKey(), operation.getValue())) {
                requests[0]++;
                HttpResponse<String> answer = send(method, c, authorization.apply(path.getKey()));
                String contentType = answer.headers().firstValue("Content-Type").orElse("");
                boolean problem = answer.statusCode() >= 400 && answer.statusCode() < 500 && contentType.startsWith("application/problem+json");
                if (answer.statusCode() >= 300 && !problem) {
                    findings.add(new Finding(method, path.getKey(), c.mutation(), answer.statusCode(), contentType));
                }
            }
        }));
        return new Result(requests[0], findings);
    }

    private record Case(String mutation, String uri, String body) {
    }

    private List<Case> cases(String template, JsonNode operation) {
        Map<String, String> path = new LinkedHashMap<>();
        Map<String, String> query = new LinkedHashMap<>();
        for (JsonNode parameter : operation.path("parameters")) {
            String name = parameter.path("name").asText();
            switch (parameter.path("in").asText()) {
                case "path" -> path.put(name, pathValues.getOrDefault(name, "x"));
                case "query" -> query.put(name, pathValues.getOrDefault(name, sampleText(parameter.path("schema"))));
                default -> { }
            }
        }
        JsonNode bodySchema = null;
        Iterator<JsonNode> contents = operation.path("requestBody").path("content").elements();
        if (contents.hasNext()) {
            bodySchema = contents.next().path("schema");
        }
        JsonNode body = bodySchema == null ? null : sample(bodySchema, 0);
        String validBody = body == null ? null : body.toString();

        List<Case> cases = new ArrayList<>();
        cases.add(new Case("as described", uri(template, path, query), validBody));
        for (String name : path.keySet()) {
            for (String text : HOSTILE_TEXT) {
                Map<String, String> changed = new LinkedHashMap<>(path);
                changed.put(name, text);
                cases.add(new Case("path " + name + " = " + shown(text), uri(template, changed, query), validBody));
            }
        }
        for (String name : query.keySet()) {
            for (String text : HOSTILE_TEXT) {
                Map<String, String> changed = new LinkedHashMap<>(query);
                changed.put(name, text);
                cases.add(new Case("query " + name + " = " + shown(text), uri(template, path, changed), validBody));
            }
        }
        if (body != null) {
            String valid = uri(template, path, query);
            mutations(body, "body", (mutation, changed) -> cases.add(new Case(mutation, valid, changed.toString())));
            cases.add(new Case("body not JSON", valid, "{not json"));
            cases.add(new Case("body empty", valid, ""));
            cases.add(new Case("body a JSON null", valid, "null"));
        }
        return cases;
    }

    /** Calls {@code each} with every value that differs from {@code value} in exactly one place. */
    private static void mutations(JsonNode value, String where, BiConsumer<String, JsonNode> each) {
        each.accept(where + " null", NODES.nullNode());
        if (value.isObject()) {
            each.accept(where + " an empty object", NODES.objectNode());
            each.accept(where + " a list", NODES.arrayNode().add(value));
            value.fieldNames().forEachRemaining(field -> {
                mutations(value.get(field), where + "." + field, (mutation, changed) -> {
                    ObjectNode copy = ((ObjectNode) value).deepCopy();
                    copy.set(field, changed);
                    each.accept(mutation, copy);
                });
                ObjectNode without = ((ObjectNode) value).deepCopy();
                without.remove(field);
                each.accept(where + "." + field + " left out", without);
            });
        } else if (value.isArray()) {
            each.accept(where + " empty", NODES.arrayNode());
            each.accept(where + " an object", NODES.objectNode());
            ArrayNode three = NODES.arrayNode();
            for (int i = 0; i < 3; i++) {
                three.addAll((ArrayNode) value.deepCopy());
            }
            each.accept(where + " three times over", three);
            if (!value.isEmpty()) {
                mutations(value.get(0), where + "[0]", (mutation, changed) -> each.accept(mutation, NODES.arrayNode().add(changed)));
            }
        } else if (value.isNumber() || value.isBoolean()) {
            for (JsonNode number : HOSTILE_NUMBERS) {
                each.accept(where + " = " + number, number);
            }
        } else if (value.isTextual()) {
            for (String text : HOSTILE_TEXT) {
                each.accept(where + " = " + shown(text), NODES.textNode(text));
            }
            each.accept(where + " a number", NODES.numberNode(12));
            each.accept(where + " an object", NODES.objectNode());
        }
    }

    private JsonNode resolve(JsonNode schema) {
        JsonNode resolved = schema;
        while (resolved.has("$ref")) {
            String ref = resolved.get("$ref").asText();
            resolved = schemas.path(ref.substring(ref.lastIndexOf('/') + 1));
        }
        return resolved;
    }

    /** A value of the schema's shape: its example, or else its first enumerated value, where it has one. */
    private JsonNode sample(JsonNode schema, int depth) {
        JsonNode s = resolve(schema);
        if (depth > MOST_DEPTH) {
            return NODES.nullNode();
        }
        if (s.has("example")) {
            return s.get("example");
        }
        if (s.has("enum")) {
            return s.get("enum").get(0);
        }
        String type = s.path("type").asText();
        if (type.equals("object") || s.has("properties")) {
            ObjectNode object = NODES.objectNode();
            s.path("properties").fields().forEachRemaining(p -> object.set(p.getKey(), sample(p.getValue(), depth + 1)));
            return object;
        }
        return switch (type) {
            case "array" -> NODES.arrayNode().add(sample(s.path("items"), depth + 1));
            case "integer" -> NODES.numberNode(1_000);
            case "number" -> NODES.numberNode(1.5);
            case "boolean" -> NODES.booleanNode(true);
            default -> NODES.textNode(sampleText(s));
        };
    }

    private String sampleText(JsonNode schema) {
        JsonNode s = resolve(schema);
        if (s.has("enum")) {
            return s.get("enum").get(0).asText();
        }
        return switch (s.path("format").asText()) {
            case "date" -> "2026-11-25";
            case "date-time" -> "2026-11-25T00:00:00Z";
            case "uuid" -> "4e50b60f-4a49-4835-b67f-d0bb6ec28c5e";
            default -> switch (s.path("type").asText()) {
                case "integer" -> "1000";
                case "number" -> "1.5";
                case "boolean" -> "true";
                default -> "COD";
            };
        };
    }

    private static String uri(String template, Map<String, String> path, Map<String, String> query) {
        String uri = template;
        for (Map.Entry<String, String> variable : path.entrySet()) {
            uri = uri.replace("{" + variable.getKey() + "}", encode(variable.getValue()));
        }
        StringBuilder withQuery = new StringBuilder(uri);
        char separator = '?';
        for (Map.Entry<String, String> parameter : query.entrySet()) {
            withQuery.append(separator).append(encode(parameter.getKey())).append('=').append(encode(parameter.getValue()));
            separator = '&';
        }
        return withQuery.toString();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String shown(String text) {
        String escaped = text.replace("\u0000", "\\0");
        return escaped.length() > 16 ? "\"" + escaped.substring(0, 12) + "…\" (" + text.length() + " chars)" : "\"" + escaped + "\"";
    }

    private static HttpResponse<String> send(HttpRequest request) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException("no answer to " + request.method() + " " + request.uri(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
