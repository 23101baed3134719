package org.ecoledger.monitoring.device;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.ecoledger.common.monitoring.DeviceMn;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * Each device's connection state and frame counts, kept in memory on the hot path and written
 * to {@code device_activity} every few seconds, so that counting costs no database write per frame.
 */
@Component
public class DeviceActivity {

    private static final TypeReference<Map<String, Long>> COUNTS = new TypeReference<>() {
    };

    /**
     * Devices whose activity is written in one transaction: row by row, each in a commit of its own, the flush of 10,000
     * connected devices was 2,000 commits a second, each waiting for the WAL on disk, on the cores the ingest runs on.
     */
    private static final int DEVICES_PER_TRANSACTION = 1000;

    private final JdbcClient jdbc;
    private final JdbcTemplate batches;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final ObjectMapper json;
    private final Map<DeviceMn, Pending> pending = new ConcurrentHashMap<>();
    /** Devices written since {@link #takeWritten()} last ran, each with whether it connected or disconnected meanwhile. */
    private final Map<DeviceMn, Boolean> written = new ConcurrentHashMap<>();

    DeviceActivity(JdbcClient jdbc, JdbcTemplate batches, TransactionTemplate transactions, Clock clock, ObjectMapper json) {
        this.jdbc = jdbc;
        this.batches = batches;
        this.transactions = transactions;
        this.clock = clock;
        this.json = json;
    }

    private static final Comparator<DeviceMn> BY_MN = Comparator.comparing(DeviceMn::value);

    private static final class Pending {
        Boolean connected;
        Instant lastFrameAt;
        Instant lastDataTime;
        long accepted;
        final Map<String, Long> rejections = new TreeMap<>();

        /** Takes in what an earlier, unwritten pending held: this one is newer, so its connection state wins. */
        Pending withEarlier(Pending earlier) {
            connected = connected != null ? connected : earlier.connected;
            lastFrameAt = latest(lastFrameAt, earlier.lastFrameAt);
            lastDataTime = latest(lastDataTime, earlier.lastDataTime);
            accepted += earlier.accepted;
            earlier.rejections.forEach((reason, count) -> rejections.merge(reason, count, Long::sum));
            return this;
        }

        private static Instant latest(Instant a, Instant b) {
            return a == null ? b : b == null || a.isAfter(b) ? a : b;
        }
    }

    private void update(DeviceMn mn, Consumer<Pending> change) {
        pending.compute(mn, (key, value) -> {
            Pending p = value == null ? new Pending() : value;
            p.lastFrameAt = clock.instant();
            change.accept(p);
            return p;
        });
    }

    public void connected(DeviceMn mn, boolean connected) {
        update(mn, p -> p.connected = connected);
    }

    public void dataReceived(DeviceMn mn, Instant dataTime) {
        update(mn, p -> p.lastDataTime = p.lastDataTime == null || dataTime.isAfter(p.lastDataTime) ? dataTime : p.lastDataTime);
    }

    public void accepted(DeviceMn mn) {
        update(mn, p -> p.accepted++);
    }

    public void rejected(DeviceMn mn, String reason) {
        update(mn, p -> p.rejections.merge(reason, 1L, Long::sum));
    }

    @Scheduled(fixedDelayString = "PT5S")
    void flush() {
        // In MN order, so that two flushes writing the same devices (the schedule's and a status request's) lock their rows
        // in the same order and cannot deadlock.
        List<DeviceMn> mns = pending.keySet().stream().sorted(BY_MN).toList();
        for (int from = 0; from < mns.size(); from += DEVICES_PER_TRANSACTION) {
            Map<DeviceMn, Pending> taken = new LinkedHashMap<>();
            for (DeviceMn mn : mns.subList(from, Math.min(from + DEVICES_PER_TRANSACTION, mns.size()))) {
                Pending p = pending.remove(mn);
                if (p != null) {
                    taken.put(mn, p);
                }
            }
            try {
                write(taken);
            } catch (RuntimeException e) {
                // The counts were taken out of memory for this write; put back, they go with the next flush rather than be lost.
                taken.forEach((mn, p) -> pending.merge(mn, p, Pending::withEarlier));
                throw e;
            }
            taken.forEach((mn, p) -> written.merge(mn, p.connected != null, Boolean::logicalOr));
        }
    }

