package org.ecoledger.monitoring.simulator;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The simulator's command line, read into settings. Every option is {@code --name value}; see
 * {@link #USAGE}.
 */
record SimulatorOptions(SimulatorSettings settings, Path devicesFile, int register, URI api, String token, String enterprise,
                        String outlet, SourceKind kind, String scenario, Double speed, Double rate, Instant start,
                        Duration duration, Duration warmup, Duration reportEvery) {

    static final String USAGE = """
            Runs simulated HJ 212 data loggers against the server over TCP.

            Devices, either or both:
              --devices-file FILE    lines MN,PASSWORD[,KIND[,SCENARIO]] of registered devices
              --register N           register N devices to one outlet through the device API first
                --api URL            monitoring's API (default http://localhost:8083)
                --token TOKEN        a reviewer's or admin's token, e.g. $(curl -s localhost:8080/tokens/reviewer-chengdu)
                --enterprise CODE    the enterprise's credit code
                --outlet CODE        an outlet its permit states (DA001 flue gas, DW001 wastewater)
            --kind KIND              flue-gas or wastewater, where the file or outlet does not say (default from the outlet)
            --scenario SPEC          normal (default), concentration:CODE:MEAN[:ONSET] or total:CODE:TONNES:WITHIN[:ONSET],
                                     e.g. concentration:a21026:48:PT2H or total:a21026:0.5:P2D

            Server and pace:
              --host HOST            (default localhost)   --port PORT   (default 9212)
              --speed X              simulated seconds per real second (default 60)
              --rate N               frames a second, all devices together; sets the speed instead
              --start TIME           simulated start, Beijing time, e.g. 2026-11-23T14:00 (default the next whole hour)
              --duration DURATION    real time to run, e.g. PT5M (default until Ctrl+C)
              --simulate DURATION    simulated time to cover, then wait for the answers and stop, e.g. P1D
              --minute-interval MIN  minute data every MIN minutes (default 10)
              --periods LIST         of minute,hour,day (default all)
              --answer-timeout D     wait for an answer before sending again (default PT5S)
              --frames-per-second N  most frames one device sends a second (default 10)
              --threads N            event loops for all connections (default 1)
              --connects-per-second N (default 2000)
              --warmup D             answers before this are left out of the final rate and latencies (default none)
              --report-every D       progress report interval (default PT10S)

            Faults, each a probability from 0 to 1 (default 0):
              --bad-crc P  --disconnect P  --resend P  --maintenance P  --fault P  --gap P
            """;

    private static final ZoneOffset BEIJING = ZoneOffset.ofHours(8);

    static SimulatorOptions parse(String[] args, Instant now) {
        Map<String, String> values = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            String name = args[i];
            if (!name.startsWith("--") || i + 1 >= args.length) {
                throw new IllegalArgumentException("options are --name value pairs; not understood: " + name);
            }
            values.put(name.substring(2), args[++i]);
        }
        var options = new Reader(values);
        SimulatorSettings defaults = SimulatorSettings.defaults(options.text("host", "localhost"), options.integer("port", 9212));
        Instant start = values.containsKey("start")
                ? LocalDateTime.parse(values.get("start")).toInstant(BEIJING)
                : now.truncatedTo(ChronoUnit.HOURS).plus(Duration.ofHours(1));
        Duration simulate = options.duration("simulate", null);
        var faults = new FaultPlan(options.number("bad-crc", 0), options.number("disconnect", 0), options.number("resend", 0),
                options.number("maintenance", 0), options.number("fault", 0), options.number("gap", 0));
        SimulatorSettings settings = defaults
                .withMinuteInterval(Duration.ofMinutes(options.integer("minute-interval", 10)))
                .withPeriods(periods(options.text("periods", "minute,hour,day")))
                .until(simulate == null ? null : start.plus(simulate))
                .withAnswerTimeout(options.duration("answer-timeout", Duration.ofSeconds(5)))
                .withFramesPerSecond(options.number("frames-per-second", 10))
                .withThreads(options.integer("threads", 1))
                .withConnectsPerSecond(options.number("connects-per-second", 2000))
                .withFaults(faults);
        String outlet = values.get("outlet");
        SourceKind kind = values.containsKey("kind") ? SourceKind.parse(values.get("kind"))
                : outlet != null && outlet.toUpperCase(Locale.ROOT).startsWith("DW") ? SourceKind.WASTEWATER : SourceKind.FLUE_GAS;
        var parsed = new SimulatorOptions(settings, values.containsKey("devices-file") ? Path.of(values.get("devices-file")) : null,
                options.integer("register", 0), URI.create(options.text("api", "http://localhost:8083")), values.get("token"),
                values.get("enterprise"), outlet, kind, options.text("scenario", "normal"),
                values.containsKey("speed") ? options.number("speed", 60) : null,
                values.containsKey("rate") ? options.number("rate", 0) : null, start, options.duration("duration", null),
                options.duration("warmup", Duration.ZERO), options.duration("report-every", Duration.ofSeconds(10)));
        values.keySet().removeAll(options.read);
        if (!values.isEmpty()) {
            throw new IllegalArgumentException("unknown options: " + values.keySet());
        }
        if (parsed.devicesFile == null && parsed.register == 0) {
            throw new IllegalArgumentException("no devices: give --devices-file or --register");
        }
        if (parsed.register > 0 && (parsed.token == null || parsed.enterprise == null || outlet == null)) {
            throw new IllegalArgumentException("--register needs --token, --enterprise and --outlet");
        }
        if (parsed.speed != null && parsed.rate != null) {
            throw new IllegalArgumentException("give --speed or --rate, not both");
        }
        return parsed;
    }

    /** The clock speed: as given, from the wanted rate, or one simulated minute a real second. */
    double speedFor(int devices) {
        if (rate != null) {
            return settings.speedFor(rate, devices);
        }
        return speed == null ? 60 : speed;
    }

    private static Set<UploadPeriod> periods(String list) {
        Set<UploadPeriod> periods = EnumSet.noneOf(UploadPeriod.class);
        for (String name : list.split(",")) {
            periods.add(UploadPeriod.valueOf(name.trim().toUpperCase(Locale.ROOT)));
        }
        return periods;
    }

    /** Reads typed values and remembers which names were read, so that a misspelt option is an error. */
    private static final class Reader {
        private final Map<String, String> values;
        private final Set<String> read = new java.util.HashSet<>();

        private Reader(Map<String, String> values) {
            this.values = values;
            read.addAll(Set.of("devices-file", "token", "enterprise", "outlet", "kind", "start", "speed", "rate"));
        }

        String text(String name, String fallback) {
            read.add(name);
            return values.getOrDefault(name, fallback);
        }

        int integer(String name, int fallback) {
            String value = text(name, null);
            return value == null ? fallback : Integer.parseInt(value);
        }

        double number(String name, double fallback) {
            String value = text(name, null);
            return value == null ? fallback : Double.parseDouble(value);
        }

        Duration duration(String name, Duration fallback) {
            String value = text(name, null);
            return value == null ? fallback : Duration.parse(value);
        }
    }
}
