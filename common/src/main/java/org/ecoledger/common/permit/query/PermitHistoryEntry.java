package org.ecoledger.common.permit.query;

import org.ecoledger.common.permit.PermitTransition;
import org.ecoledger.common.value.ActorRole;

import java.time.Instant;

/** One step of a permit's life: what was done (or refused), by whom, when and why. */
public record PermitHistoryEntry(
        PermitTransition transition,
        boolean refused,
        String actorSubject,
        ActorRole actorRole,
        Instant at,
        String reason) {
}
