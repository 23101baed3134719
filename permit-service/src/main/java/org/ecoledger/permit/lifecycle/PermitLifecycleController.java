package org.ecoledger.permit.lifecycle;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.ecoledger.common.permit.PermitId;
import org.ecoledger.common.permit.PermitNumber;
import org.ecoledger.common.permit.command.AmendPermit;
import org.ecoledger.common.permit.command.ApplyForPermit;
import org.ecoledger.common.permit.command.CancelPermit;
import org.ecoledger.common.permit.command.ConfirmApplicationComplete;
import org.ecoledger.common.permit.command.CorrectApplication;
import org.ecoledger.common.permit.command.GrantRenewal;
import org.ecoledger.common.permit.command.IssuePermit;
import org.ecoledger.common.permit.command.RecordVoluntaryCommitment;
import org.ecoledger.common.permit.command.ReinstatePermit;
import org.ecoledger.common.permit.command.RejectApplication;
import org.ecoledger.common.permit.command.RequestRenewal;
import org.ecoledger.common.permit.command.RetryQuotaRequest;
import org.ecoledger.common.permit.command.ReturnApplicationAsIncomplete;
import org.ecoledger.common.permit.command.RevokePermit;
import org.ecoledger.common.permit.command.SuspendPermit;
import org.ecoledger.common.value.Actor;
import org.ecoledger.common.value.EnterpriseId;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

/** Every step of a permit's life, as one POST each. IDs and time are stamped here, never in the aggregate. */
@RestController
@RequestMapping("/api")
@Tag(name = "Permit lifecycle")
@SecurityRequirement(name = "bearer")
class PermitLifecycleController {

    private final PermitCommandDispatcher dispatcher;
    private final Clock clock;

    PermitLifecycleController(PermitCommandDispatcher dispatcher, Clock clock) {
        this.dispatcher = dispatcher;
        this.clock = clock;
    }

    @Operation(summary = "Apply for a permit (or a registration-class entry) for an enterprise")
    @PostMapping("/enterprises/{enterpriseId}/permit-applications")
    ResponseEntity<PermitRequests.Opened> apply(@PathVariable String enterpriseId, @Valid @RequestBody PermitRequests.Application body,
                                                @AuthenticationPrincipal Actor actor) {
        PermitId permitId = PermitId.of(UUID.randomUUID());
        Instant now = clock.instant();
        PermitNumber number = dispatcher.signAndSend(body.commitment(), now, commitment -> new ApplyForPermit(
                EnterpriseId.of(enterpriseId), permitId, body.managementClass(), body.terms().toTerms(),
                body.requestedValidity().toValidity(), commitment, body.newOrExpandedProject(), actor, now));
        return ResponseEntity.created(URI.create("/api/permits/" + permitId))
                .body(new PermitRequests.Opened(permitId.value(), number.value()));
    }

    @Operation(summary = "Confirm that an application is complete; it goes under review")
    @PostMapping("/permits/{permitId}/completeness-confirmation")
    ResponseEntity<Void> confirmComplete(@PathVariable String permitId, @AuthenticationPrincipal Actor actor) {
        return done(new ConfirmApplicationComplete(PermitId.of(permitId), actor, clock.instant()));
    }

    @Operation(summary = "Return an incomplete application to the enterprise with what is missing")
    @PostMapping("/permits/{permitId}/return-for-correction")
    ResponseEntity<Void> returnForCorrection(@PathVariable String permitId, @Valid @RequestBody PermitRequests.MissingItems body,
                                             @AuthenticationPrincipal Actor actor) {
        return done(new ReturnApplicationAsIncomplete(PermitId.of(permitId), body.missingItems(), actor, clock.instant()));
    }

    @Operation(summary = "Resubmit a returned application")
    @PostMapping("/permits/{permitId}/correction")
    ResponseEntity<Void> correct(@PathVariable String permitId, @Valid @RequestBody PermitRequests.Correction body,
                                 @AuthenticationPrincipal Actor actor) {
        Instant now = clock.instant();
        dispatcher.signAndSend(body.commitment(), now, commitment -> new CorrectApplication(PermitId.of(permitId),
                body.terms().toTerms(), body.requestedValidity().toValidity(), commitment, actor, now));
        return ResponseEntity.noContent().build();
    }

    @Operation(summary = "Issue the permit; without a validity the requested one is granted",
            description = "A new or expanded project's permit answers 202 with the emission rights it waits for, and is issued once they are retired.")
    @PostMapping("/permits/{permitId}/issuance")
    ResponseEntity<Outcome.HeldForQuota> issue(@PathVariable String permitId, @Valid @RequestBody PermitRequests.Issuance body,
                                               @AuthenticationPrincipal Actor actor) {
        return doneOrHeld(new IssuePermit(PermitId.of(permitId), body.validity() == null ? null : body.validity().toValidity(),
                body.opinion(), actor, clock.instant()));
    }

