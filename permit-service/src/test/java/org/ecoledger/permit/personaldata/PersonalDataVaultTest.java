package org.ecoledger.permit.personaldata;

import org.ecoledger.local.MigratedSchema;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** The erasable store on real PostgreSQL: what events refer to can be forgotten without touching the events. */
class PersonalDataVaultTest {

    private static PersonalDataVault vault;

    @BeforeAll
    static void migrate() {
        var dataSource = MigratedSchema.of("permit_vault", "classpath:db/permit");
        vault = new PersonalDataVault(JdbcClient.create(dataSource));
    }

    @Test
    void anErasedPersonResolvesToNobodyWhileTheReferenceStaysValid() {
        Instant now = Instant.parse("2026-11-23T02:00:00Z");
        String ref = vault.store(new ResponsiblePerson("Wang Fang", "+86 28 5555 0102"), "We commit.", now);
        assertThat(vault.find(ref)).contains(new ResponsiblePerson("Wang Fang", "+86 28 5555 0102"));

        assertThat(vault.erase(ref, now.plusSeconds(60))).isTrue();

        assertThat(vault.find(ref)).isEmpty();
        assertThat(vault.erase(ref, now.plusSeconds(120))).as("erasing twice changes nothing").isFalse();
    }
}
