package org.ecoledger.permit.violation;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.ecoledger.common.enforcement.CaseStatus;
import org.ecoledger.common.enforcement.Penalties;
import org.ecoledger.common.enforcement.Severity;
import org.ecoledger.common.enforcement.ViolationCaseId;
import org.ecoledger.common.enforcement.command.AssignCase;
import org.ecoledger.common.enforcement.command.ConfirmViolation;
import org.ecoledger.common.enforcement.command.DismissViolation;
import org.ecoledger.common.enforcement.command.ReportViolationEnded;
import org.ecoledger.common.enforcement.command.SubmitCaseStatement;
import org.ecoledger.common.enforcement.query.FindViolationCase;
import org.ecoledger.common.enforcement.query.FindViolationCases;
import org.ecoledger.common.enforcement.query.ViolationCaseDetails;
import org.ecoledger.common.enforcement.query.ViolationCasePage;
import org.ecoledger.common.permit.query.FindPermit;
import org.ecoledger.common.permit.query.PageRequest;
import org.ecoledger.common.value.Actor;
import org.ecoledger.common.value.ActorRole;
import org.ecoledger.common.value.EnterpriseId;
import org.ecoledger.common.value.RegionCode;
import org.ecoledger.permit.enforcement.EnforcementDispatcher;
import org.ecoledger.permit.register.PermitRegisterQueries;
import org.ecoledger.support.security.Guards;
import org.ecoledger.support.web.NotFound;
import org.ecoledger.support.web.NotPermitted;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;

/**
 * Violation cases: the inspectors' queue and decisions in their jurisdiction, and an enterprise's
 * own cases, statements and the showing that a violation ended. Who may do what to which case is
 * the case's decision; this layer stamps the caller, the time and the IDs.
 */
@RestController
@RequestMapping("/api")
@Tag(name = "Violation cases")
@SecurityRequirement(name = "bearer")
class ViolationCaseController {

    private final EnforcementDispatcher dispatcher;
    private final QueryGateway queries;
    private final PermitRegisterQueries register;
    private final Clock clock;

    ViolationCaseController(EnforcementDispatcher dispatcher, QueryGateway queries, PermitRegisterQueries register, Clock clock) {
        this.dispatcher = dispatcher;
        this.queries = queries;
        this.register = register;
        this.clock = clock;
    }

    @Operation(summary = "The inspectors' queue: cases in a jurisdiction (default: the caller's), gravest and oldest first")
    @GetMapping("/violation-cases")
    ViolationCasePage queue(@RequestParam(required = false) String region,
                            @RequestParam(required = false) CaseStatus status,
                            @RequestParam(required = false) Severity severity,
                            @RequestParam(defaultValue = "0") int page,
                            @RequestParam(defaultValue = "50") int size,
                            @AuthenticationPrincipal Actor actor) {
        Guards.requireRole(actor, "read the violation queue", ActorRole.INSPECTOR, ActorRole.REVIEWER, ActorRole.ADMIN);
        RegionCode requested = region == null ? null : RegionCode.of(region);
        RegionCode jurisdiction = requested;
        if (!actor.is(ActorRole.ADMIN)) {
            if (requested != null && !actor.jurisdiction().contains(requested)) {
                throw new NotPermitted("region " + requested + " is outside the caller's jurisdiction");
            }
            jurisdiction = requested == null ? actor.jurisdiction() : requested;
        }
        return queries.query(new FindViolationCases(jurisdiction, status, severity, null, new PageRequest(page, size)),
                ViolationCasePage.class).join();
    }

    @Operation(summary = "An enterprise's cases: its own, or for the bureau those in its jurisdiction")
    @GetMapping("/enterprises/{enterpriseId}/violation-cases")
    ViolationCasePage casesOf(@PathVariable String enterpriseId, @RequestParam(defaultValue = "0") int page,
                              @RequestParam(defaultValue = "50") int size, @AuthenticationPrincipal Actor actor) {
        EnterpriseId id = EnterpriseId.of(enterpriseId);
        if (actor.is(ActorRole.ENTERPRISE)) {
            Guards.requireAccess(actor, id, null);
        }
        ViolationCasePage cases = queries.query(new FindViolationCases(null, null, null, id, new PageRequest(page, size)),
                ViolationCasePage.class).join();
        cases.items().forEach(c -> Guards.requireAccess(actor, c.enterpriseId(), c.region()));
        return cases;
    }

