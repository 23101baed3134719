package org.ecoledger.monitoring.emissions;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.ecoledger.common.monitoring.event.ViolationFlagRaised;
import org.ecoledger.common.value.Actor;
import org.ecoledger.common.value.ActorRole;
import org.ecoledger.common.value.EnterpriseId;
import org.ecoledger.common.value.OutletCode;
import org.ecoledger.common.value.Pollutant;
import org.ecoledger.common.value.RegionCode;
import org.ecoledger.monitoring.accounting.AnnualAccountLine;
import org.ecoledger.monitoring.accounting.EmissionAccountingQueries;
import org.ecoledger.monitoring.accounting.HourSlot;
import org.ecoledger.monitoring.directory.PermitDirectory;
import org.ecoledger.support.security.Guards;
import org.ecoledger.support.web.NotFound;
import org.ecoledger.support.web.NotPermitted;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** What the accounting knows: hourly series, year-to-date totals against the allowance, and open violation flags. */
@RestController
@RequestMapping("/api/emissions")
@Tag(name = "Emissions")
@SecurityRequirement(name = "bearer")
class EmissionsController {

    private static final Duration LONGEST_SERIES = Duration.ofDays(31);

    private final EmissionAccountingRuntime accounting;
    private final PermitDirectory permits;

    EmissionsController(EmissionAccountingRuntime accounting, PermitDirectory permits) {
        this.accounting = accounting;
        this.permits = permits;
    }

    @Operation(summary = "An enterprise's emissions for a year against its allowance, per pollutant")
    @GetMapping("/enterprises/{enterpriseId}/years/{year}")
    List<AnnualAccountLine> annualAccount(@PathVariable String enterpriseId, @PathVariable int year, @AuthenticationPrincipal Actor actor) {
        EnterpriseId enterprise = authorizedEnterprise(enterpriseId, actor);
        return queries().annualAccount(enterprise, year);
    }

    @Operation(summary = "An outlet's hourly series for one pollutant: grams, flag, substituted or not (at most 31 days)")
    @GetMapping("/enterprises/{enterpriseId}/outlets/{outlet}/pollutants/{pollutant}/hours")
    List<HourSlot> hourlySeries(@PathVariable String enterpriseId, @PathVariable String outlet, @PathVariable String pollutant,
                                @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant from,
                                @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant to,
                                @AuthenticationPrincipal Actor actor) {
        EnterpriseId enterprise = authorizedEnterprise(enterpriseId, actor);
        if (Duration.between(from, to).compareTo(LONGEST_SERIES) > 0) {
            throw new IllegalArgumentException("a series spans at most " + LONGEST_SERIES.toDays() + " days");
        }
        return queries().hourlySeries(enterprise, OutletCode.of(outlet), Pollutant.of(pollutant), from, to);
    }

    @Operation(summary = "Open violation flags: an inspector's or reviewer's jurisdiction (or a part of it), an enterprise's own")
    @GetMapping("/flags")
    List<ViolationFlagRaised> openFlags(@RequestParam(required = false) String region, @AuthenticationPrincipal Actor actor) {
        if (actor.is(ActorRole.ENTERPRISE)) {
            return queries().openFlagsOf(actor.enterprise());
        }
        RegionCode requested = region == null ? actor.jurisdiction() : RegionCode.of(region);
        if (requested != null && actor.jurisdiction() != null && !actor.jurisdiction().contains(requested)) {
            throw new NotPermitted("region " + requested + " is outside the caller's jurisdiction");
        }
        return requested == null ? queries().openFlags() : queries().openFlags(requested.prefix());
    }

    private EnterpriseId authorizedEnterprise(String enterpriseId, Actor actor) {
        EnterpriseId enterprise = EnterpriseId.of(enterpriseId);
        if (actor.is(ActorRole.ENTERPRISE) && enterprise.equals(actor.enterprise())) {
            // Its own account needs no jurisdiction, and an enterprise can hold and trade rights before any permit of its is known here.
            return enterprise;
        }
        // Whose jurisdiction an enterprise is in follows from its permits' region.
        RegionCode region = permits.regionOf(enterprise).orElseThrow(() -> new NotFound("no permit of " + enterprise + " is known here"));
        Guards.requireAccess(actor, enterprise, region);
        return enterprise;
    }

    private EmissionAccountingQueries queries() {
        return accounting.queries().orElseThrow(() ->
                new ResponseStatusException(HttpStatus.SERVICE_UNAVAILABLE, "the emission accounting is starting; try again shortly"));
    }
}
