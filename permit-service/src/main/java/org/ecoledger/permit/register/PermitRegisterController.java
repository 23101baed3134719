package org.ecoledger.permit.register;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.ecoledger.common.permit.ManagementClass;
import org.ecoledger.common.permit.PermitId;
import org.ecoledger.common.permit.PermitStatus;
import org.ecoledger.common.permit.query.FindPermit;
import org.ecoledger.common.permit.query.FindPermitRegister;
import org.ecoledger.common.permit.query.FindPermitsOfEnterprise;
import org.ecoledger.common.permit.query.PageRequest;
import org.ecoledger.common.permit.query.PermitDetails;
import org.ecoledger.common.permit.query.PermitSummary;
import org.ecoledger.common.permit.query.PermitPage;
import org.ecoledger.common.value.Actor;
import org.ecoledger.common.value.ActorRole;
import org.ecoledger.common.value.EnterpriseId;
import org.ecoledger.common.value.Pollutant;
import org.ecoledger.common.value.RegionCode;
import org.ecoledger.support.security.Guards;
import org.ecoledger.support.web.NotFound;
import org.ecoledger.support.web.NotPermitted;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;
import java.util.List;

@RestController
@RequestMapping("/api")
@Tag(name = "Permit register")
@SecurityRequirement(name = "bearer")
class PermitRegisterController {

    private final QueryGateway queries;

    PermitRegisterController(QueryGateway queries) {
        this.queries = queries;
    }

    @Operation(summary = "The bureau's register: permits in a jurisdiction (default: the caller's), filtered")
    @GetMapping("/register/permits")
    PermitPage register(@RequestParam(required = false) String region,
                                       @RequestParam(required = false) PermitStatus status,
                                       @RequestParam(required = false) ManagementClass managementClass,
                                       @RequestParam(required = false) String pollutant,
                                       @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validUntilFrom,
                                       @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validUntilTo,
                                       @RequestParam(defaultValue = "0") int page,
                                       @RequestParam(defaultValue = "50") int size,
                                       @AuthenticationPrincipal Actor actor) {
        var query = new FindPermitRegister(jurisdictionFor(actor, region), status, managementClass,
                pollutant == null ? null : Pollutant.of(pollutant),
                validUntilFrom, validUntilTo, new PageRequest(page, size));
        return queries.query(query, PermitPage.class).join();
    }

    @Operation(summary = "One permit with its terms, versions and audit trail")
    @GetMapping("/permits/{permitId}")
    PermitDetails permit(@PathVariable String permitId, @AuthenticationPrincipal Actor actor) {
        PermitDetails details = queries.query(new FindPermit(PermitId.of(permitId)), ResponseTypes.optionalInstanceOf(PermitDetails.class))
                .join()
                .orElseThrow(() -> new NotFound("no permit " + permitId));
        Guards.requireAccess(actor, details.summary().enterpriseId(), details.summary().region());
        return details;
    }

    @Operation(summary = "An enterprise's own permits and applications")
    @GetMapping("/enterprises/{enterpriseId}/permits")
    List<PermitSummary> permitsOf(@PathVariable String enterpriseId, @AuthenticationPrincipal Actor actor) {
        EnterpriseId id = EnterpriseId.of(enterpriseId);
        List<PermitSummary> permits = queries.query(new FindPermitsOfEnterprise(id), ResponseTypes.multipleInstancesOf(PermitSummary.class)).join();
        if (actor.is(ActorRole.ENTERPRISE)) {
            Guards.requireAccess(actor, id, null);
        } else {
            permits.forEach(p -> Guards.requireAccess(actor, p.enterpriseId(), p.region()));
        }
        return permits;
    }

    /** The register is the bureau's: reviewers and inspectors see their jurisdiction or a part of it, admins everything. */
    private static RegionCode jurisdictionFor(Actor actor, String requested) {
        RegionCode region = requested == null ? null : RegionCode.of(requested);
        return switch (actor.role()) {
            case ADMIN -> region;
            case REVIEWER, INSPECTOR -> {
                if (region == null) {
                    yield actor.jurisdiction();
                }
                if (!actor.jurisdiction().contains(region)) {
                    throw new NotPermitted("region " + region + " is outside the caller's jurisdiction");
                }
                yield region;
            }
            default -> throw new NotPermitted("the register is for the bureau; enterprises read their own permits");
        };
    }
}
