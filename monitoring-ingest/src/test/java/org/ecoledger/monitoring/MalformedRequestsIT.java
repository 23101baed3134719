package org.ecoledger.monitoring;

import org.ecoledger.common.value.EnterpriseId;
import org.ecoledger.common.value.RegionCode;
import org.ecoledger.local.ApiSweep;
import org.ecoledger.local.RunningService;
import org.ecoledger.local.token.LocalUser;
import org.ecoledger.monitoring.support.MonitoringFixture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every operation of the monitoring API, swept from its OpenAPI description: malformed requests are
 * answered with a 4xx problem detail (never a 5xx, never another body), the HTTP ingest swept with
 * the credentials of another device than the one the sweep suspends and decommissions through its
 * path, everything else as an admin; and another enterprise or an inspector of another region is
 * given nothing of the enterprise's devices and emissions.
 */
class MalformedRequestsIT {

    private static final EnterpriseId ENTERPRISE = EnterpriseId.of("91510104MA6CG0LK2N");
    private static final String MN = "010000A8900016F000169DC1";
    private static final String GATEWAY_MN = "010000A8900016F000169DC2";
    private static final String ADMIN = "Bearer " + RunningService.tokenFor(LocalUser.admin("admin"));
    private static final String REVIEWER = RunningService.tokenFor(LocalUser.reviewer("reviewer-chengdu", "510100"));
    private static final Map<String, String> PATH_VALUES = Map.of("mn", MN, "enterpriseId", ENTERPRISE.value(), "outlet", "DA001",
            "pollutant", "SO2", "year", "2026", "processingGroup", "device-registry");

    /** The accounting's state; static, so that JUnit deletes it only after {@link #stop()} has closed Kafka Streams. */
    @TempDir
    static Path stateDirectory;
    private static RunningService service;
    private static String device;

    @BeforeAll
    static void start() throws Exception {
        service = MonitoringFixture.startWithOwnAccounting("monitoring_malformed", stateDirectory);
        MonitoringFixture.publish(MonitoringFixture.coalPlantPermit(ENTERPRISE, RegionCode.of("510104"), "120"));
        for (String mn : new String[] {MN, GATEWAY_MN}) {
            String password = MonitoringFixture.registerWhenThePermitIsKnown(service.api(), REVIEWER, Map.of("mn", mn,
                    "enterpriseId", ENTERPRISE.value(), "outlet", "DA001", "protocol", "HJ212_2017", "dataIntervalSeconds", 3600));
            device = "Basic " + Base64.getEncoder().encodeToString((mn + ":" + password).getBytes(StandardCharsets.UTF_8));
        }
    }

    @AfterAll
    static void stop() {
        service.close();
    }

    @Test
    void everyMalformedRequestIsAnsweredWithAProblemDetailAndNeverAServerError() {
        ApiSweep.Result result = ApiSweep.sweep(service.baseUrl(), path -> path.startsWith("/ingest/") ? device : ADMIN, PATH_VALUES);

        assertThat(result.requests()).isGreaterThan(500);
        assertThat(result.findings()).isEmpty();
    }

    @Test
    void anotherEnterpriseOrAnInspectorOfAnotherRegionIsGivenNothingOfTheEnterprises() {
        for (LocalUser stranger : new LocalUser[] {LocalUser.enterprise("mianyang-paper", "91510700MA6MYP002G"),
                LocalUser.inspector("inspector-mianyang", "510700")}) {
            ApiSweep.Result result = ApiSweep.asStranger(service.baseUrl(), "Bearer " + RunningService.tokenFor(stranger), PATH_VALUES,
                    Set.of("mn", "enterpriseId"));

            assertThat(result.requests()).isGreaterThan(10);
            assertThat(result.findings()).isEmpty();
        }
    }

    @Test
    void withoutCredentialsEveryEndpointAnswers401() {
        ApiSweep.Result result = ApiSweep.anonymously(service.baseUrl(), PATH_VALUES, Set.of());

        assertThat(result.requests()).isGreaterThan(10);
        assertThat(result.findings()).isEmpty();
    }
}
