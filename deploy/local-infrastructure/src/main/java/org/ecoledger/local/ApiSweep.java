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
        ApiSweep sweep = new ApiSweep(baseUrl, description(baseUrl), pathValues);
        return sweep.check(sweep::cases, operation -> authorization.apply(operation.template()), (operation, sent, answer) -> {
            boolean problem = answer.statusCode() >= 400 && answer.statusCode() < 500 && contentType(answer).startsWith(PROBLEM);
            return answer.statusCode() >= 300 && !problem ? sent.mutation() : null;
        });
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
        return sweep.check(operation -> operation.isPublic() ? List.of() : List.of(sweep.described(operation)), operation -> authorization,
                (operation, sent, answer) -> {
                    if (answer.statusCode() >= 300) {
                        return null;
                    }
                    if (ownersValues.stream().anyMatch(answer.body()::contains)) {
                        return "the owner's values in the answer";
                    }
                    boolean namesTheOwner = owners.stream().anyMatch(variable -> operation.template().contains("{" + variable + "}"));
                    return namesTheOwner && !operation.method().equals("GET") ? "accepted from a stranger" : null;
                });
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
        return sweep.check(operation -> List.of(sweep.described(operation)), operation -> null, (operation, sent, answer) -> {
            int status = answer.statusCode();
            if (!operation.isPublic()) {
                return status != 401 || !contentType(answer).startsWith(PROBLEM) ? "answered without credentials" : null;
            }
            if (status < 300 && !operation.method().equals("GET")) {
                return "a change accepted from the public";
            }
            return status < 300 && undisclosed.stream().anyMatch(answer.body()::contains) ? "undisclosed values in a public answer" : null;
        });
    }

    private static final String PROBLEM = "application/problem+json";

    /** One operation of the description: a method on a path template. */
    private record Operation(String template, String method, JsonNode spec) {
        boolean isPublic() {
            return template.startsWith("/api/public/");
        }
    }

    private record Case(String mutation, String uri, String body) {
    }

    /** What is wrong with an answer to a case sent, or null when nothing is. */
    private interface Rule {
        String broken(Operation operation, Case sent, HttpResponse<String> answer);
    }

    /** Sends every case of every operation, each with its operation's Authorization header (none for null), and judges each answer. */
    private Result check(Function<Operation, List<Case>> casesOf, Function<Operation, String> authorization, Rule rule) {
        List<Finding> findings = new ArrayList<>();
        int requests = 0;
        for (Operation operation : operations()) {
            for (Case sent : casesOf.apply(operation)) {
                requests++;
                HttpResponse<String> answer = send(operation.method(), sent, authorization.apply(operation));
                String broken = rule.broken(operation, sent, answer);
                if (broken != null) {
                    findings.add(new Finding(operation.method(), operation.template(), broken, answer.statusCode(), contentType(answer)));
                }
            }
        }
        return new Result(requests, findings);
    }

    private List<Operation> operations() {
        List<Operation> operations = new ArrayList<>();
        paths.fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(operation ->
                operations.add(new Operation(path.getKey(), operation.getKey().toUpperCase(), operation.getValue()))));
        return operations;
    }

    private static String contentType(HttpResponse<String> answer) {
        return answer.headers().firstValue("Content-Type").orElse("");
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

    /** The request as described: the caller's values for path variables and query parameters, a body from the schema's examples. */
    private record Described(Map<String, String> path, Map<String, String> query, JsonNode body) {
    }

    private Described describe(Operation operation) {
        Map<String, String> path = new LinkedHashMap<>();
        Map<String, String> query = new LinkedHashMap<>();
        for (JsonNode parameter : operation.spec().path("parameters")) {
            String name = parameter.path("name").asText();
            switch (parameter.path("in").asText()) {
                case "path" -> path.put(name, pathValues.getOrDefault(name, "x"));
                case "query" -> query.put(name, pathValues.getOrDefault(name, sampleText(parameter.path("schema"))));
                default -> { }
            }
        }
        Iterator<JsonNode> contents = operation.spec().path("requestBody").path("content").elements();
        JsonNode body = contents.hasNext() ? sample(contents.next().path("schema"), 0) : null;
        return new Described(path, query, body);
    }

    private Case described(Operation operation) {
        return asSent(operation.template(), describe(operation));
    }

    private static Case asSent(String template, Described described) {
        return new Case("as described", uri(template, described.path(), described.query()),
                described.body() == null ? null : described.body().toString());
    }

    private List<Case> cases(Operation operation) {
        String template = operation.template();
        Described described = describe(operation);
        Map<String, String> path = described.path();
        Map<String, String> query = described.query();
        Case valid = asSent(template, described);

        List<Case> cases = new ArrayList<>();
        cases.add(valid);
        for (String name : path.keySet()) {
            for (String text : HOSTILE_TEXT) {
                Map<String, String> changed = new LinkedHashMap<>(path);
                changed.put(name, text);
                cases.add(new Case("path " + name + " = " + shown(text), uri(template, changed, query), valid.body()));
            }
        }
        for (String name : query.keySet()) {
            for (String text : HOSTILE_TEXT) {
                Map<String, String> changed = new LinkedHashMap<>(query);
                changed.put(name, text);
                cases.add(new Case("query " + name + " = " + shown(text), uri(template, path, changed), valid.body()));
            }
        }
        if (described.body() != null) {
            mutations(described.body(), "body", (mutation, changed) -> cases.add(new Case(mutation, valid.uri(), changed.toString())));
            cases.add(new Case("body not JSON", valid.uri(), "{not json"));
            cases.add(new Case("body empty", valid.uri(), ""));
            cases.add(new Case("body a JSON null", valid.uri(), "null"));
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
