package org.ecoledger.permit.support;

import org.ecoledger.local.Infrastructure;
import org.ecoledger.local.TestInfrastructure;
import org.ecoledger.local.token.LocalSigningKey;
import org.ecoledger.local.token.LocalTokenIssuer;
import org.ecoledger.local.token.LocalUser;
import org.ecoledger.permit.PermitServiceApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * A real permit-service on real PostgreSQL and Kafka, in a database schema of its own. It can be
 * stopped and started again on the same schema, which is what restart tests need and what
 * Spring's cached test contexts cannot do.
 */
public final class RunningPermitService implements AutoCloseable {

    public static final Infrastructure INFRASTRUCTURE = TestInfrastructure.shared();
    private static final LocalSigningKey KEY = LocalSigningKey.generate();
    public static final LocalTokenIssuer TOKENS = LocalTokenIssuer.withDefaults(KEY);

    private final String schema;
    private final Clock clock;
    private final Map<String, Object> extraProperties;
    private ConfigurableApplicationContext context;

    private RunningPermitService(String schema, Clock clock, Map<String, Object> extraProperties) {
        this.schema = schema;
        this.clock = clock;
        this.extraProperties = extraProperties;
    }

    public static RunningPermitService start(String schema) {
        return start(schema, Clock.systemUTC(), Map.of());
    }

    public static RunningPermitService start(String schema, Clock clock, Map<String, Object> extraProperties) {
        RunningPermitService service = new RunningPermitService(schema, clock, extraProperties);
        service.start();
        return service;
    }

    public synchronized void start() {
        Map<String, Object> properties = new HashMap<>(Map.of(
                "spring.config.name", PermitServiceApplication.CONFIG_NAME,
                "server.port", "0",
                "spring.datasource.url", INFRASTRUCTURE.jdbcUrl(schema),
                "spring.datasource.username", INFRASTRUCTURE.databaseUser(),
                "spring.datasource.password", INFRASTRUCTURE.databasePassword(),
                "spring.flyway.schemas", schema,
                "spring.flyway.default-schema", schema,
                "ecoledger.kafka.bootstrap-servers", INFRASTRUCTURE.kafkaBootstrapServers(),
                "ecoledger.security.jwt.public-key-location", KEY.publicKeyPem().toUri().toString(),
                "ecoledger.permit.expiry-sweep-interval", "PT1H"));
        properties.putAll(extraProperties);
        // As arguments, not builder properties: those are defaults and the service's own file would override them.
        String[] arguments = properties.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new);
        context = new SpringApplicationBuilder(PermitServiceApplication.class)
                .initializers(ctx -> ctx.getBeanFactory().registerSingleton("clock", clock))
                .run(arguments);
    }

    public synchronized void stop() {
        if (context != null) {
            context.close();
            context = null;
        }
    }

    public ApiClient api() {
        int port = ((WebServerApplicationContext) context).getWebServer().getPort();
        return new ApiClient("http://localhost:" + port);
    }

    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    public static String tokenFor(LocalUser user) {
        return TOKENS.mint(user, Duration.ofHours(1));
    }

    @Override
    public void close() {
        stop();
    }
}
