package org.ecoledger.monitoring.device;

import org.ecoledger.common.monitoring.CrcVariant;
import org.ecoledger.common.monitoring.DeviceFraming;
import org.ecoledger.common.monitoring.DeviceMn;
import org.ecoledger.common.monitoring.DeviceSecret;
import org.ecoledger.common.monitoring.ProtocolEdition;
import org.ecoledger.common.value.EnterpriseId;
import org.ecoledger.common.value.OutletCode;
import org.ecoledger.common.value.RegionCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The ingest's view of the registry, read on every frame, so cached. This instance's projection
 * evicts what changed at once; entries also expire after {@link #TIME_TO_LIVE}, which bounds how
 * long another instance's change (a suspension, a rotated secret) takes to reach this one.
 */
@Component
public class DeviceDirectory {

    static final Duration TIME_TO_LIVE = Duration.ofSeconds(10);

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Map<DeviceMn, Cached> cache = new ConcurrentHashMap<>();

    DeviceDirectory(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    private record Cached(Optional<RegisteredDevice> device, Instant loadedAt) {
    }

    public Optional<RegisteredDevice> find(DeviceMn mn) {
        Instant now = clock.instant();
        Cached cached = cache.get(mn);
        if (cached == null || cached.loadedAt().plus(TIME_TO_LIVE).isBefore(now)) {
            cached = new Cached(load(mn), now);
            cache.put(mn, cached);
        }
        return cached.device();
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
