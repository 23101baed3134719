package org.ecoledger.launcher;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The few lines a developer needs once the platform is up: where everything is and how long it
 * took, so that a slower start is noticed.
 *
 * @param demo what the demo data looks like now, possibly several lines
 * @param phases how long each startup phase took, in order
 */
record ReadyBanner(
        List<ServiceSpec> services,
        URI tokens,
        Path home,
        String demo,
        Duration sinceJvmStart,
        Map<String, Duration> phases) {

    String render() {
        String rule = "=".repeat(78);
        StringBuilder text = new StringBuilder("\n").append(rule).append('\n');
        text.append(" EcoLedger is ready: ")
                .append(seconds(sinceJvmStart))
                .append(" since JVM start (")
                .append(
                        phases.entrySet().stream()
                                .map(phase -> phase.getKey() + " " + seconds(phase.getValue()))
                                .collect(Collectors.joining(", ")))
                .append(")\n\n");
        for (ServiceSpec service : services) {
            line(text, service.name() + " API", service.baseUri().toString());
            line(text, "OpenAPI UI", service.baseUri() + "/swagger-ui.html");
        }
        line(text, "Tokens", tokens + "   e.g. curl " + tokens + "/reviewer-chengdu");
        line(text, "Data folder", home.toString());
        String[] demoLines = demo.split("\n");
        line(text, "Demo data", demoLines[0]);
        for (int i = 1; i < demoLines.length; i++) {
            line(text, "", demoLines[i]);
        }
        text.append("\n Stop with Ctrl+C; the data folder keeps everything for the next start.\n");
        return text.append(rule).append('\n').toString();
    }

    private static void line(StringBuilder text, String label, String value) {
        text.append(String.format(Locale.ROOT, "   %-20s %s%n", label, value));
    }

    private static String seconds(Duration duration) {
        return String.format(Locale.ROOT, "%.1f s", duration.toMillis() / 1000.0);
    }
}
