package org.ecoledger.trading.ledger;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.ecoledger.support.web.RequestRefused;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Sends ledger commands one at a time and turns a recorded refusal into {@link RequestRefused} (409). */
@Service
public class LedgerCommands {

    private final CommandGateway commands;

    LedgerCommands(CommandGateway commands) {
        this.commands = commands;
    }

    /** A refusal commits: its event is the audit record of the refusal. */
    @Transactional(noRollbackFor = RequestRefused.class)
    public <R> R send(Object command) {
        return resultOf(commands.sendAndWait(command));
    }

    /** The result of a ledger decision, or the refusal as {@link RequestRefused}. */
    @SuppressWarnings("unchecked")
    public static <R> R resultOf(Object outcome) {
        if (outcome instanceof LedgerOutcome.Refused refused) {
            throw new RequestRefused(refused.request(), refused.reason().name(), refused.detail());
        }
        if (outcome instanceof LedgerOutcome.Done done) {
            return (R) done.result();
        }
        return (R) outcome;
    }
}
