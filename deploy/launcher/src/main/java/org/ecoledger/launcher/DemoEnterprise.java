package org.ecoledger.launcher;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.ecoledger.common.permit.Validity;

/**
 * A demo enterprise and the KEY permit it applies for, as the permit API's JSON bodies.
 *
 * @param terms the outlets and annual totals of the application, in the API's shape
 */
record DemoEnterprise(
        DemoUser user,
        String industry,
        String region,
        String responsiblePerson,
        String phone,
        Map<String, Object> terms) {

    static final DemoEnterprise CHENGDU_POWER =
            new DemoEnterprise(
                    DemoUsers.CHENGDU_POWER,
                    "Thermal power generation",
                    "510104",
                    "Zhang Wei",
                    "028-8555-0101",
                    Map.of(
                            "outlets",
                            List.of(
                                    outlet(
                                            "DA001",
                                            "atmosphere",
                                            limit("SO2", "35", "GB 13223-2011"),
                                            limit("NOX", "50", "GB 13223-2011")),
                                    outlet(
                                            "DA002",
                                            "atmosphere",
                                            limit("SO2", "35", "GB 13223-2011"),
                                            limit("NOX", "50", "GB 13223-2011")),
                                    outlet(
                                            "DW001",
                                            "Jinjiang River",
                                            limit("COD", "60", "GB 8978-1996"),
                                            limit("NH3_N", "8", "GB 8978-1996"))),
                            "annualTotals",
                            List.of(
                                    total("SO2", "120.5"),
                                    total("NOX", "180"),
                                    total("COD", "95"),
                                    total("NH3_N", "9.5"))));

    static final DemoEnterprise MIANYANG_PAPER =
            new DemoEnterprise(
                    DemoUsers.MIANYANG_PAPER,
                    "Pulp and paper making",
                    "510700",
                    "Li Na",
                    "0816-255-0102",
                    Map.of(
                            "outlets",
                            List.of(
                                    outlet(
                                            "DW001",
                                            "Fujiang River",
                                            limit("COD", "80", "GB 3544-2008"),
                                            limit("NH3_N", "8", "GB 3544-2008"))),
                            "annualTotals",
                            List.of(total("COD", "95.2"), total("NH3_N", "9.5"))));

    /** The demo user's description is the enterprise's registered name. */
    String name() {
        return user.description();
    }

    String creditCode() {
        return user.user().enterprise();
    }

    Map<String, Object> registration() {
        return Map.of(
                "creditCode", creditCode(),
                "name", name(),
                "industry", industry,
                "region", region,
                "responsiblePerson", person());
    }

    Map<String, Object> keyPermitApplication(Validity validity, Instant signedAt) {
        return Map.of(
                "managementClass",
                "KEY",
                "requestedValidity",
                Map.of("from", validity.from().toString(), "until", validity.until().toString()),
                "terms",
                terms,
                "commitment",
                Map.of(
                        "responsiblePerson", person(),
                        "statement", "We commit that this application is truthful.",
                        "signedAt", signedAt.toString()));
    }

    private Map<String, Object> person() {
        return Map.of("name", responsiblePerson, "phone", phone);
    }

    private static Map<String, Object> outlet(String code, String destination, Map<?, ?>... limits) {
        return Map.of("code", code, "dischargeDestination", destination, "limits", List.of(limits));
    }

    private static Map<String, Object> limit(String pollutant, String limit, String standard) {
        return Map.of("pollutant", pollutant, "limit", limit, "emissionStandard", standard);
    }

    private static Map<String, Object> total(String pollutant, String tonnesPerYear) {
        return Map.of("pollutant", pollutant, "tonnesPerYear", tonnesPerYear);
    }
}
