package org.ecoledger.trading.support;

import org.ecoledger.local.RunningService;
import org.ecoledger.trading.TradingServiceApplication;

import java.time.Clock;
import java.util.Map;

/** trading-service on the shared embedded PostgreSQL and Kafka, in a schema of the test's own. */
public final class RunningTradingService {

    private RunningTradingService() {
    }

    public static RunningService start(String schema) {
        return start(schema, Clock.systemUTC(), Map.of());
    }

    public static RunningService start(String schema, Clock clock, Map<String, Object> extraProperties) {
        return RunningService.start(TradingServiceApplication.class, TradingServiceApplication.CONFIG_NAME, schema, clock, extraProperties);
    }
}
