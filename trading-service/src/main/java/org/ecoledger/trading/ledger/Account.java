package org.ecoledger.trading.ledger;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import org.ecoledger.common.trading.QuotaClass;

import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.TreeMap;

/**
 * An enterprise's trading account, or a region's government reserve: cash in fen and holdings of
 * rights in grams per quota class (keyed by {@link QuotaClass#key()}, so that a snapshot is plain
 * JSON), and the settlement bank's references of its latest cash movements, so that a bank's retry
 * is recognised.
 */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY)
final class Account {

    private long number;
    private boolean buyingRestricted;
    private final Balance cash;
    private final Map<String, Balance> holdings = new TreeMap<>();
    /** "deposit:" or "withdrawal:" and the bank's reference, oldest first; a few per account, never the whole history. */
    private final LinkedHashSet<String> bankMovements = new LinkedHashSet<>();

    Account() {
        this(0);
    }

    Account(long number) {
        this.number = number;
        this.cash = new Balance();
    }

    private Account(Account live) {
        this.number = live.number;
        this.buyingRestricted = live.buyingRestricted;
        this.cash = live.cash.copy();
        live.holdings.forEach((quotaClass, holding) -> holdings.put(quotaClass, holding.copy()));
        bankMovements.addAll(live.bankMovements);
    }

    /** A copy that shares nothing that changes with this account. */
    Account copy() {
        return new Account(this);
    }

    long number() {
        return number;
    }

    Balance cash() {
        return cash;
    }

    Balance holding(QuotaClass quotaClass) {
        return holdings.computeIfAbsent(quotaClass.key(), key -> new Balance());
    }

    long available(QuotaClass quotaClass) {
        Balance holding = holdings.get(quotaClass.key());
        return holding == null ? 0 : holding.available();
    }

    Map<String, Balance> holdings() {
        return holdings;
    }

    boolean recordedBankMovement(String movement) {
        return bankMovements.contains(movement);
    }

    void rememberBankMovement(String movement, int limit) {
        bankMovements.add(movement);
        Iterator<String> oldest = bankMovements.iterator();
        while (bankMovements.size() > limit) {
            oldest.next();
            oldest.remove();
        }
    }

    boolean buyingRestricted() {
        return buyingRestricted;
    }

    void restrictBuying(boolean restricted) {
        this.buyingRestricted = restricted;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Account that && number == that.number && buyingRestricted == that.buyingRestricted
                && cash.equals(that.cash) && holdings.equals(that.holdings) && bankMovements.equals(that.bankMovements);
    }

    @Override
    public int hashCode() {
        return Long.hashCode(number) * 31 + holdings.hashCode();
    }

    @Override
    public String toString() {
        return "account " + number + (buyingRestricted ? " (buying restricted)" : "") + ": cash " + cash + ", holdings " + holdings;
    }
}