    /**
     * The devices whose activity was written to the table since the last call, each with whether it
     * connected or disconnected meanwhile; for publishing what changed without reading every device.
     */
    public Map<DeviceMn, Boolean> takeWritten() {
        Map<DeviceMn, Boolean> taken = new HashMap<>();
        for (DeviceMn mn : written.keySet()) {
            Boolean connectionChanged = written.remove(mn);
            if (connectionChanged != null) {
                taken.put(mn, connectionChanged);
            }
        }
        return taken;
    }

    private void write(Map<DeviceMn, Pending> devices) {
        if (devices.isEmpty()) {
            return;
        }
        List<Object[]> rows = new ArrayList<>(devices.size());
        devices.forEach((mn, p) -> rows.add(new Object[] {mn.value(), p.connected, ts(p.lastFrameAt), ts(p.lastDataTime), p.accepted,
            toJson(p.rejections), p.connected}));
        transactions.executeWithoutResult(status -> batches.batchUpdate("""
                        INSERT INTO device_activity (mn, connected, last_frame_at, last_data_time, accepted_frames, rejections)
                        VALUES (?, COALESCE(?, FALSE), ?, ?, ?, ?::jsonb)
                        ON CONFLICT (mn) DO UPDATE SET
                            connected = COALESCE(?, device_activity.connected),
                            last_frame_at = GREATEST(device_activity.last_frame_at, EXCLUDED.last_frame_at),
                            last_data_time = GREATEST(device_activity.last_data_time, EXCLUDED.last_data_time),
                            accepted_frames = device_activity.accepted_frames + EXCLUDED.accepted_frames,
                            rejections = (SELECT COALESCE(jsonb_object_agg(k, COALESCE((device_activity.rejections ->> k)::bigint, 0)
                                                                             + COALESCE((EXCLUDED.rejections ->> k)::bigint, 0)), '{}')
                                          FROM (SELECT jsonb_object_keys(device_activity.rejections || EXCLUDED.rejections) AS k) keys)""",
                rows));
    }

    /** What the registry shows of a device's activity: connection, last frame and data time, counts by outcome. */
    public record Status(boolean connected, Instant lastFrameAt, Instant lastDataTime, long acceptedFrames, Map<String, Long> rejections) {
    }

    /** A device that never sent anything. */
    private static final Status SILENT = new Status(false, null, null, 0, Map.of());

    public Status status(DeviceMn mn) {
        flush();
        return statusIn(statuses(List.of(mn)), mn);
    }

    /** The devices' activity as last written (not what is still pending in memory); a device that never sent anything is left out. */
    public Map<DeviceMn, Status> statuses(Collection<DeviceMn> mns) {
        Map<DeviceMn, Status> statuses = new HashMap<>();
        jdbc.sql("""
                        SELECT mn, connected, last_frame_at, last_data_time, accepted_frames, rejections::text AS rejections
                        FROM device_activity WHERE mn = ANY(?)""")
                .param(mns.stream().map(DeviceMn::value).toArray(String[]::new))
                .query(rs -> {
                    statuses.put(DeviceMn.of(rs.getString("mn")), new Status(rs.getBoolean("connected"), instant(rs.getTimestamp("last_frame_at")),
                            instant(rs.getTimestamp("last_data_time")), rs.getLong("accepted_frames"), readCounts(rs.getString("rejections"))));
                });
        return statuses;
    }

    /** A device's status, or that of one that never sent anything. */
    public static Status statusIn(Map<DeviceMn, Status> statuses, DeviceMn mn) {
        return statuses.getOrDefault(mn, SILENT);
    }

    private Map<String, Long> readCounts(String value) {
        try {
            return json.readValue(value, COUNTS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable rejection counts", e);
        }
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    private String toJson(Map<String, Long> rejections) {
        try {
            return json.writeValueAsString(rejections);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Timestamp ts(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }
}
