package org.ecoledger.permit.devices;

import org.ecoledger.common.monitoring.DeviceState;
import org.ecoledger.common.value.EnterpriseId;
import org.ecoledger.common.value.OutletCode;
import org.ecoledger.permit.enforcement.JsonColumns;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.List;

/** The monitoring devices' status as monitoring-ingest last published it on {@code device-status}. */
@Component
public class DeviceStatuses {

    private final JdbcClient jdbc;
    private final JsonColumns json;

    DeviceStatuses(JdbcClient jdbc, JsonColumns json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** The devices registered to the enterprise's outlet, or to any of its outlets where {@code outlet} is empty; by outlet and MN. */
    public List<DeviceState> at(EnterpriseId enterprise, OutletCode outlet) {
        return jdbc.sql("""
                        SELECT status FROM device_status
                        WHERE enterprise_id = ? AND (CAST(? AS VARCHAR) IS NULL OR outlet = ?)
                        ORDER BY outlet, mn""")
                .params(enterprise.value(), outlet == null ? null : outlet.value(), outlet == null ? null : outlet.value())
                .query((rs, row) -> json.read(rs.getString("status"), DeviceState.class))
                .list();
    }
}
