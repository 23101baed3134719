package org.ecoledger.common.monitoring.event;

import org.axonframework.serialization.Revision;
import org.ecoledger.common.Require;
import org.ecoledger.common.monitoring.DeviceState;

/**
 * A device's status as it now stands, published on {@code device-status} when its registration
 * changes, when it connects or disconnects, and otherwise at most about once a minute while its
 * activity changes. {@code version} grows with every record of the same device, so a consumer keeps
 * the highest it has seen whatever order records reach it in.
 */
@Revision("1")
public record DeviceStatusChanged(DeviceState status, long version) {

    public DeviceStatusChanged {
        Require.nonNull(status, "status");
    }
}
