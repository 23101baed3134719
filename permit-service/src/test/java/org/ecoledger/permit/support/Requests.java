package org.ecoledger.permit.support;

import org.ecoledger.local.RunningService;
import org.ecoledger.local.token.LocalUser;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.ecoledger.permit.support.PermitFixture.CHENGDU;
import static org.ecoledger.permit.support.PermitFixture.CHENGDU_POWER;
import static org.ecoledger.permit.support.PermitFixture.MIANYANG;
import static org.ecoledger.permit.support.PermitFixture.MIANYANG_PAPER;

/** JSON bodies and tokens as a client of the permit API sends them. */
public final class Requests {

    public static final String CHENGDU_POWER_TOKEN = RunningService.tokenFor(LocalUser.enterprise("chengdu-power", CHENGDU_POWER.value()));
    public static final String MIANYANG_PAPER_TOKEN = RunningService.tokenFor(LocalUser.enterprise("mianyang-paper", MIANYANG_PAPER.value()));
    public static final String CHENGDU_REVIEWER_TOKEN = RunningService.tokenFor(LocalUser.reviewer("reviewer-chengdu", CHENGDU.value()));
    public static final String MIANYANG_REVIEWER_TOKEN = RunningService.tokenFor(LocalUser.reviewer("reviewer-mianyang", MIANYANG.value()));
    public static final String ADMIN_TOKEN = RunningService.tokenFor(LocalUser.admin("admin"));

    private Requests() {
    }

    public static Map<String, Object> registration(String creditCode, String name, String region) {
        return Map.of("creditCode", creditCode, "name", name, "industry", "thermal power", "region", region,
                "responsiblePerson", Map.of("name", "Li Ming", "phone", "+86 28 5555 0101"));
    }

    public static Map<String, Object> keyPermitApplication(LocalDate from, LocalDate until) {
        var limits = List.of(
                Map.of("pollutant", "SO2", "limit", "35", "emissionStandard", "GB 13223-2011"),
                Map.of("pollutant", "a21002", "limit", "50", "emissionStandard", "GB 13223-2011"));
        var terms = Map.of(
                "outlets", List.of(Map.of("code", "DA001", "dischargeDestination", "atmosphere", "limits", limits)),
                "annualTotals", List.of(
                        Map.of("pollutant", "SO2", "tonnesPerYear", "120.5"),
                        Map.of("pollutant", "NOX", "tonnesPerYear", "180")));
        var commitment = Map.of(
                "responsiblePerson", Map.of("name", "Wang Fang", "phone", "+86 28 5555 0102"),
                "statement", "We commit that this application is truthful and complete.",
                "signedAt", "2026-11-20T10:00:00Z");
        return Map.of(
                "managementClass", "KEY",
                "requestedValidity", Map.of("from", from.toString(), "until", until.toString()),
                "terms", terms,
                "commitment", commitment);
    }

    public static Map<String, Object> keyPermitApplication() {
        return keyPermitApplication(LocalDate.parse("2026-12-01"), LocalDate.parse("2031-11-30"));
    }

    public static Map<String, Object> opinion(String text) {
        return Map.of("opinion", text);
    }

    public static Map<String, Object> reason(String text) {
        return Map.of("reason", text);
    }
}
