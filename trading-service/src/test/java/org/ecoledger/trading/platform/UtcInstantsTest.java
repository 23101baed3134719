package org.ecoledger.trading.platform;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.deser.DefaultDeserializationContext;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;

import java.time.Instant;
import java.time.format.DateTimeFormatter;

import static org.assertj.core.api.Assertions.assertThat;

class UtcInstantsTest {

    /** As Spring Boot builds the application's mapper: the well-known modules, then the module beans, and times as text. */
    private static final ObjectMapper SERVICE = Jackson2ObjectMapperBuilder.json().modulesToInstall(new UtcInstants())
            .featuresToDisable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).build();
    private static final ObjectMapper STANDARD = new ObjectMapper().registerModule(new JavaTimeModule()).disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    @Property(tries = 5000)
    void anInstantWrittenAsJacksonWritesItIsReadAsTheStandardDeserializerReadsIt(@ForAll("instants") Instant instant) throws Exception {
        String json = STANDARD.writeValueAsString(instant.toString());
        assertThat(IsoInstants.parse(instant.toString())).isEqualTo(instant);
        assertThat(SERVICE.readValue(json, Instant.class)).isEqualTo(STANDARD.readValue(json, Instant.class)).isEqualTo(instant);
        String iso = DateTimeFormatter.ISO_INSTANT.format(instant);
        assertThat(IsoInstants.parse(iso)).isEqualTo(instant);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-11-24T04:53:30+08:00", "2026-11-24T04:53:30.1234567890Z", "2026-11-24T04:53:30.Z", "2026-11-24t04:53:30Z",
            "2026-11-24T04:53:30z", "2026-11-24T24:00:00Z", "2026-11-24T04:60:00Z", "2023-02-29T00:00:00Z", "2026-13-01T00:00:00Z",
            "2026-00-01T00:00:00Z", "2026-11-00T00:00:00Z", "2026-11-24T23:59:60Z", " 2026-11-24T04:53:30Z", "2026-11-24 04:53:30Z",
            "+12026-11-24T04:53:30Z", "2026-11-24T04:53:30,5Z", "１２３４-11-24T04:53:30Z", "1732424010", ""})
    void everyOtherFormIsReadByTheStandardDeserializer(String text) throws Exception {
        assertThat(IsoInstants.parse(text)).isNull();
        String json = STANDARD.writeValueAsString(text);
        Object standard = readOrFailure(STANDARD, json);
        assertThat(readOrFailure(SERVICE, json)).isEqualTo(standard);
    }

    @Property(tries = 5000)
    void anInstantIsWrittenAsTheStandardSerializerWritesIt(@ForAll("instants") Instant instant) throws Exception {
        assertThat(SERVICE.writeValueAsString(instant)).isEqualTo(STANDARD.writeValueAsString(instant));
        assertThat(SERVICE.writeValueAsString(new Stamped(instant))).isEqualTo(STANDARD.writeValueAsString(new Stamped(instant)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"-0001-12-31T23:59:59.999999999Z", "+10000-01-01T00:00:00Z", "-1000000000-01-01T00:00:00Z", "+1000000000-12-31T23:59:59.999999999Z",
            "9999-12-31T23:59:59.999999999Z", "0000-01-01T00:00:00Z", "1970-01-01T00:00:00.000000001Z"})
    void instantsAtAndBeyondTheEdgesOfFourDigitYearsAreWrittenAsTheStandardSerializerWritesThem(String text) throws Exception {
        Instant instant = Instant.parse(text);
        assertThat(SERVICE.writeValueAsString(instant)).isEqualTo(STANDARD.writeValueAsString(instant));
    }

    @Test
    void asNumbersOrInAFormatOfTheirOwnInstantsAreWrittenByTheStandardSerializer() throws Exception {
        Instant instant = Instant.parse("2026-11-25T01:18:42.011532042Z");
        ObjectMapper numbers = Jackson2ObjectMapperBuilder.json().modulesToInstall(new UtcInstants()).featuresToEnable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).build();
        ObjectMapper standardNumbers = new ObjectMapper().registerModule(new JavaTimeModule()).enable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
        assertThat(numbers.writeValueAsString(instant)).isEqualTo(standardNumbers.writeValueAsString(instant)).isEqualTo("1795569522.011532042");
        assertThat(SERVICE.writeValueAsString(new Formatted(instant))).isEqualTo(STANDARD.writeValueAsString(new Formatted(instant)))
                .isEqualTo("{\"at\":1795569522011}");
    }

    @Test
    void theApplicationsMapperFindsThisModulesDeserializerAndSerializerForInstants() throws Exception {
        DefaultDeserializationContext context = ((DefaultDeserializationContext) SERVICE.getDeserializationContext())
                .createInstance(SERVICE.getDeserializationConfig(), null, null);
        JsonDeserializer<Object> found = context.findRootValueDeserializer(SERVICE.constructType(Instant.class));
        assertThat(found).isInstanceOf(UtcInstants.Deserializer.class);
        assertThat(SERVICE.getSerializerProviderInstance().findValueSerializer(Instant.class)).isInstanceOf(UtcInstants.Serializer.class);
    }

    record Stamped(Instant at) {
    }

    record Formatted(@JsonFormat(shape = JsonFormat.Shape.NUMBER_INT) Instant at) {
    }

    @Provide
    Arbitrary<Instant> instants() {
        return IsoInstantsTest.fourDigitYears();
    }

    private static Object readOrFailure(ObjectMapper mapper, String json) {
        try {
            return mapper.readValue(json, Instant.class);
        } catch (Exception e) {
            return e.getClass();
        }
    }
}
