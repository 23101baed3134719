package org.ecoledger.local;

import java.util.Locale;

/** Which kind of infrastructure the tests asked for through {@code ecoledger.infrastructure}. */
enum InfrastructureMode {
    CONTAINERS,
    EMBEDDED,
    /** Containers where a Docker engine answers, embedded servers otherwise. */
    AUTOMATIC;

    static final String PROPERTY = "ecoledger.infrastructure";
    static final String ENVIRONMENT_VARIABLE = "ECOLEDGER_INFRASTRUCTURE";

    /** The system property wins over the environment variable; neither set means automatic. */
    static InfrastructureMode from(String property, String environment) {
        String value = property != null && !property.isBlank() ? property : environment;
        if (value == null || value.isBlank()) {
            return AUTOMATIC;
        }
        return switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "containers" -> CONTAINERS;
            case "embedded" -> EMBEDDED;
            default ->
                    throw new IllegalArgumentException(
                            PROPERTY + " must be 'containers' or 'embedded', not '" + value + "'");
        };
    }

    static InfrastructureMode configured() {
        return from(System.getProperty(PROPERTY), System.getenv(ENVIRONMENT_VARIABLE));
    }
}
