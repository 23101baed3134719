package org.ecoledger.permit.personaldata;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * Names and phone numbers of responsible persons, kept apart from the event stream so that they
 * can be erased when the law requires it; events refer to a person only by the reference.
 */
@Repository
public class PersonalDataVault {

    private final JdbcClient jdbc;

    PersonalDataVault(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores a person (and the statement they signed, if any) and returns the reference events may carry. */
    public String store(ResponsiblePerson person, String statement, Instant at) {
        UUID ref = UUID.randomUUID();
        jdbc.sql("INSERT INTO personal_data (ref, full_name, phone, statement, recorded_at) VALUES (?, ?, ?, ?, ?)")
                .params(ref, person.name(), person.phone(), statement, Timestamp.from(at))
                .update();
        return ref.toString();
    }

    public Optional<ResponsiblePerson> find(String ref) {
        return jdbc.sql("SELECT full_name, phone FROM personal_data WHERE ref = ? AND erased_at IS NULL")
                .param(UUID.fromString(ref))
                .query((rs, row) -> new ResponsiblePerson(rs.getString("full_name"), rs.getString("phone")))
                .optional();
    }

    /** Erases the person; the reference stays valid and now resolves to nobody. */
    public boolean erase(String ref, Instant at) {
        return jdbc.sql("UPDATE personal_data SET full_name = NULL, phone = NULL, erased_at = ? WHERE ref = ? AND erased_at IS NULL")
                .params(Timestamp.from(at), UUID.fromString(ref))
                .update() == 1;
    }
}
