package org.ecoledger.monitoring.accounting;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.statistics.Statistics;
import org.apache.kafka.streams.test.TestRecord;
import org.ecoledger.common.monitoring.ViolationKind;
import org.ecoledger.common.value.EnterpriseId;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The contract test of the accounting: the Kafka Streams topology and the reference calculator,
 * fed the same random stream, raise and clear the same flags in the same order and end with the
 * same hours, totals, allowances (with the rights traded) and open flags. After each input both must have emitted the same
 * flags and hold the same open flags, and have refused the same inputs (the topology's dead letters),
 * so a failure names the first input they disagree on.
 *
 * <p>Most tries run the topology on in-memory stores: the TopologyTestDriver commits after every
 * record and RocksDB then flushes every store to disk, about ten times slower. Both kinds go
 * through the same serdes and the same key order; a few tries run on RocksDB to keep it honest.
 */
class EmissionAccountingContractTest {

    @Property(tries = 80, shrinking = ShrinkingMode.OFF)
    void theTopologyRaisesAndClearsTheSameFlagsAndKeepsTheSameAccountAsTheReference(@ForAll("streams") AccountingScenario scenario) {
        runBoth(scenario, StateStoreKind.IN_MEMORY);
    }

    @Property(tries = 4, shrinking = ShrinkingMode.OFF)
    void theTopologyOnRocksDbStoresAgreesWithTheReference(@ForAll("shortStreams") AccountingScenario scenario) {
        runBoth(scenario, StateStoreKind.PERSISTENT);
    }

    @Provide
    Arbitrary<AccountingScenario> streams() {
        return Arbitraries.randomValue(random -> AccountingScenario.generate(random, 3, 40));
    }

    @Provide
    Arbitrary<AccountingScenario> shortStreams() {
        return Arbitraries.randomValue(random -> AccountingScenario.generate(random, 1, 14));
    }

    private static void runBoth(AccountingScenario scenario, StateStoreKind storeKind) {
        ReferenceEmissionCalculator reference = new ReferenceEmissionCalculator(scenario.config());
        try (AccountingDriver topology = new AccountingDriver(scenario.config(), storeKind, scenario.wallClockStart())) {
            int published = 0;
            int setAside = 0;
            int refused = 0;
            boolean flagMovedByHoldingChange = false;
            for (int i = 0; i < scenario.inputs().size(); i++) {
                AccountingInput input = scenario.inputs().get(i);
                List<FlagChange> expected = reference.accept(input);
                flagMovedByHoldingChange |= input instanceof AccountingInput.HoldingChangeArrived
                        && expected.stream().anyMatch(f -> f.flagId().startsWith(ViolationKind.ANNUAL_TOTAL_EXCEEDED.name()));
                List<FlagChange> all = topology.pipe(input).flags();
                List<FlagChange> actual = all.subList(published, all.size());
                published = all.size();
                String step = "input " + i + " (" + AccountingScenario.describe(input) + ")";
                assertThat(actual).as("flags after " + step).isEqualTo(expected);
                assertThat(topology.queries().openFlags()).as("open flags after " + step).isEqualTo(reference.openFlags());
                List<TestRecord<String, byte[]>> deadLetters = topology.deadLetters();
                List<String> reasons = deadLetters.subList(setAside, deadLetters.size()).stream()
                        .map(r -> new String(r.headers().lastHeader(DeadLetter.REASON).value(), StandardCharsets.UTF_8)).toList();
                setAside = deadLetters.size();
                List<String> refusals = reference.refused().subList(refused, reference.refused().size()).stream()
                        .map(r -> r.reason().name()).toList();
                refused = reference.refused().size();
                assertThat(reasons).as("dead letters after " + step).isEqualTo(refusals);
            }
            List<FlagChange> flags = topology.flags();
            assertThat(byEnterprise(flags)).isEqualTo(byEnterprise(reference.emitted()));
            assertEpisodesAlternate(flags);
            assertSameAccounts(scenario, reference, topology.queries());
            collectStatistics(flags, scenario);
            Statistics.label("inputs refused as too late").collect(reference.refused().stream()
                    .anyMatch(r -> r.reason() == DeadLetterReason.TOO_LATE) ? "some" : "none");
            Statistics.label("readings refused as dated ahead").collect(reference.refused().stream()
                    .anyMatch(r -> r.reason() == DeadLetterReason.DATED_AHEAD) ? "some" : "none");
            Statistics.label("annual total flag raised or cleared by a holding change").collect(flagMovedByHoldingChange);
        }
    }

    private static void assertSameAccounts(AccountingScenario scenario, ReferenceEmissionCalculator reference, EmissionAccountingQueries queries) {
        for (EnterpriseId enterprise : scenario.enterprises()) {
            for (int year = 2025; year <= 2027; year++) {
                assertThat(queries.annualAccount(enterprise, year)).as("account of " + enterprise + " for " + year)
                        .isEqualTo(reference.annualAccount(enterprise, year));
            }
        }
        for (SeriesId series : scenario.series()) {
            assertThat(queries.hourlySeries(series.enterprise(), series.outlet(), series.pollutant(), scenario.from(), scenario.to()))
                    .as("hours of " + series.key())
                    .isEqualTo(reference.hourlySeries(series.enterprise(), series.outlet(), series.pollutant(), scenario.from(), scenario.to()));
        }
        assertThat(queries.openFlags("51")).isEqualTo(reference.openFlags("51"));
    }

    /** Each flag ID is raised, then cleared at most once, and never raised again while open. */
    private static void assertEpisodesAlternate(List<FlagChange> flags) {
        Map<String, List<String>> transitions = new LinkedHashMap<>();
        flags.forEach(f -> transitions.computeIfAbsent(f.flagId(), id -> new ArrayList<>())
                .add(f instanceof FlagChange.Raised ? "raised" : "cleared"));
        transitions.forEach((flagId, steps) -> {
            assertThat(steps.get(0)).as(flagId).isEqualTo("raised");
            for (int i = 1; i < steps.size(); i++) {
                assertThat(steps.get(i)).as(flagId + " step " + i).isNotEqualTo(steps.get(i - 1));
            }
        });
    }

    private static Map<EnterpriseId, List<FlagChange>> byEnterprise(List<FlagChange> flags) {
        Map<EnterpriseId, List<FlagChange>> grouped = new LinkedHashMap<>();
        flags.forEach(f -> grouped.computeIfAbsent(f.enterpriseId(), e -> new ArrayList<>()).add(f));
        return grouped;
    }

    private static void collectStatistics(List<FlagChange> flags, AccountingScenario scenario) {
        Statistics.label("holding changes").collect(scenario.inputs().stream()
                .anyMatch(AccountingInput.HoldingChangeArrived.class::isInstance) ? "some" : "none");
        for (ViolationKind kind : ViolationKind.values()) {
            boolean raised = flags.stream().anyMatch(f -> f instanceof FlagChange.Raised r && r.event().kind() == kind);
            Statistics.label(kind.name()).collect(raised ? "raised" : "not raised");
        }
        Statistics.label("cleared").collect(flags.stream().anyMatch(f -> f instanceof FlagChange.Cleared) ? "some" : "none");
    }
}
