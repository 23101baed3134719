package org.ecoledger.monitoring.device;

import org.ecoledger.common.monitoring.CrcVariant;
import org.ecoledger.common.monitoring.DeviceFraming;
import org.ecoledger.common.monitoring.DeviceMn;
import org.ecoledger.common.monitoring.DeviceSecret;
import org.ecoledger.common.monitoring.ProtocolEdition;
import org.ecoledger.common.value.EnterpriseId;
import org.ecoledger.common.value.OutletCode;
import org.ecoledger.common.value.RegionCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The ingest's view of the registry, read on every frame, so cached. This instance's projection
 * evicts what changed at once; entries are also read again once they are {@link #TIME_TO_LIVE}
 * old, which bounds how long another instance's change (a suspension, a rotated secret) takes to
 * reach this one. An expired entry is read again behind the frame that found it, in batches, and
 * serves meanwhile; one older than {@link #LONGEST_USE} (its refresh failed) is read again before
 * it is used. Read one by one on the frame's thread, 10,000 connected devices cost 1,000 queries
 * a second.
 */
@Component
public class DeviceDirectory implements DisposableBean {

    static final Duration TIME_TO_LIVE = Duration.ofSeconds(10);
    static final Duration LONGEST_USE = TIME_TO_LIVE.multipliedBy(2);
    private static final int DEVICES_PER_QUERY = 500;
    private static final Logger log = LoggerFactory.getLogger(DeviceDirectory.class);

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Map<DeviceMn, Cached> cache = new ConcurrentHashMap<>();
    private final Set<DeviceMn> expired = ConcurrentHashMap.newKeySet();
    private final AtomicBoolean refreshing = new AtomicBoolean();
    private final ExecutorService refresher = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "device-directory-refresh");
        thread.setDaemon(true);
        return thread;
    });

    DeviceDirectory(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Compared by identity: a refresh replaces only the very entry it saw expire. */
    private static final class Cached {
        private final Optional<RegisteredDevice> device;
        private final Instant loadedAt;

        private Cached(Optional<RegisteredDevice> device, Instant loadedAt) {
            this.device = device;
            this.loadedAt = loadedAt;
        }

        Optional<RegisteredDevice> device() {
            return device;
        }

        Instant loadedAt() {
            return loadedAt;
        }
    }

    public Optional<RegisteredDevice> find(DeviceMn mn) {
        Instant now = clock.instant();
        Cached cached = cache.get(mn);
        if (cached == null || cached.loadedAt().plus(LONGEST_USE).isBefore(now)) {
            cached = new Cached(load(mn), now);
            cache.put(mn, cached);
        } else if (cached.loadedAt().plus(TIME_TO_LIVE).isBefore(now) && expired.add(mn)) {
            refreshExpired();
        }
        return cached.device();
    }

    private void refreshExpired() {
        if (refreshing.compareAndSet(false, true)) {
            refresher.execute(this::refreshBatches);
        }
    }

    private void refreshBatches() {
        boolean failed = false;
        try {
            while (!expired.isEmpty()) {
                refresh(takeExpired());
            }
        } catch (RuntimeException e) {
            failed = true;
            log.warn("Could not read expired devices again; they are read when next used after {}", LONGEST_USE, e);
        } finally {
            refreshing.set(false);
        }
        // An MN marked expired after the loop's last look would otherwise wait for another device to expire.
        if (!failed && !expired.isEmpty()) {
            refreshExpired();
        }
    }

    private List<DeviceMn> takeExpired() {
        List<DeviceMn> batch = new ArrayList<>(DEVICES_PER_QUERY);
        for (Iterator<DeviceMn> it = expired.iterator(); it.hasNext() && batch.size() < DEVICES_PER_QUERY; ) {
            batch.add(it.next());
            it.remove();
        }
        return batch;
    }

    /**
     * Replaces each entry only if it is still the one that expired: an entry the projection evicted
     * meanwhile (the device changed) must not come back as read before the change.
     */
    private void refresh(List<DeviceMn> batch) {
        Map<DeviceMn, Cached> before = new HashMap<>();
        batch.forEach(mn -> {
            Cached cached = cache.get(mn);
            if (cached != null) {
                before.put(mn, cached);
            }
        });
        if (before.isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        Map<DeviceMn, RegisteredDevice> loaded = new HashMap<>();
        jdbc.sql(SELECT + " WHERE mn = ANY(?)").param(before.keySet().stream().map(DeviceMn::value).toArray(String[]::new))
                .query(DeviceDirectory::map).list().forEach(device -> loaded.put(device.mn(), device));
        before.forEach((mn, cached) -> cache.replace(mn, cached, new Cached(Optional.ofNullable(loaded.get(mn)), now)));
    }

    @Override
    public void destroy() {
        refresher.shutdownNow();
    }

    public List<RegisteredDevice> list(RegionCode jurisdiction, EnterpriseId enterprise) {
        return jdbc.sql(SELECT + " WHERE region LIKE ? AND (CAST(? AS VARCHAR) IS NULL OR enterprise_id = ?) ORDER BY mn")
                .params(jurisdiction == null ? "%" : jurisdiction.prefix() + "%",
                        enterprise == null ? null : enterprise.value(), enterprise == null ? null : enterprise.value())
                .query(DeviceDirectory::map)
                .list();
    }

    void forget(DeviceMn mn) {
        cache.remove(mn);
    }

    void forgetAll() {
        cache.clear();
    }

    private static final String SELECT = """
            SELECT mn, enterprise_id, region, outlet, protocol, data_interval_seconds, crc_variant, framing,
                   secret_algorithm, secret_salt, secret_hash, status FROM device""";

    private Optional<RegisteredDevice> load(DeviceMn mn) {
        return jdbc.sql(SELECT + " WHERE mn = ?").param(mn.value()).query(DeviceDirectory::map).optional();
    }

    private static RegisteredDevice map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new RegisteredDevice(DeviceMn.of(rs.getString("mn")), EnterpriseId.of(rs.getString("enterprise_id")),
                RegionCode.of(rs.getString("region")), OutletCode.of(rs.getString("outlet")),
                ProtocolEdition.valueOf(rs.getString("protocol")), Duration.ofSeconds(rs.getLong("data_interval_seconds")),
                CrcVariant.valueOf(rs.getString("crc_variant")), DeviceFraming.valueOf(rs.getString("framing")),
                new DeviceSecret(rs.getString("secret_algorithm"), rs.getString("secret_salt"), rs.getString("secret_hash")),
                DeviceStatus.valueOf(rs.getString("status")));
    }
}
