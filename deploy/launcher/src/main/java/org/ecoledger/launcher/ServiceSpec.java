package org.ecoledger.launcher;

import java.net.URI;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.ecoledger.local.Infrastructure;
import org.ecoledger.local.token.LocalTokenIssuer;
import org.springframework.boot.Banner;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * One service of the platform as the launcher runs it: its Spring Boot application class, the port
 * it serves on and the PostgreSQL schema it owns.
 *
 * @param name also the service's config file name ({@code <name>.yml}), so that services sharing
 *     this JVM and classpath do not read each other's application.yml
 */
record ServiceSpec(String name, Class<?> application, int port, String schema) {

    URI baseUri() {
        return URI.create("http://localhost:" + port);
    }

    /**
     * Passed as command-line arguments rather than default properties: defaults rank below the
     * service's own yml, where a datasource URL or port meant for a deployment would win.
     */
    Map<String, String> properties(Infrastructure infrastructure, Path publicKeyPem) {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("spring.config.name", name);
        properties.put("spring.application.name", name);
        properties.put("spring.profiles.active", "local");
        properties.put("server.port", String.valueOf(port));
        properties.put("spring.datasource.url", infrastructure.jdbcUrl(schema));
        properties.put("spring.datasource.username", infrastructure.databaseUser());
        properties.put("spring.datasource.password", infrastructure.databasePassword());
        properties.put("ecoledger.kafka.bootstrap-servers", infrastructure.kafkaBootstrapServers());
        properties.put(
                "ecoledger.security.jwt.public-key-location", "file:" + publicKeyPem.toAbsolutePath());
        properties.put("ecoledger.security.jwt.issuer", LocalTokenIssuer.DEFAULT_ISSUER);
        properties.put("ecoledger.security.jwt.audience", LocalTokenIssuer.DEFAULT_AUDIENCE);
        // Logging is shared by every service in this JVM: it must outlive them until the launcher's
        // shutdown has logged its last step, and one service's name in the pattern would end up on
        // every line (the logger names tell the services apart).
        properties.put("logging.register-shutdown-hook", "false");
        properties.put("logging.include-application-name", "false");
        return properties;
    }

    /**
     * Starts the service and returns once it serves requests. Its context is closed by the launcher's
     * shutdown sequence, not by a hook of its own, so it stops before the servers it uses.
     */
    ConfigurableApplicationContext start(Infrastructure infrastructure, Path publicKeyPem) {
        String[] arguments =
                properties(infrastructure, publicKeyPem).entrySet().stream()
                        .map(property -> "--" + property.getKey() + "=" + property.getValue())
                        .toArray(String[]::new);
        return new SpringApplicationBuilder(application)
                // Spring would otherwise name the launcher, whose main() called it, in the service's log.
                .main(application)
                .bannerMode(Banner.Mode.OFF)
                .registerShutdownHook(false)
                .run(arguments);
    }
}
