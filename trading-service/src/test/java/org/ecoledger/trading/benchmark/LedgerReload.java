package org.ecoledger.trading.benchmark;

import org.axonframework.common.caching.Cache;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.modelling.command.Repository;
import org.ecoledger.local.RunningService;
import org.springframework.jdbc.core.JdbcTemplate;

import javax.sql.DataSource;
import java.util.Locale;
import java.util.Map;

/**
 * What a restart costs the busiest ledger: it is dropped from the service's cache after the run
 * and loaded again through the aggregate's repository, as the first command after a restart loads
 * it, from its last snapshot and the events after it. The snapshot interval trades this replay
 * against the snapshots' cost under load; with snapshots off for the run
 * ({@code ECOLEDGER_TRADING_SNAPSHOTEVERY}) it is the replay of every event the run wrote.
 */
final class LedgerReload {

    private LedgerReload() {
    }

    static String measure(RunningService service) {
        JdbcTemplate jdbc = new JdbcTemplate(service.bean(DataSource.class));
        Map<String, Object> busiest = jdbc.queryForMap("""
                SELECT aggregateIdentifier AS ledger, max(sequenceNumber) AS head FROM DomainEventEntry
                GROUP BY aggregateIdentifier ORDER BY 2 DESC LIMIT 1""");
        String ledger = (String) busiest.get("ledger");
        long head = ((Number) busiest.get("head")).longValue();
        Long snapshot = jdbc.queryForObject("SELECT max(sequenceNumber) FROM SnapshotEventEntry WHERE aggregateIdentifier = ?",
                Long.class, ledger);
        long replayed = snapshot == null ? head + 1 : head - snapshot;
        service.bean(Cache.class).remove(ledger);
        Repository<?> repository = service.bean(Repository.class);
        long from = System.nanoTime();
        var loaded = DefaultUnitOfWork.startAndGet(null).executeWithResult(() -> repository.load(ledger));
        long nanos = System.nanoTime() - from;
        if (loaded.isExceptional()) {
            return "The ledger " + ledger + " could not be loaded again: " + loaded.exceptionResult();
        }
        return String.format(Locale.ROOT, "Loading the ledger %s again, as after a restart: %.2f s, from %s and %d events after it "
                        + "(%.0f events/s replayed; its head is at event %d).", ledger, nanos / 1e9,
                snapshot == null ? "no snapshot" : "its snapshot at event " + snapshot, replayed, replayed / (nanos / 1e9), head);
    }
}
