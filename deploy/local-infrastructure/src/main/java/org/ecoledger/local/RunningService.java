package org.ecoledger.local;

import org.ecoledger.local.token.LocalSigningKey;
import org.ecoledger.local.token.LocalTokenIssuer;
import org.ecoledger.local.token.LocalUser;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * A real service on the shared PostgreSQL and Kafka, in a database schema of its own, for
 * integration tests and benchmarks. It can be stopped and started again on the same schema,
 * which restart tests need and Spring's cached test contexts cannot do. Tokens for it are minted
 * with a key made for this test run.
 */
public final class RunningService implements AutoCloseable {

    public static final Infrastructure INFRASTRUCTURE = TestInfrastructure.shared();
    private static final LocalSigningKey KEY = LocalSigningKey.generate();
    public static final LocalTokenIssuer TOKENS = LocalTokenIssuer.withDefaults(KEY);

    private final Class<?> application;
    private final String configName;
    private final String schema;
    private final Clock clock;
    private final Map<String, Object> extraProperties;
    private ConfigurableApplicationContext context;
    private Path tomcatDirectory;

    private RunningService(Class<?> application, String configName, String schema, Clock clock, Map<String, Object> extraProperties) {
        this.application = application;
        this.configName = configName;
        this.schema = schema;
        this.clock = clock;
        this.extraProperties = extraProperties;
    }

    /**
     * Starts {@code application}, whose configuration file is {@code configName}.yml, with its
     * data in {@code schema}; {@code clock} replaces the service's clock bean.
     */
    public static RunningService start(Class<?> application, String configName, String schema, Clock clock,
                                       Map<String, Object> extraProperties) {
        RunningService service = new RunningService(application, configName, schema, clock, extraProperties);
        service.start();
        return service;
    }

    public synchronized void start() {
        Map<String, Object> properties = new HashMap<>(Map.of(
                "spring.config.name", configName,
                "server.port", "0",
                "spring.datasource.url", INFRASTRUCTURE.jdbcUrl(schema),
                "spring.datasource.username", INFRASTRUCTURE.databaseUser(),
                "spring.datasource.password", INFRASTRUCTURE.databasePassword(),
                "spring.flyway.schemas", schema,
                "spring.flyway.default-schema", schema,
                "ecoledger.kafka.bootstrap-servers", INFRASTRUCTURE.kafkaBootstrapServers(),
                "ecoledger.security.jwt.public-key-location", KEY.publicKeyPem().toUri().toString()));
        // Tomcat's own temporary directory is not empty when the JVM exits, so it would stay behind for every start.
        tomcatDirectory = Directories.createTemporary("tomcat-");
        // for the services a test class keeps until the JVM exits: by then Tomcat has left it empty
        tomcatDirectory.toFile().deleteOnExit();
        properties.put("server.tomcat.basedir", tomcatDirectory.toString());
        properties.putAll(extraProperties);
        // As arguments, not builder properties: those are defaults and the service's own file would override them.
        String[] arguments = properties.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new);
        try {
            context = new SpringApplicationBuilder(application)
                    .initializers(ctx -> ctx.getBeanFactory().registerSingleton("clock", clock))
                    .run(arguments);
        } catch (RuntimeException e) {
            Directories.deleteRecursively(tomcatDirectory);
            throw e;
        }
    }

    public synchronized void stop() {
        if (context != null) {
            context.close();
            context = null;
            Directories.deleteRecursively(tomcatDirectory);
        }
    }

    public ApiClient api() {
        return new ApiClient(baseUrl());
    }

    /** Where its HTTP API answers, e.g. {@code http://localhost:40123}. */
    public String baseUrl() {
        return "http://localhost:" + ((WebServerApplicationContext) context).getWebServer().getPort();
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
