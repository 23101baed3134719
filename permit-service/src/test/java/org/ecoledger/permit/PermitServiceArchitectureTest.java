package org.ecoledger.permit;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.spring.stereotype.Aggregate;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

@AnalyzeClasses(packages = "org.ecoledger.permit", importOptions = ImportOption.DoNotIncludeTests.class)
class PermitServiceArchitectureTest {

    @ArchTest
    static final ArchRule aggregatesDependOnNoSpringAndNoPersistence = noClasses()
            .that().areAnnotatedWith(Aggregate.class)
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "java.sql..", "javax.sql..",
                    "com.fasterxml.jackson..", "org.apache.kafka..");

    @ArchTest
    static final ArchRule aggregatesAreNotPublic = classes()
            .that().areAnnotatedWith(Aggregate.class).should().notBePublic();

    @ArchTest
    static final ArchRule aggregatesNeverReadTheClock = noClasses()
            .that().areAnnotatedWith(Aggregate.class)
            .should().callMethod(java.time.Instant.class, "now")
            .orShould().callMethod(java.util.UUID.class, "randomUUID")
            .because("time and IDs come in on commands");

    @ArchTest
    static final ArchRule eventSourcingHandlersOnlyAssignState = methods()
            .that().areAnnotatedWith(EventSourcingHandler.class)
            .should().notBePublic()
            .andShould().haveRawReturnType(void.class);

    @ArchTest
    static final ArchRule featurePackagesAreFreeOfCycles = slices()
            .matching("org.ecoledger.permit.(*)..").should().beFreeOfCycles();
}
