package org.ecoledger.permit.benchmark;

import org.ecoledger.local.ApiClient;
import org.ecoledger.permit.support.Requests;

/** The steps of a permit's life the benchmark walks through, in this order, each one POST. */
enum PermitCommand {
    APPLY("apply"),
    CONFIRM_COMPLETENESS("confirm completeness"),
    ISSUE("issue"),
    SUSPEND("suspend"),
    REINSTATE("reinstate");

    // Serialized once: the benchmark measures the service, not the client's JSON writer.
    private static final String APPLICATION = ApiClient.json(Requests.keyPermitApplication());
    private static final String NO_BODY = "{}";
    private static final String OPINION = ApiClient.json(Requests.opinion("Meets GB 13223-2011."));
    private static final String SUSPENSION = ApiClient.json(Requests.reason("Online monitoring data missing for 30 days."));
    private static final String REINSTATEMENT = ApiClient.json(Requests.reason("Monitoring restored and data backfilled."));

    private final String label;

    PermitCommand(String label) {
        this.label = label;
    }

    String label() {
        return label;
    }

    /** The command after this one; after reinstatement the client starts on a new permit. */
    PermitCommand next() {
        PermitCommand[] all = values();
        return all[(ordinal() + 1) % all.length];
    }

    /** The enterprise applies; a reviewer of its region takes every later step. */
    boolean sentByEnterprise() {
        return this == APPLY;
    }

    String path(String enterpriseId, String permitId) {
        return switch (this) {
            case APPLY -> "/api/enterprises/" + enterpriseId + "/permit-applications";
            case CONFIRM_COMPLETENESS -> "/api/permits/" + permitId + "/completeness-confirmation";
            case ISSUE -> "/api/permits/" + permitId + "/issuance";
            case SUSPEND -> "/api/permits/" + permitId + "/suspension";
            case REINSTATE -> "/api/permits/" + permitId + "/reinstatement";
        };
    }

    String body() {
        return switch (this) {
            case APPLY -> APPLICATION;
            case CONFIRM_COMPLETENESS -> NO_BODY;
            case ISSUE -> OPINION;
            case SUSPEND -> SUSPENSION;
            case REINSTATE -> REINSTATEMENT;
        };
    }
}
