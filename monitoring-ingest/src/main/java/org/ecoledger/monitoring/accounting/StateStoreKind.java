package org.ecoledger.monitoring.accounting;

/** How the accounting's state stores keep their data locally; both are backed by changelog topics. */
public enum StateStoreKind {
    /** RocksDB on local disk: restarts resume from disk and only replay the changelog's tail. */
    PERSISTENT,
    /** On the heap: for tests that want no disk, and small deployments that can afford a full restore. */
    IN_MEMORY
}
