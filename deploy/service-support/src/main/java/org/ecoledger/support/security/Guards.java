package org.ecoledger.support.security;

import org.ecoledger.common.value.Actor;
import org.ecoledger.common.value.ActorRole;
import org.ecoledger.common.value.EnterpriseId;
import org.ecoledger.common.value.RegionCode;
import org.ecoledger.support.web.NotPermitted;

import java.util.Arrays;

/** Authorization checks the aggregates make before deciding anything. */
public final class Guards {

    private Guards() {
    }

    public static void requireRole(Actor actor, String action, ActorRole... allowed) {
        if (Arrays.stream(allowed).noneMatch(actor::is)) {
            throw new NotPermitted("a " + actor.role().name().toLowerCase() + " may not " + action);
        }
    }

    public static void requireAccess(Actor actor, EnterpriseId owner, RegionCode region) {
        if (!actor.mayAccess(owner, region)) {
            throw new NotPermitted(actor.role() == ActorRole.ENTERPRISE
                    ? "an enterprise may act only on its own data"
                    : "enterprise " + owner + " is outside the actor's jurisdiction");
        }
    }
}
