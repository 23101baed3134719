package org.ecoledger.monitoring;

import org.ecoledger.common.value.EnterpriseId;
import org.ecoledger.common.value.RegionCode;
import org.ecoledger.local.ApiSweep;
import org.ecoledger.local.RunningService;
import org.ecoledger.local.token.LocalUser;
import org.ecoledger.monitoring.support.MonitoringFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every operation of the monitoring API, sent what its OpenAPI description suggests with one thing
 * wrong at a time, answers with a 4xx problem detail or accepts it: never a 5xx, never another body.
 * The HTTP ingest is swept with a registered device's credentials, everything else as an admin.
 */
class MalformedRequestsIT {

    private static final EnterpriseId ENTERPRISE = EnterpriseId.of("91510104MA6CG0LK2N");
    private static final String MN = "010000A8900016F000169DC1";
    private static final String ADMIN = "Bearer " + RunningService.tokenFor(LocalUser.admin("admin"));
    private static final String REVIEWER = RunningService.tokenFor(LocalUser.reviewer("reviewer-chengdu", "510100"));

    @Test
    void everyMalformedRequestIsAnsweredWithAProblemDetailAndNeverAServerError(@TempDir Path stateDirectory) throws Exception {
        try (RunningService service = MonitoringFixture.startWithOwnAccounting("monitoring_malformed", stateDirectory)) {
            MonitoringFixture.publish(MonitoringFixture.coalPlantPermit(ENTERPRISE, RegionCode.of("510104"), "120"));
            String password = MonitoringFixture.registerWhenThePermitIsKnown(service.api(), REVIEWER, Map.of("mn", MN,
                    "enterpriseId", ENTERPRISE.value(), "outlet", "DA001", "protocol", "HJ212_2017", "dataIntervalSeconds", 3600));
            String device = "Basic " + Base64.getEncoder().encodeToString((MN + ":" + password).getBytes(StandardCharsets.UTF_8));

            ApiSweep.Result result = ApiSweep.sweep(service.baseUrl(), path -> path.startsWith("/ingest/") ? device : ADMIN, Map.of(
                    "mn", MN, "enterpriseId", ENTERPRISE.value(), "outlet", "DA001", "pollutant", "SO2", "year", "2026",
                    "processingGroup", "device-registry"));

            assertThat(result.requests()).isGreaterThan(500);
            assertThat(result.findings()).isEmpty();
        }
    }
}
