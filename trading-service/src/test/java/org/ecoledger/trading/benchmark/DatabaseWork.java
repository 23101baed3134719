package org.ecoledger.trading.benchmark;

import org.springframework.jdbc.core.JdbcTemplate;

import javax.sql.DataSource;
import java.util.List;
import java.util.Locale;

/**
 * What PostgreSQL did between two readings, from its own statistics: commits, the write-ahead log
 * (and how much of it was full-page images, which a write to a page not touched since the last
 * checkpoint costs in full), blocks it had to read from outside its buffers, and checkpoints. Its
 * CPU alone does not say which of the service's writes it spends it on.
 */
final class DatabaseWork {

    record Reading(long commits, long walRecords, long walFullPages, long walBytes, long blocksRead, long blocksHit, long checkpoints) {
    }

    private final JdbcTemplate jdbc;

    DatabaseWork(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
    }

    Reading read() {
        return jdbc.queryForObject("""
                SELECT d.xact_commit, w.wal_records, w.wal_fpi, w.wal_bytes::bigint, d.blks_read, d.blks_hit,
                       (SELECT num_timed + num_requested FROM pg_stat_checkpointer)
                FROM pg_stat_database d, pg_stat_wal w WHERE d.datname = current_database()""",
                (rs, row) -> new Reading(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5), rs.getLong(6), rs.getLong(7)));
    }

    /** The schema's largest tables and indexes at the end, with their sizes: what no longer fits in the buffers. */
    List<String> largestRelations(int limit) {
        return jdbc.query("""
                SELECT c.relname, pg_relation_size(c.oid) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'i') ORDER BY 2 DESC LIMIT ?""",
                (rs, row) -> String.format(Locale.ROOT, "%s %d MB", rs.getString(1), rs.getLong(2) >> 20), limit);
    }

    String sharedBuffers() {
        return jdbc.queryForObject("SHOW shared_buffers", String.class);
    }

    static String describe(Reading from, Reading to, double seconds, double items, List<String> largest, String sharedBuffers) {
        long walBytes = to.walBytes() - from.walBytes();
        long records = to.walRecords() - from.walRecords();
        long fullPages = to.walFullPages() - from.walFullPages();
        long read = to.blocksRead() - from.blocksRead();
        long hit = to.blocksHit() - from.blocksHit();
        return String.format(Locale.ROOT, "PostgreSQL in the measured phase: %.0f commits/s; write-ahead log %.1f MB/s (%.0f bytes per order "
                        + "and cancellation), %.0f records/s of which %.0f full-page images/s; %.0f blocks/s read from outside its buffers "
                        + "(%.2f %% of blocks asked for); %d checkpoints. Shared buffers %s; largest relations at the end: %s.",
                (to.commits() - from.commits()) / seconds, walBytes / seconds / 1e6, items == 0 ? 0 : walBytes / items, records / seconds,
                fullPages / seconds, read / seconds, read + hit == 0 ? 0 : 100.0 * read / (read + hit), to.checkpoints() - from.checkpoints(),
                sharedBuffers, String.join(", ", largest));
    }
}
