package org.ecoledger.permit.register;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.ecoledger.common.permit.ManagementClass;
import org.ecoledger.common.permit.PermitStatus;
import org.ecoledger.common.permit.PermitTransition;
import org.ecoledger.common.permit.PermitRefusalReason;
import org.ecoledger.common.permit.event.EnterpriseRegistered;
import org.ecoledger.common.permit.event.PermitAmended;
import org.ecoledger.common.permit.event.PermitIssued;
import org.ecoledger.common.permit.event.PermitSuspended;
import org.ecoledger.common.permit.event.PermitTransitionRefused;
import org.ecoledger.common.permit.query.FindPermit;
import org.ecoledger.common.permit.query.FindPermitRegister;
import org.ecoledger.common.permit.query.FindPermitsOfEnterprise;
import org.ecoledger.common.permit.query.FindPublicPermits;
import org.ecoledger.common.permit.query.PageRequest;
import org.ecoledger.common.permit.query.PermitDetails;
import org.ecoledger.common.value.Mass;
import org.ecoledger.common.value.Pollutant;
import org.ecoledger.local.MigratedSchema;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ecoledger.permit.support.PermitFixture.*;

/** The register projection on real PostgreSQL: events in through {@code on(...)}, answers out through {@code handle(...)}. */
class PermitRegisterProjectionTest {

    private static JdbcClient jdbc;
    private static final ObjectMapper JSON = JsonMapper.builder().findAndAddModules().build();
    private static final Instant LATER = APPLIED_AT.plusSeconds(86_400);

    private PermitRegisterProjection projection;
    private PermitRegisterQueries queries;

    @BeforeAll
    static void migrate() {
        var dataSource = MigratedSchema.of("permit_projection", "classpath:db/permit");
        jdbc = JdbcClient.create(dataSource);
    }

    @BeforeEach
    void emptyRegister() {
        projection = new PermitRegisterProjection(jdbc, JSON);
        queries = new PermitRegisterQueries(jdbc, JSON);
        projection.reset();
        projection.on(new EnterpriseRegistered(CHENGDU_POWER, "Chengdu Power", "thermal power", JINJIANG_DISTRICT, "ref",
                CHENGDU_POWER_USER, APPLIED_AT));
        projection.on(submittedApplication(), message(submittedApplication()));
    }

    private static EventMessage<?> message(Object event) {
        return GenericEventMessage.asEventMessage(event);
    }

    private void issue() {
        projection.on(foundComplete(), message(foundComplete()));
        projection.on(issued(), message(issued()));
    }

    @Test
    void anApplicationIsOnTheEnterprisesListButNotDisclosed() {
        assertThat(queries.handle(new FindPermitsOfEnterprise(CHENGDU_POWER))).singleElement()
                .satisfies(p -> assertThat(p.status()).isEqualTo(PermitStatus.SUBMITTED));
        assertThat(queries.handle(new FindPublicPermits(null, null, null, new PageRequest(0, 10))).items()).isEmpty();
    }

    @Test
    void anIssuedPermitIsInTheRegisterByPollutantAndExpiryWindowAndDisclosed() {
        issue();
        var register = queries.handle(new FindPermitRegister(CHENGDU, PermitStatus.ISSUED, ManagementClass.KEY, Pollutant.SO2,
                LocalDate.parse("2031-01-01"), LocalDate.parse("2031-12-31"), new PageRequest(0, 10)));
        assertThat(register.totalItems()).isEqualTo(1);
        assertThat(register.items().get(0).enterpriseName()).isEqualTo("Chengdu Power");
        assertThat(queries.handle(new FindPermitRegister(CHENGDU, null, null, Pollutant.COD, null, null, new PageRequest(0, 10))).items())
                .as("no COD total").isEmpty();
        assertThat(queries.handle(new FindPermitRegister(MIANYANG, null, null, null, null, null, new PageRequest(0, 10))).items())
                .as("another city").isEmpty();
        assertThat(queries.handle(new FindPublicPermits(CHENGDU, "chengdu", Pollutant.NOX, new PageRequest(0, 10))).items())
                .singleElement().satisfies(p -> assertThat(p.permitNumber()).isEqualTo(NUMBER));
    }

    @Test
    void anAmendmentKeepsEveryVersionOfTheTerms() {
        issue();
        var amended = new PermitAmended(PERMIT, NUMBER, CHENGDU_POWER, JINJIANG_DISTRICT, 2, coalPlantTerms("90"), "retrofit",
                CHENGDU_REVIEWER, LATER);
        projection.on(amended, message(amended));
        PermitDetails details = queries.handle(new FindPermit(PERMIT)).orElseThrow();
        assertThat(details.summary().version()).isEqualTo(2);
        assertThat(details.terms().totalFor(Pollutant.SO2).orElseThrow().perYear()).isEqualTo(Mass.ofTonnes("90"));
        assertThat(details.versions()).extracting(v -> v.terms().totalFor(Pollutant.SO2).orElseThrow().perYear())
                .containsExactly(Mass.ofTonnes("120.5"), Mass.ofTonnes("90"));
    }

    @Test
    void anIssueHandledAgainAfterFailingPartWayKeepsTheTermsOfTheSecondHandling() {
        projection.on(foundComplete(), message(foundComplete()));
        PermitIssued whole = issued();
        PermitIssued withoutTerms = new PermitIssued(whole.permitId(), whole.permitNumber(), whole.enterpriseId(), whole.region(),
                whole.managementClass(), whole.validity(), whole.version(), null, whole.opinion(), whole.by(), whole.at());
        // each statement commits, as a batch does whose event was dead-lettered after its handler's first writes
        assertThatThrownBy(() -> projection.on(withoutTerms, message(withoutTerms))).isInstanceOf(NullPointerException.class);

        projection.on(whole, message(whole));

        assertThat(queries.handle(new FindPermit(PERMIT)).orElseThrow().versions()).singleElement()
                .satisfies(v -> assertThat(v.terms().totalFor(Pollutant.SO2).orElseThrow().perYear()).isEqualTo(Mass.ofTonnes("120.5")));
    }

    @Test
    void theAuditTrailKeepsRefusalsAndIgnoresARedeliveredEvent() {
        issue();
        var refused = new PermitTransitionRefused(PERMIT, NUMBER, CHENGDU_POWER, JINJIANG_DISTRICT, PermitTransition.REINSTATE,
                PermitRefusalReason.NOT_ALLOWED_IN_CURRENT_STATUS, "the permit is ISSUED", CHENGDU_REVIEWER, LATER);
        EventMessage<?> refusal = message(refused);
        projection.on(refused, refusal);
        projection.on(refused, refusal);
        var history = queries.handle(new FindPermit(PERMIT)).orElseThrow().history();
        assertThat(history).extracting(h -> h.transition()).containsExactly(PermitTransition.APPLY, PermitTransition.CONFIRM_COMPLETE,
                PermitTransition.ISSUE, PermitTransition.REINSTATE);
        assertThat(history.get(3).refused()).isTrue();
    }

    @Test
    void aSuspendedPermitIsStillDueForExpiryAtTheEndOfItsValidity() {
        issue();
        var suspended = new PermitSuspended(PERMIT, NUMBER, CHENGDU_POWER, JINJIANG_DISTRICT, "exceedance", CHENGDU_REVIEWER, LATER);
        projection.on(suspended, message(suspended));
        assertThat(queries.dueForExpiry(FIVE_YEARS.expiresAt().minusSeconds(1), 10)).isEmpty();
        assertThat(queries.dueForExpiry(FIVE_YEARS.expiresAt(), 10)).containsExactly(PERMIT);
    }
}
