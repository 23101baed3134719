package org.ecoledger.trading.ledger;

/**
 * An aggregate that can hand its snapshotter a copy of its state, taken while it is locked and
 * serialized after the lock is let go, so that commands wait only for the copy.
 */
public interface SnapshotSource {

    /**
     * A copy of this aggregate, of its own class, that serializes exactly as this one does now and
     * shares nothing that a later command changes.
     */
    Object copyForSnapshot();
}
