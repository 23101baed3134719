package org.ecoledger.monitoring.device;

import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.serialization.upcasting.event.InitialEventRepresentation;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.ecoledger.common.monitoring.CrcVariant;
import org.ecoledger.common.monitoring.DeviceFraming;
import org.ecoledger.common.monitoring.event.DeviceRegistered;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Registrations stored before devices had a framing of their own keep the framing their CRC variant gave them. */
class DeviceRegisteredUpcasterTest {

    private static final JacksonSerializer SERIALIZER = JacksonSerializer.builder()
            .objectMapper(JsonMapper.builder().findAndAddModules().disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).build())
            .build();

    /** A registration as revision 1 stored it. */
    private static String revision1(String crcVariant) {
        return """
                {"mn":"010000A8900016F000169DC0","enterpriseId":"91510104MA6CG0LK2N","region":"510104","outlet":"DA001",
                 "protocol":"HJ212_2017","dataInterval":"PT1M","crcVariant":"%s",
                 "secret":{"algorithm":"SHA-256","salt":"00","hash":"ab"},
                 "by":{"subject":"reviewer-chengdu","role":"REVIEWER","jurisdiction":"510100"},
                 "at":"2026-11-23T02:00:00Z"}""".formatted(crcVariant);
    }

    private static List<IntermediateEventRepresentation> upcast(String payload, String revision) {
        var stored = new GenericDomainEventEntry<>("Device", "010000A8900016F000169DC0", 0, "event-1", "2026-11-23T02:00:00Z",
                DeviceRegistered.class.getName(), revision, payload.getBytes(StandardCharsets.UTF_8), "{}".getBytes(StandardCharsets.UTF_8));
        return new DeviceRegisteredUpcaster().upcast(Stream.of(new InitialEventRepresentation(stored, SERIALIZER))).toList();
    }

    private static DeviceRegistered read(IntermediateEventRepresentation representation) {
        SerializedObject<?> data = representation.getData();
        return SERIALIZER.deserialize(data);
    }

    @Test
    void aStandardCrcDeviceRegisteredBeforeIsFramedAsTheStandardSays() {
        var upcast = upcast(revision1("STANDARD"), "1");

        assertThat(upcast).hasSize(1);
        assertThat(upcast.get(0).getType().getRevision()).isEqualTo("2");
        DeviceRegistered event = read(upcast.get(0));
        assertThat(event.crcVariant()).isEqualTo(CrcVariant.STANDARD);
        assertThat(event.framing()).isEqualTo(DeviceFraming.STANDARD);
        assertThat(event.outlet().value()).isEqualTo("DA001");
    }

    @Test
    void aModbusLoggerRegisteredBeforeStaysLenient() {
        assertThat(read(upcast(revision1("MODBUS_SWAPPED"), "1").get(0)).framing()).isEqualTo(DeviceFraming.LENIENT);
        assertThat(read(upcast(revision1("MODBUS"), "1").get(0)).framing()).isEqualTo(DeviceFraming.LENIENT);
    }

    @Test
    void aRevision2RegistrationKeepsTheFramingItWasGiven() {
        String lenientStandard = revision1("STANDARD").replace("\"crcVariant\":\"STANDARD\",", "\"crcVariant\":\"STANDARD\",\"framing\":\"LENIENT\",");

        var upcast = upcast(lenientStandard, "2");

        assertThat(upcast.get(0).getType().getRevision()).isEqualTo("2");
        assertThat(read(upcast.get(0)).framing()).isEqualTo(DeviceFraming.LENIENT);
    }
}
