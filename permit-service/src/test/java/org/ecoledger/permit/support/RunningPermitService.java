package org.ecoledger.permit.support;

import org.ecoledger.local.RunningService;
import org.ecoledger.permit.PermitServiceApplication;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;

/** permit-service on the shared infrastructure; the expiry sweep is left to the tests to call. */
public final class RunningPermitService {

    private RunningPermitService() {
    }

    public static RunningService start(String schema) {
        return start(schema, Clock.systemUTC(), Map.of());
    }

    public static RunningService start(String schema, Clock clock, Map<String, Object> extraProperties) {
        Map<String, Object> properties = new HashMap<>(Map.of("ecoledger.permit.expiry-sweep-interval", "PT1H"));
        properties.putAll(extraProperties);
        return RunningService.start(PermitServiceApplication.class, PermitServiceApplication.CONFIG_NAME, schema, clock, properties);
    }
}
