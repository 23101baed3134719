package org.ecoledger.permit.disclosure;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.ecoledger.common.enforcement.CreditLevel;
import org.ecoledger.common.permit.Validity;
import org.ecoledger.common.permit.query.EnterpriseSummary;
import org.ecoledger.common.permit.query.FindEnterprise;
import org.ecoledger.common.permit.query.FindPermitsOfEnterprise;
import org.ecoledger.common.permit.query.FindPublicPermits;
import org.ecoledger.common.permit.query.PageRequest;
import org.ecoledger.common.permit.query.PermitSummary;
import org.ecoledger.common.permit.query.PublicPermit;
import org.ecoledger.common.permit.query.PublicPermitPage;
import org.ecoledger.common.value.EnterpriseId;
import org.ecoledger.common.value.Mass;
import org.ecoledger.common.value.Money;
import org.ecoledger.common.value.RegionCode;
import org.ecoledger.permit.credit.CreditQueries;
import org.ecoledger.permit.register.PermitRegisterQueries;
import org.ecoledger.support.web.NotFound;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Disclosure (信息公开) of enforcement, for anyone and without login: per enterprise its permits and
 * limits, its emissions of the year against its allowance, its confirmed violations and penalties
 * and its credit level; per region who does not comply and who is blacklisted; and the same as CSV.
 * Read-only, rate-limited per client, no personal data (no responsible persons, statements or
 * inspectors). Masses in grams and money in fen, as everywhere in the API; the CSV files in tonnes
 * and yuan.
 */
@RestController
@RequestMapping("/api/public")
@Tag(name = "Public disclosure")
class PublicEnforcementController {

