package org.ecoledger.launcher;

import java.nio.file.Path;
import java.util.Locale;

/**
 * What the command line asked for.
 *
 * @param home the data folder: databases, broker logs, signing keys and the demo marker
 * @param demo whether to seed demo data on a fresh data folder
 */
record LaunchOptions(Path home, boolean demo) {

    static final String HOME_PROPERTY = "ecoledger.home";
    static final String DEMO_PROPERTY = "demo";

    static LaunchOptions fromSystemProperties() {
        String home = System.getProperty(HOME_PROPERTY);
        Path folder = home == null || home.isBlank() ? Path.of(".ecoledger") : Path.of(home.trim());
        return new LaunchOptions(
                folder.toAbsolutePath().normalize(),
                flag(DEMO_PROPERTY, System.getProperty(DEMO_PROPERTY)));
    }

    /** A bare -Dname arrives as "", which like Maven's own bare -Dname means true. */
    static boolean flag(String name, String value) {
        if (value == null) {
            return false;
        }
        return switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "", "true" -> true;
            case "false" -> false;
            default ->
                    throw new IllegalArgumentException(
                            "-D" + name + " takes true or false (or no value for true), not '" + value + "'");
        };
    }
}
