package org.ecoledger.monitoring.device;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;
import org.ecoledger.common.monitoring.CrcVariant;
import org.ecoledger.common.monitoring.DeviceFraming;
import org.ecoledger.common.monitoring.event.DeviceRegistered;
import org.springframework.stereotype.Component;

/**
 * Revision 1 of {@link DeviceRegistered} had no framing: the ingest framed a device by its CRC
 * variant. Such a registration reads as revision 2 with that same framing, so that every device
 * registered before keeps being framed as it was.
 */
@Component
class DeviceRegisteredUpcaster extends SingleEventUpcaster {

    private static final SimpleSerializedType REVISION_1 = new SimpleSerializedType(DeviceRegistered.class.getName(), "1");
    private static final SimpleSerializedType REVISION_2 = new SimpleSerializedType(DeviceRegistered.class.getName(), "2");

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        return REVISION_1.equals(representation.getType());
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        return representation.upcastPayload(REVISION_2, JsonNode.class, payload -> {
            CrcVariant crc = CrcVariant.valueOf(payload.path("crcVariant").asText(CrcVariant.STANDARD.name()));
            ((ObjectNode) payload).put("framing", DeviceFraming.defaultFor(crc).name());
            return payload;
        });
    }
}
