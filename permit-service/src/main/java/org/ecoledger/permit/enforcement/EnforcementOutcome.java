package org.ecoledger.permit.enforcement;

/**
 * What an enforcement command handler answers. A refusal is not an exception: its event must
 * commit, because the regulator audits refusals, so the handler returns normally and
 * {@link EnforcementDispatcher} turns the refusal into a 409.
 */
public sealed interface EnforcementOutcome {

    EnforcementOutcome ACCEPTED = new Accepted();

    static EnforcementOutcome refused(Enum<?> request, Enum<?> reason, String detail) {
        return new Refused(request.name(), reason.name(), detail);
    }

    record Accepted() implements EnforcementOutcome {
    }

    record Refused(String request, String reason, String detail) implements EnforcementOutcome {
    }
}
