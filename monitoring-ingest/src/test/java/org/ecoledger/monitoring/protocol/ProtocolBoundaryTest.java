package org.ecoledger.monitoring.protocol;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

@AnalyzeClasses(packagesOf = Packet.class, importOptions = ImportOption.DoNotIncludeTests.class)
class ProtocolBoundaryTest {

    @ArchTest
    static final ArchRule theCodecUsesNothingButTheJdkAndNetty = classes()
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "org.ecoledger.monitoring.protocol..", "io.netty..");

    @ArchTest
    static final ArchRule onlyTheFrameDecoderUsesNetty = noClasses()
            .that().haveNameNotMatching(".*\\.Hj212FrameDecoder(\\$.*)?")
            .should().dependOnClassesThat().resideInAPackage("io.netty..");
}
