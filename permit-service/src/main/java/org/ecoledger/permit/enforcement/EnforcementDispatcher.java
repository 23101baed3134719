package org.ecoledger.permit.enforcement;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.ecoledger.support.web.RequestRefused;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Sends enforcement commands from the web layer and turns a recorded refusal into {@link RequestRefused}. */
@Service
public class EnforcementDispatcher {

    private final CommandGateway commands;

    EnforcementDispatcher(CommandGateway commands) {
        this.commands = commands;
    }

    /** A refusal commits: its event is the audit record of the refusal. */
    @Transactional(noRollbackFor = RequestRefused.class)
    public <R> R send(Object command) {
        R result = commands.sendAndWait(command);
        if (result instanceof EnforcementOutcome.Refused refused) {
            throw new RequestRefused(refused.request(), refused.reason(), refused.detail());
        }
        return result;
    }
}