    @Operation(summary = "One case with its evidence, decision, penalties and every step")
    @GetMapping("/violation-cases/{caseId}")
    ViolationCaseDetails details(@PathVariable String caseId, @AuthenticationPrincipal Actor actor) {
        ViolationCaseDetails details = find(ViolationCaseId.of(caseId));
        Guards.requireAccess(actor, details.summary().enterpriseId(), details.summary().region());
        return details;
    }

    @Operation(summary = "Take a case, or give it to another inspector of the region")
    @PostMapping("/violation-cases/{caseId}/assignment")
    ResponseEntity<Void> assign(@PathVariable String caseId, @RequestBody(required = false) CaseRequests.Assignment body,
                                @AuthenticationPrincipal Actor actor) {
        String assignee = body == null || body.assignee() == null || body.assignee().isBlank() ? actor.subject() : body.assignee();
        return done(new AssignCase(ViolationCaseId.of(caseId), assignee, actor, clock.instant()));
    }

    @Operation(summary = "The enterprise's statement and evidence, before the decision")
    @PostMapping("/violation-cases/{caseId}/statements")
    ResponseEntity<Void> statement(@PathVariable String caseId, @Valid @RequestBody CaseRequests.Statement body,
                                   @AuthenticationPrincipal Actor actor) {
        return done(new SubmitCaseStatement(ViolationCaseId.of(caseId), body.statement(), body.evidence(), actor, clock.instant()));
    }

    @Operation(summary = "Confirm the violation with penalties; on a decided case, name the decision it supersedes")
    @PostMapping("/violation-cases/{caseId}/confirmation")
    ResponseEntity<Void> confirm(@PathVariable String caseId, @Valid @RequestBody CaseRequests.Confirmation body,
                                 @AuthenticationPrincipal Actor actor) {
        ViolationCaseId id = ViolationCaseId.of(caseId);
        Penalties penalties = body.penalties().toPenalties();
        if (penalties.suspendedPermit() != null) {
            requirePermitOfTheCase(id, penalties, actor);
        }
        return done(new ConfirmViolation(id, penalties, body.reason(), body.supersedes(), actor, clock.instant()));
    }

    @Operation(summary = "Dismiss the case with a reason; on a decided case, name the decision it supersedes")
    @PostMapping("/violation-cases/{caseId}/dismissal")
    ResponseEntity<Void> dismiss(@PathVariable String caseId, @Valid @RequestBody CaseRequests.Dismissal body,
                                 @AuthenticationPrincipal Actor actor) {
        return done(new DismissViolation(ViolationCaseId.of(caseId), body.reason(), body.supersedes(), actor, clock.instant()));
    }

    @Operation(summary = "The enterprise shows the violation has ended: the daily penalty stops, a rectification order is met")
    @PostMapping("/violation-cases/{caseId}/violation-end")
    ResponseEntity<Void> violationEnded(@PathVariable String caseId, @Valid @RequestBody CaseRequests.Statement body,
                                        @AuthenticationPrincipal Actor actor) {
        return done(new ReportViolationEnded(ViolationCaseId.of(caseId), body.statement(), body.evidence(), actor, clock.instant()));
    }

    /** A suspension names one of the case's enterprise's own permits, or the request is malformed. */
    private void requirePermitOfTheCase(ViolationCaseId id, Penalties penalties, Actor actor) {
        ViolationCaseDetails details = find(id);
        Guards.requireAccess(actor, details.summary().enterpriseId(), details.summary().region());
        EnterpriseId owner = details.summary().enterpriseId();
        boolean ours = register.handle(new FindPermit(penalties.suspendedPermit()))
                .map(p -> p.summary().enterpriseId().equals(owner))
                .orElse(false);
        if (!ours) {
            throw new IllegalArgumentException("permit " + penalties.suspendedPermit() + " is not a permit of enterprise " + owner);
        }
    }

    private ViolationCaseDetails find(ViolationCaseId id) {
        return queries.query(new FindViolationCase(id), ResponseTypes.optionalInstanceOf(ViolationCaseDetails.class)).join()
                .orElseThrow(() -> new NotFound("no violation case " + id));
    }

    private ResponseEntity<Void> done(Object command) {
        dispatcher.send(command);
        return ResponseEntity.noContent().build();
    }
}
