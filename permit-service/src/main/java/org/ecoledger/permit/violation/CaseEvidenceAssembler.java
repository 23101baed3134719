package org.ecoledger.permit.violation;

import org.ecoledger.common.enforcement.query.CaseEvidence;
import org.ecoledger.common.enforcement.query.PermitLimitInForce;
import org.ecoledger.common.enforcement.query.ViolationCaseSummary;
import org.ecoledger.common.monitoring.EvidenceHour;
import org.ecoledger.common.permit.PermitStatus;
import org.ecoledger.common.permit.query.FindPermit;
import org.ecoledger.common.permit.query.FindPermitsOfEnterprise;
import org.ecoledger.common.permit.query.PermitDetails;
import org.ecoledger.common.permit.query.PermitSummary;
import org.ecoledger.permit.devices.DeviceStatuses;
import org.ecoledger.permit.emissions.EmissionFigures;
import org.ecoledger.permit.emissions.FlagEvidence;
import org.ecoledger.permit.register.PermitRegisterQueries;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Gathers what an inspector reviews a case with: the hourly series monitoring sent for the flag
 * (with substitutions and data flags), the hours per data flag as the device's own account of its
 * status, the limits of the enterprise's permits in force that bear on the case, and the registry's
 * status of the devices at the case's outlet.
 */
@Component
class CaseEvidenceAssembler {

    private static final Set<PermitStatus> IN_FORCE = Set.of(PermitStatus.ISSUED, PermitStatus.SUSPENDED);

    private final EmissionFigures figures;
    private final PermitRegisterQueries register;
    private final DeviceStatuses devices;

    CaseEvidenceAssembler(EmissionFigures figures, PermitRegisterQueries register, DeviceStatuses devices) {
        this.figures = figures;
        this.register = register;
        this.devices = devices;
    }

    CaseEvidence assemble(ViolationCaseSummary summary, String flagId) {
        Optional<FlagEvidence> sent = flagId == null ? Optional.empty() : figures.evidenceOf(flagId);
        List<EvidenceHour> hours = sent.map(FlagEvidence::hours).orElse(List.of());
        Map<String, Integer> byFlag = new TreeMap<>();
        hours.forEach(h -> byFlag.merge(h.flag() == null ? "none (" + h.status() + ")" : h.flag().name(), 1, Integer::sum));
        return new CaseEvidence(hours, byFlag, sent.map(FlagEvidence::asOf).orElse(null), limitsInForce(summary),
                devices.at(summary.enterpriseId(), summary.outlet()));
    }

    private List<PermitLimitInForce> limitsInForce(ViolationCaseSummary c) {
        List<PermitLimitInForce> limits = new ArrayList<>();
        for (PermitSummary permit : register.handle(new FindPermitsOfEnterprise(c.enterpriseId()))) {
            if (!IN_FORCE.contains(permit.status())) {
                continue;
            }
            PermitDetails details = register.handle(new FindPermit(permit.permitId())).orElseThrow();
            details.terms().outlets().stream()
                    .filter(o -> c.outlet() == null || o.code().equals(c.outlet()))
                    .forEach(o -> o.limits().stream()
                            .filter(l -> c.pollutant() == null || l.pollutant() == c.pollutant())
                            .forEach(l -> limits.add(new PermitLimitInForce(permit.permitNumber(), permit.status(), o.code(), l.pollutant(),
                                    l.limit(), l.emissionStandard(), null))));
            details.terms().annualTotals().stream()
                    .filter(t -> c.pollutant() == null || t.pollutant() == c.pollutant())
                    .forEach(t -> limits.add(new PermitLimitInForce(permit.permitNumber(), permit.status(), null, t.pollutant(), null, null,
                            t.perYear())));
        }
        return limits;
    }
}