    @Operation(summary = "Reject an application, with reasons")
    @PostMapping("/permits/{permitId}/rejection")
    ResponseEntity<Void> reject(@PathVariable String permitId, @Valid @RequestBody PermitRequests.Reasons body,
                                @AuthenticationPrincipal Actor actor) {
        return done(new RejectApplication(PermitId.of(permitId), body.reasons(), actor, clock.instant()));
    }

    @Operation(summary = "Amend an issued permit's limits and totals (a new version; history kept)",
            description = "An amendment for a new or expanded project that raises totals answers 202 with the emission rights it waits for.")
    @PostMapping("/permits/{permitId}/amendments")
    ResponseEntity<Outcome.HeldForQuota> amend(@PathVariable String permitId, @Valid @RequestBody PermitRequests.Amendment body,
                                               @AuthenticationPrincipal Actor actor) {
        return doneOrHeld(new AmendPermit(PermitId.of(permitId), body.terms().toTerms(), body.reason(), body.newOrExpandedProject(),
                actor, clock.instant()));
    }

    @Operation(summary = "Ask trading-service again for the emission rights a held issuance or amendment waits for")
    @PostMapping("/permits/{permitId}/quota-request")
    ResponseEntity<Outcome.HeldForQuota> retryQuotaRequest(@PathVariable String permitId, @AuthenticationPrincipal Actor actor) {
        return doneOrHeld(new RetryQuotaRequest(PermitId.of(permitId), actor, clock.instant()));
    }

    @Operation(summary = "Request renewal; only within the 60 days before expiry")
    @PostMapping("/permits/{permitId}/renewal-request")
    ResponseEntity<Void> requestRenewal(@PathVariable String permitId, @Valid @RequestBody PermitRequests.RenewalRequest body,
                                        @AuthenticationPrincipal Actor actor) {
        Instant now = clock.instant();
        dispatcher.signAndSend(body.commitment(), now, commitment -> new RequestRenewal(PermitId.of(permitId), commitment, actor, now));
        return ResponseEntity.noContent().build();
    }

    @Operation(summary = "Grant a requested renewal: the permit continues for a new term")
    @PostMapping("/permits/{permitId}/renewal")
    ResponseEntity<Void> grantRenewal(@PathVariable String permitId, @Valid @RequestBody PermitRequests.Opinion body,
                                      @AuthenticationPrincipal Actor actor) {
        return done(new GrantRenewal(PermitId.of(permitId), body.opinion(), actor, clock.instant()));
    }

    @Operation(summary = "Suspend an issued permit")
    @PostMapping("/permits/{permitId}/suspension")
    ResponseEntity<Void> suspend(@PathVariable String permitId, @Valid @RequestBody PermitRequests.Reason body,
                                 @AuthenticationPrincipal Actor actor) {
        return done(new SuspendPermit(PermitId.of(permitId), body.reason(), actor, clock.instant()));
    }

    @Operation(summary = "Reinstate a suspended permit")
    @PostMapping("/permits/{permitId}/reinstatement")
    ResponseEntity<Void> reinstate(@PathVariable String permitId, @Valid @RequestBody PermitRequests.Reason body,
                                   @AuthenticationPrincipal Actor actor) {
        return done(new ReinstatePermit(PermitId.of(permitId), body.reason(), actor, clock.instant()));
    }

    @Operation(summary = "Revoke a permit for cause")
    @PostMapping("/permits/{permitId}/revocation")
    ResponseEntity<Void> revoke(@PathVariable String permitId, @Valid @RequestBody PermitRequests.Reason body,
                                @AuthenticationPrincipal Actor actor) {
        return done(new RevokePermit(PermitId.of(permitId), body.reason(), actor, clock.instant()));
    }

    @Operation(summary = "Cancel a permit that is no longer needed, or withdraw an application")
    @PostMapping("/permits/{permitId}/cancellation")
    ResponseEntity<Void> cancel(@PathVariable String permitId, @Valid @RequestBody PermitRequests.Reason body,
                                @AuthenticationPrincipal Actor actor) {
        return done(new CancelPermit(PermitId.of(permitId), body.reason(), actor, clock.instant()));
    }

    @Operation(summary = "Record annual totals stricter than permitted (tradable difference)")
    @PostMapping("/permits/{permitId}/voluntary-commitments")
    ResponseEntity<Void> commit(@PathVariable String permitId, @Valid @RequestBody PermitRequests.VoluntaryCommitments body,
                                @AuthenticationPrincipal Actor actor) {
        return done(new RecordVoluntaryCommitment(PermitId.of(permitId),
                body.commitments().stream().map(PermitRequests.Total::toCommitment).toList(), actor, clock.instant()));
    }

    private ResponseEntity<Void> done(Object command) {
        dispatcher.send(command);
        return ResponseEntity.noContent().build();
    }

    /** 202 with the rights still missing when the decision waits for them; 204 when it took effect. */
    private ResponseEntity<Outcome.HeldForQuota> doneOrHeld(Object command) {
        Object outcome = dispatcher.send(command);
        return outcome instanceof Outcome.HeldForQuota held ? ResponseEntity.accepted().body(held) : ResponseEntity.noContent().build();
    }
}
