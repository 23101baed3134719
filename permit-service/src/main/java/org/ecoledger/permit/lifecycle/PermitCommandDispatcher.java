package org.ecoledger.permit.lifecycle;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.ecoledger.common.permit.ResponsibleCommitment;
import org.ecoledger.permit.personaldata.PersonalDataVault;
import org.ecoledger.support.web.RequestRefused;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.function.Function;

/**
 * Sends permit commands and turns a recorded refusal into {@link RequestRefused}. Runs in one
 * transaction with the personal-data store, so a signed commitment and the event that refers to
 * it commit together or not at all.
 */
@Service
class PermitCommandDispatcher {

    private final CommandGateway commands;
    private final PersonalDataVault vault;

    PermitCommandDispatcher(CommandGateway commands, PersonalDataVault vault) {
        this.commands = commands;
        this.vault = vault;
    }

    /** A refusal commits: its event is the audit record of the refusal. */
    @Transactional(noRollbackFor = RequestRefused.class)
    <R> R send(Object command) {
        R result = commands.sendAndWait(command);
        if (result instanceof Outcome.Refused refused) {
            throw new RequestRefused(refused.transition().name(), refused.reason().name(), refused.detail());
        }
        return result;
    }

    /**
     * Stores the signer in the erasable store and sends the command built around the commitment,
     * which keeps only the reference and the statement's digest.
     */
    @Transactional(noRollbackFor = RequestRefused.class)
    <R> R signAndSend(PermitRequests.Commitment commitment, Instant at, Function<ResponsibleCommitment, Object> command) {
        String ref = vault.store(commitment.responsiblePerson(), commitment.statement(), at);
        return send(command.apply(new ResponsibleCommitment(ref, sha256(commitment.statement()), commitment.signedAt())));
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime provides SHA-256", e);
        }
    }
}
