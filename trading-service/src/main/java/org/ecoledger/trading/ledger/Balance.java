package org.ecoledger.trading.ledger;

import com.fasterxml.jackson.annotation.JsonAutoDetect;

/**
 * One balance split into what its owner may use and what open orders, bids or transfers hold.
 * Units are the caller's (fen or grams). Every method refuses to go negative: the policies check
 * first, so a refusal here is a bug in the ledger, never a user error.
 */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY)
final class Balance {

    private long available;
    private long reserved;

    Balance copy() {
        Balance copy = new Balance();
        copy.available = available;
        copy.reserved = reserved;
        return copy;
    }

    long available() {
        return available;
    }

    long reserved() {
        return reserved;
    }

    long total() {
        return available + reserved;
    }

    void credit(long amount) {
        available = Math.addExact(available, amount);
    }

    void debit(long amount) {
        requireCovered(available, amount, "available");
        available -= amount;
    }

    void reserve(long amount) {
        requireCovered(available, amount, "available");
        available -= amount;
        reserved += amount;
    }

    void release(long amount) {
        requireCovered(reserved, amount, "reserved");
        reserved -= amount;
        available += amount;
    }

    /** Takes a reserved amount out of the balance for good: it was paid or delivered. */
    void consumeReserved(long amount) {
        requireCovered(reserved, amount, "reserved");
        reserved -= amount;
    }

    private static void requireCovered(long balance, long amount, String which) {
        if (amount < 0 || amount > balance) {
            throw new IllegalStateException("the ledger would take " + amount + " from a " + which + " balance of " + balance);
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Balance that && available == that.available && reserved == that.reserved;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(available) * 31 + Long.hashCode(reserved);
    }

    @Override
    public String toString() {
        return available + " available, " + reserved + " reserved";
    }
}
