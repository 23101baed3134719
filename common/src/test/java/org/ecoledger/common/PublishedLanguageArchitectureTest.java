package org.ecoledger.common;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

@AnalyzeClasses(packages = "org.ecoledger.common", importOptions = ImportOption.DoNotIncludeTests.class)
class PublishedLanguageArchitectureTest {

    @ArchTest
    static final ArchRule theLanguageDependsOnNoFramework = noClasses()
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "jakarta.persistence..", "org.hibernate..",
                    "com.fasterxml.jackson.databind..", "org.apache.kafka..");

    @ArchTest
    static final ArchRule messagesAreRecords = classes()
            .that().resideInAnyPackage("..command..", "..event..", "..query..").and().areTopLevelClasses()
            .and().areNotInterfaces().and().haveSimpleNameNotEndingWith("Commands")
            .should().beRecords();

    @ArchTest
    static final ArchRule noMessageCarriesASuffix = noClasses()
            .that().resideInAnyPackage("..command..", "..event..", "..query..").and().areRecords()
            .should().haveSimpleNameEndingWith("Command").orShould().haveSimpleNameEndingWith("Event")
            .orShould().haveSimpleNameEndingWith("Query");

    @ArchTest
    static final ArchRule queriesStartWithFindOrCount = classes()
            .that().resideInAPackage("..query..").and().haveSimpleNameStartingWith("Find")
            .should().beRecords();

    @ArchTest
    static final ArchRule everyEventIsRevisioned = classes()
            .that().resideInAPackage("..event..").and().areRecords()
            .should().beAnnotatedWith(org.axonframework.serialization.Revision.class);
}
