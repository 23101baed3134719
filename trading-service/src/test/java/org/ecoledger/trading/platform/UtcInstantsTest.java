package org.ecoledger.trading.platform;

import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.DefaultDeserializationContext;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import net.jqwik.api.Arbitraries;
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

    /** As Spring Boot builds the application's mapper: the well-known modules, then the module beans. */
    private static final ObjectMapper SERVICE = Jackson2ObjectMapperBuilder.json().modulesToInstall(new UtcInstants()).build();
    private static final ObjectMapper STANDARD = new ObjectMapper().registerModule(new JavaTimeModule());

    @Property(tries = 5000)
    void anInstantWrittenAsJacksonWritesItIsReadAsTheStandardDeserializerReadsIt(@ForAll("instants") Instant instant) throws Exception {
        String json = STANDARD.writeValueAsString(instant.toString());
        assertThat(UtcInstants.Deserializer.parse(instant.toString())).isEqualTo(instant);
        assertThat(SERVICE.readValue(json, Instant.class)).isEqualTo(STANDARD.readValue(json, Instant.class)).isEqualTo(instant);
        String iso = DateTimeFormatter.ISO_INSTANT.format(instant);
        assertThat(UtcInstants.Deserializer.parse(iso)).isEqualTo(instant);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-11-24T04:53:30+08:00", "2026-11-24T04:53:30.1234567890Z", "2026-11-24T04:53:30.Z", "2026-11-24t04:53:30Z",
            "2026-11-24T04:53:30z", "2026-11-24T24:00:00Z", "2026-11-24T04:60:00Z", "2023-02-29T00:00:00Z", "2026-13-01T00:00:00Z",
            "2026-00-01T00:00:00Z", "2026-11-00T00:00:00Z", "2026-11-24T23:59:60Z", " 2026-11-24T04:53:30Z", "2026-11-24 04:53:30Z",
            "+12026-11-24T04:53:30Z", "2026-11-24T04:53:30,5Z", "１２３４-11-24T04:53:30Z", "1732424010", ""})
    void everyOtherFormIsReadByTheStandardDeserializer(String text) throws Exception {
        assertThat(UtcInstants.Deserializer.parse(text)).isNull();
        String json = STANDARD.writeValueAsString(text);
        Object standard = readOrFailure(STANDARD, json);
        assertThat(readOrFailure(SERVICE, json)).isEqualTo(standard);
    }

    @Test
    void theApplicationsMapperFindsThisDeserializerForInstants() throws Exception {
        DefaultDeserializationContext context = ((DefaultDeserializationContext) SERVICE.getDeserializationContext())
                .createInstance(SERVICE.getDeserializationConfig(), null, null);
        JsonDeserializer<Object> found = context.findRootValueDeserializer(SERVICE.constructType(Instant.class));
        assertThat(found).isInstanceOf(UtcInstants.Deserializer.class);
    }

    @Provide
    Arbitrary<Instant> instants() {
        Arbitrary<Long> seconds = Arbitraries.longs().between(Instant.parse("0000-01-01T00:00:00Z").getEpochSecond(),
                Instant.parse("9999-12-31T23:59:59Z").getEpochSecond());
        Arbitrary<Integer> nanos = Arbitraries.oneOf(Arbitraries.just(0), Arbitraries.integers().between(0, 999).map(n -> n * 1_000_000),
                Arbitraries.integers().between(0, 999_999).map(n -> n * 1_000), Arbitraries.integers().between(0, 999_999_999));
        return seconds.flatMap(s -> nanos.map(n -> Instant.ofEpochSecond(s, n)));
    }

    private static Object readOrFailure(ObjectMapper mapper, String json) {
        try {
            return mapper.readValue(json, Instant.class);
        } catch (Exception e) {
            return e.getClass();
        }
    }
}
