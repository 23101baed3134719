package org.ecoledger.trading.ledger;

import org.ecoledger.common.trading.TradingRefusalReason;

/**
 * What a ledger command answers. A refusal is not an exception: its event must commit, because
 * the bureau audits refusals, so the handler returns normally and the web layer answers 409.
 */
public sealed interface LedgerOutcome {

    static LedgerOutcome done(Object result) {
        return new Done(result);
    }

    record Done(Object result) implements LedgerOutcome {
    }

    record Refused(String request, TradingRefusalReason reason, String detail) implements LedgerOutcome {
    }
}