    private static final MediaType CSV = new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8);

    private final PermitRegisterQueries register;
    private final EnforcementDisclosure disclosure;
    private final CreditQueries credit;
    private final Clock clock;

    PublicEnforcementController(PermitRegisterQueries register, EnforcementDisclosure disclosure, CreditQueries credit, Clock clock) {
        this.register = register;
        this.disclosure = disclosure;
        this.credit = credit;
        this.clock = clock;
    }

    record PublicEnterprise(EnterpriseId enterpriseId, String name, String industry, RegionCode region, List<PublicPermit> permits,
                            int year, List<EnforcementDisclosure.EmissionLine> emissions,
                            List<EnforcementDisclosure.PublicViolation> violations, List<YearLevel> creditLevels, boolean blacklisted,
                            Instant blacklistedSince) {
    }

    record YearLevel(int year, CreditLevel level) {
    }

    record Blacklisted(EnterpriseId enterpriseId, String name, RegionCode region, Instant listedAt, String reason) {
    }

    @Operation(summary = "An enterprise: permits and limits, emissions of the year against allowance, confirmed violations, credit")
    @GetMapping("/enterprises/{enterpriseId}")
    PublicEnterprise enterprise(@PathVariable String enterpriseId, @RequestParam(required = false) Integer year) {
        EnterpriseId id = EnterpriseId.of(enterpriseId);
        EnterpriseSummary enterprise = register.handle(new FindEnterprise(id))
                .orElseThrow(() -> new NotFound("enterprise " + enterpriseId + " is not registered"));
        List<PublicPermit> permits = register.handle(new FindPermitsOfEnterprise(id)).stream()
                .map(PermitSummary::permitNumber)
                .map(register::publicPermit)
                .flatMap(Optional::stream)
                .toList();
        int shown = yearOr(year);
        Optional<CreditQueries.Blacklisting> blacklisting = credit.blacklistingOf(id).filter(b -> b.liftedAt() == null);
        return new PublicEnterprise(id, enterprise.name(), enterprise.industry(), enterprise.region(), permits, shown,
                disclosure.yearToDate(id, shown), disclosure.violationsOf(id),
                credit.levelsOf(id).stream().map(l -> new YearLevel(l.year(), l.level())).toList(),
                blacklisting.isPresent(), blacklisting.map(CreditQueries.Blacklisting::listedAt).orElse(null));
    }

    @Operation(summary = "Enterprises of a region with violations confirmed in the year (default: this year)")
    @GetMapping("/regions/{region}/non-compliers")
    List<EnforcementDisclosure.NonComplier> nonCompliers(@PathVariable String region, @RequestParam(required = false) Integer year) {
        return disclosure.nonCompliersIn(RegionCode.of(region), yearOr(year));
    }

    @Operation(summary = "The illegal-discharge blacklist of a region")
    @GetMapping("/regions/{region}/blacklist")
    List<Blacklisted> blacklist(@PathVariable String region) {
        return credit.blacklistIn(RegionCode.of(region)).stream()
                .map(b -> new Blacklisted(b.enterpriseId(), b.enterpriseName(), b.region(), b.listedAt(), b.reason()))
                .toList();
    }

    @Operation(summary = "CSV: the disclosed permits of a region, one row per concentration limit or annual total")
    @GetMapping("/regions/{region}/permits.csv")
    ResponseEntity<String> permitsCsv(@PathVariable String region) {
        RegionCode code = RegionCode.of(region);
        var csv = new Csv("permit_number", "enterprise_name", "region", "management_class", "status", "valid_from", "valid_until",
                "outlet", "pollutant", "limit", "unit", "emission_standard", "annual_total_tonnes");
        PublicPermitPage page;
        int number = 0;
        do {
            page = register.handle(new FindPublicPermits(code, null, null, new PageRequest(number++, PageRequest.MAXIMUM_SIZE)));
            for (PublicPermit p : page.items()) {
                p.terms().outlets().forEach(o -> o.limits().forEach(l -> csv.row(p.permitNumber(), p.enterpriseName(), p.region(),
                        p.managementClass(), p.status(), p.validFrom(), p.validUntil(), o.code(), l.pollutant(),
                        l.limit().value().toPlainString(), l.limit().unit().symbol(), l.emissionStandard(), null)));
                p.terms().annualTotals().forEach(t -> csv.row(p.permitNumber(), p.enterpriseName(), p.region(), p.managementClass(),
                        p.status(), p.validFrom(), p.validUntil(), null, t.pollutant(), null, null, null, tonnes(t.perYear())));
            }
        } while ((long) number * PageRequest.MAXIMUM_SIZE < page.totalItems());
        return csv(code, "permits", csv);
    }

    @Operation(summary = "CSV: emissions of the year against allowance, per enterprise and pollutant")
    @GetMapping("/regions/{region}/emissions.csv")
    ResponseEntity<String> emissionsCsv(@PathVariable String region, @RequestParam(required = false) Integer year) {
        int shown = yearOr(year);
        var csv = new Csv("enterprise_id", "enterprise_name", "region", "year", "pollutant", "emitted_tonnes", "substituted_tonnes",
                "allowance_tonnes", "headroom_tonnes");
        disclosure.emissionsIn(RegionCode.of(region), shown).forEach(r -> csv.row(r.enterpriseId(), r.enterpriseName(), r.region(), shown,
                r.line().pollutant(), tonnes(r.line().emitted()), tonnes(r.line().substituted()), tonnes(r.line().allowance()),
                tonnes(r.line().headroom())));
        return csv(RegionCode.of(region), "emissions-" + shown, csv);
    }

    @Operation(summary = "CSV: violations confirmed in the year and their penalties")
    @GetMapping("/regions/{region}/violations.csv")
    ResponseEntity<String> violationsCsv(@PathVariable String region, @RequestParam(required = false) Integer year) {
        int shown = yearOr(year);
        var csv = new Csv("case_id", "enterprise_id", "enterprise_name", "region", "type", "severity", "outlet", "pollutant", "onset_at",
                "decided_at", "fine_yuan", "daily_penalty_yuan", "accrued_daily_penalty_yuan", "rectification_deadline",
                "rectification_overdue", "suspended_permit", "reason");
        disclosure.violationsIn(RegionCode.of(region), shown).forEach(v -> csv.row(v.caseId(), v.enterpriseId(), v.enterpriseName(),
                v.region(), v.type(), v.severity(), v.outlet(), v.pollutant(), v.onsetAt(), v.decidedAt(), yuan(v.fine()),
                yuan(v.dailyPenalty()), yuan(v.accruedDailyPenalty()), v.rectificationDeadline(), v.rectificationOverdue(),
                v.suspendedPermit(), v.reason()));
        return csv(RegionCode.of(region), "violations-" + shown, csv);
    }

    @Operation(summary = "CSV: credit levels of the year and the blacklist")
    @GetMapping("/regions/{region}/credit.csv")
    ResponseEntity<String> creditCsv(@PathVariable String region, @RequestParam(required = false) Integer year) {
        int shown = yearOr(year);
        RegionCode code = RegionCode.of(region);
        List<EnterpriseId> blacklisted = new ArrayList<>(credit.blacklistIn(code).stream().map(CreditQueries.Blacklisting::enterpriseId).toList());
        var csv = new Csv("enterprise_id", "enterprise_name", "region", "year", "level", "points", "blacklisted");
        credit.levelsIn(code, shown).forEach(l -> csv.row(l.enterpriseId(), l.enterpriseName(), l.region(), shown, l.level(), l.points(),
                blacklisted.contains(l.enterpriseId())));
        return csv(code, "credit-" + shown, csv);
    }

    private int yearOr(Integer year) {
        if (year != null && (year < 2000 || year > 2999)) {
            throw new IllegalArgumentException("a year between 2000 and 2999: " + year);
        }
        return year != null ? year : clock.instant().atOffset(Validity.CHINA).getYear();
    }

    private static ResponseEntity<String> csv(RegionCode region, String name, Csv csv) {
        return ResponseEntity.ok()
                .contentType(CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + region + "-" + name + ".csv\"")
                .body(csv.toString());
    }

    private static String tonnes(Mass mass) {
        return mass == null ? null : mass.tonnes().toPlainString();
    }

    private static String yuan(Money money) {
        return money == null ? null : money.yuan().toPlainString();
    }
}
