package org.ecoledger.common.enforcement.query;

import org.ecoledger.common.enforcement.Penalties;
import org.ecoledger.common.value.ActorRole;

import java.time.Instant;
import java.util.List;

/**
 * A step of a case: who, when, why. {@code decision} numbers decisions; {@code supersededBy} is set
 * on a decision a later one replaced.
 */
public record CaseHistoryEntry(
        String step,
        Integer decision,
        Integer supersededBy,
        boolean refused,
        String actorSubject,
        ActorRole actorRole,
        Instant at,
        String text,
        Penalties penalties,
        List<String> evidence) {
}
