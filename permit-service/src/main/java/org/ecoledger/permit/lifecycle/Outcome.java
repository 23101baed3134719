package org.ecoledger.permit.lifecycle;

import org.ecoledger.common.permit.PermitRefusalReason;
import org.ecoledger.common.permit.PermitTransition;

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

    record Accepted() implements Outcome {
    }

    record Refused(PermitTransition transition, PermitRefusalReason reason, String detail) implements Outcome {
    }
}
