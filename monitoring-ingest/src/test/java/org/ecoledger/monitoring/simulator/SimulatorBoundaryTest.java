package org.ecoledger.monitoring.simulator;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

/** The simulator is a client: it reaches the service only over the wire, with the codec's encoder. */
@AnalyzeClasses(packagesOf = DeviceSimulator.class, importOptions = ImportOption.DoNotIncludeTests.class)
class SimulatorBoundaryTest {

    @ArchTest
    static final ArchRule theSimulatorUsesNoneOfTheServiceButItsProtocol = classes()
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "io.netty..", "org.slf4j..", "com.fasterxml.jackson..",
                    "org.ecoledger.monitoring.simulator..", "org.ecoledger.monitoring.protocol..");
}
