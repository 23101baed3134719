package org.ecoledger.local;

import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.DockerClientFactory;

/** The infrastructure every test in a JVM shares, so servers start once per test run. */
public final class TestInfrastructure {

    private static final Logger LOG = LoggerFactory.getLogger(TestInfrastructure.class);
    private static Infrastructure shared;

    private TestInfrastructure() {}

    /**
     * One Infrastructure per JVM, started on first use and closed by a shutdown hook. Containers when
     * asked for or when a Docker engine is available, embedded servers otherwise; never nothing.
     */
    public static synchronized Infrastructure shared() {
        if (shared == null) {
            Infrastructure started = startFor(InfrastructureMode.configured());
            Runtime.getRuntime()
                    .addShutdownHook(new Thread(started::close, "ecoledger-infrastructure-shutdown"));
            shared = started;
        }
        return shared;
    }

    private static Infrastructure startFor(InfrastructureMode mode) {
        boolean containers =
                switch (mode) {
                    case CONTAINERS -> true;
                    case EMBEDDED -> false;
                    case AUTOMATIC -> DockerClientFactory.instance().isDockerAvailable();
                };
        LOG.info(
                "Starting {} PostgreSQL and Kafka for tests ({} mode)",
                containers ? "container" : "embedded",
                mode.name().toLowerCase(Locale.ROOT));
        return containers ? ContainerInfrastructure.start() : EmbeddedInfrastructure.start(null, 0, 0);
    }
}
