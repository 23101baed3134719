package org.ecoledger.trading.operations;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.ecoledger.common.value.EnterpriseId;
import org.ecoledger.trading.api.CashDeposited;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A handler with a defect that can be mended while the service runs: in its own dead-lettering
 * processing group, it fails every deposit of {@link #ENTERPRISE} until {@link #mended} is set.
 * Added to the service only by {@link DeadLettersIT} (as a source), never found by the scan.
 */
@ProcessingGroup(DeadLetterProbe.PROCESSING_GROUP)
public class DeadLetterProbe {

    static final String PROCESSING_GROUP = "dead-letter-probe";
    static final String ENTERPRISE = "91510104MA6TWP007" + EnterpriseId.checkCharacter("91510104MA6TWP007");

    static volatile boolean mended;
    static final List<String> handledDeposits = new CopyOnWriteArrayList<>();

    @EventHandler
    void on(CashDeposited deposit) {
        if (!deposit.enterprise().value().equals(ENTERPRISE)) {
            return;
        }
        if (!mended) {
            throw new IllegalStateException("the probe's defect: it cannot handle deposits yet");
        }
        handledDeposits.add(deposit.bankReference());
    }
}
