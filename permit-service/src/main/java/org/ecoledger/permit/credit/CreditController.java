package org.ecoledger.permit.credit;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.ecoledger.common.enforcement.command.LiftBlacklisting;
import org.ecoledger.common.permit.query.EnterpriseSummary;
import org.ecoledger.common.permit.query.FindEnterprise;
import org.ecoledger.common.value.Actor;
import org.ecoledger.common.value.EnterpriseId;
import org.ecoledger.permit.enforcement.EnforcementDispatcher;
import org.ecoledger.support.security.Guards;
import org.ecoledger.support.web.NotFound;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.util.List;

@RestController
@RequestMapping("/api/enterprises/{enterpriseId}")
@Tag(name = "Credit and blacklist")
@SecurityRequirement(name = "bearer")
class CreditController {

    private final CreditQueries credit;
    private final QueryGateway queries;
    private final EnforcementDispatcher dispatcher;
    private final Clock clock;

    CreditController(CreditQueries credit, QueryGateway queries, EnforcementDispatcher dispatcher, Clock clock) {
        this.credit = credit;
        this.queries = queries;
        this.dispatcher = dispatcher;
        this.clock = clock;
    }

    record Credit(List<CreditQueries.YearLevel> levels, CreditQueries.Blacklisting blacklisting) {
    }

    record Lifting(@Schema(example = "permit obtained, rectification verified on site") @NotBlank String reason) {
    }

    @Operation(summary = "An enterprise's credit levels by year and its blacklisting, if any")
    @GetMapping("/credit")
    Credit credit(@PathVariable String enterpriseId, @AuthenticationPrincipal Actor actor) {
        EnterpriseId id = EnterpriseId.of(enterpriseId);
        EnterpriseSummary enterprise = queries.query(new FindEnterprise(id), ResponseTypes.optionalInstanceOf(EnterpriseSummary.class))
                .join()
                .orElseThrow(() -> new NotFound("enterprise " + enterpriseId + " is not registered"));
        Guards.requireAccess(actor, enterprise.enterpriseId(), enterprise.region());
        return new Credit(credit.levelsOf(id), credit.blacklistingOf(id).orElse(null));
    }

    @Operation(summary = "Take the enterprise off the illegal-discharge blacklist (credit repair), with the reason")
    @PostMapping("/blacklist-lifting")
    ResponseEntity<Void> lift(@PathVariable String enterpriseId, @Valid @RequestBody Lifting body, @AuthenticationPrincipal Actor actor) {
        dispatcher.send(new LiftBlacklisting(EnterpriseId.of(enterpriseId), body.reason(), actor, clock.instant()));
        return ResponseEntity.noContent().build();
    }
}
