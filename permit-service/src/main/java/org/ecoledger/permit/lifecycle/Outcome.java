package org.ecoledger.permit.lifecycle;

import org.ecoledger.common.permit.PermitRefusalReason;
import org.ecoledger.common.permit.PermitTransition;
import org.ecoledger.common.trading.QuotaRequirement;

import java.util.List;

/**
 * What a permit command handler answers. A refusal is not an exception: its event must commit,
 * because the regulator audits refusals, so the handler returns normally and the web layer turns
 * the refusal into a 409.
 */
public sealed interface Outcome {

    Outcome ACCEPTED = new Accepted();

    static Outcome refused(PermitTransition transition, PermitRefusalReason reason, String detail) {
        return new Refused(transition, reason, detail);
    }

    static Outcome heldForQuota(List<QuotaRequirement> requirements) {
        return new HeldForQuota(requirements);
    }

    record Accepted() implements Outcome {
    }

    record Refused(PermitTransition transition, PermitRefusalReason reason, String detail) implements Outcome {
    }

    /** Accepted, but it takes effect only once these emission rights are retired. */
    record HeldForQuota(List<QuotaRequirement> requirements) implements Outcome {
    }
}
