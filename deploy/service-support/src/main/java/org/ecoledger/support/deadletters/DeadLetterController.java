package org.ecoledger.support.deadletters;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.ecoledger.common.value.Actor;
import org.ecoledger.common.value.ActorRole;
import org.ecoledger.support.security.Guards;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** The service's dead letters, for its administrators: what is parked, why, and a retry once the cause is mended. */
@RestController
@RequestMapping("/api/operations/dead-letters")
@Tag(name = "operations", description = "For the platform's administrators")
class DeadLetterController {

    private final DeadLetters deadLetters;

    DeadLetterController(DeadLetters deadLetters) {
        this.deadLetters = deadLetters;
    }

    @GetMapping
    @Operation(summary = "Each processing group with a dead-letter queue, and how many sequences and events it has parked")
    List<DeadLetters.Queue> queues(@AuthenticationPrincipal Actor actor) {
        Guards.requireRole(actor, "see dead letters", ActorRole.ADMIN);
        return deadLetters.queues();
    }

    @GetMapping("/{processingGroup}")
    @Operation(summary = "A processing group's parked sequences, each with the event that blocks it and why")
    List<DeadLetters.Sequence> sequences(@PathVariable String processingGroup, @RequestParam(defaultValue = "50") int limit,
                                         @AuthenticationPrincipal Actor actor) {
        Guards.requireRole(actor, "see dead letters", ActorRole.ADMIN);
        return deadLetters.sequences(processingGroup, limit);
    }

    @PostMapping("/{processingGroup}/retries")
    @Operation(summary = "Hands each parked sequence of the group to its handlers once more; those that fail again stay parked")
    DeadLetters.Retry retry(@PathVariable String processingGroup, @AuthenticationPrincipal Actor actor) {
        Guards.requireRole(actor, "retry dead letters", ActorRole.ADMIN);
        return deadLetters.retry(processingGroup);
    }
}
