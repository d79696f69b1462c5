package co.factusapi.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The dependency rule: the core (domain, application) is plain Java and knows no adapter; adapters don't know each other. */
@AnalyzeClasses(packages = "co.factusapi", importOptions = ImportOption.DoNotIncludeTests.class)
class DependencyRuleTest {

    @ArchTest
    static final ArchRule layers = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .layer("Domain").definedBy("co.factusapi.domain..")
            .layer("Application").definedBy("co.factusapi.application..")
            .layer("Web").definedBy("co.factusapi.adapter.in..")
            .layer("Factus").definedBy("co.factusapi.adapter.out.factus..")
            .layer("Persistence").definedBy("co.factusapi.adapter.out.persistence..")
            .layer("OutSecurity").definedBy("co.factusapi.adapter.out.security..")
            .layer("Vault").definedBy("co.factusapi.adapter.out.vault..")
            .layer("Config").definedBy("co.factusapi.config..")
            .whereLayer("Config").mayNotBeAccessedByAnyLayer()
            .whereLayer("Web").mayOnlyBeAccessedByLayers("Config")
            .whereLayer("Factus").mayOnlyBeAccessedByLayers("Config")
            .whereLayer("Persistence").mayOnlyBeAccessedByLayers("Config")
            .whereLayer("OutSecurity").mayOnlyBeAccessedByLayers("Config")
            .whereLayer("Vault").mayOnlyBeAccessedByLayers("Config")
            .whereLayer("Application").mayOnlyBeAccessedByLayers("Web", "Factus", "Persistence", "OutSecurity", "Vault", "Config")
            .whereLayer("Domain").mayOnlyBeAccessedByLayers("Application", "Web", "Factus", "Persistence", "OutSecurity", "Vault",
                    "Config");

    @ArchTest
    static final ArchRule coreIsPlainJava = noClasses().that().resideInAnyPackage("co.factusapi.domain..", "co.factusapi.application..")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "jakarta..", "javax.persistence..",
                    "tools.jackson..", "com.fasterxml.jackson..", "org.hibernate..", "lombok..", "io.micrometer..",
                    "org.slf4j..", "co.factusapi.emulator..")
            .because("the domain and the use cases must not depend on frameworks (architecture.md)");

    @ArchTest
    static final ArchRule theEmulatorIsOnlyWiredInConfig = noClasses()
            .that().resideOutsideOfPackages("co.factusapi.config..", "co.factusapi.emulator..")
            .should().dependOnClassesThat().resideInAPackage("co.factusapi.emulator..")
            .because("the service talks to any Factus over HTTP; only the embedded default starts the emulator");

    @ArchTest
    static final ArchRule adaptersUseThePortsNotTheServices = noClasses()
            .that().resideInAPackage("co.factusapi.adapter..")
            .should().dependOnClassesThat().resideInAPackage("co.factusapi.application.service..")
            .because("an adapter reaches the core through a port; which class implements it is config's business");

    @ArchTest
    static final ArchRule theConsoleWorksThroughTheUseCases = noClasses()
            .that().resideInAPackage("co.factusapi.adapter.in.console..")
            .should().dependOnClassesThat().resideInAnyPackage("co.factusapi.application.port.out..",
                    "co.factusapi.adapter.out..", "java.net.http..", "org.springframework.web.client..",
                    "org.springframework.jdbc..")
            .because("the console calls the same use cases in-process as the REST controllers: never the outgoing "
                    + "ports, the database or HTTP to itself (docs/console.md)");

    @ArchTest
    static final ArchRule incomingAndOutgoingPortsStayApart = noClasses()
            .that().resideInAPackage("co.factusapi.application.port.in..")
            .should().dependOnClassesThat().resideInAPackage("co.factusapi.application.port.out..")
            .because("a use case says what callers ask, not what the core needs from outside");

    @ArchTest
    static final ArchRule outgoingPortsDoNotKnowTheUseCases = noClasses()
            .that().resideInAPackage("co.factusapi.application.port.out..")
            .should().dependOnClassesThat().resideInAPackage("co.factusapi.application.port.in..");

    @ArchTest
    static final ArchRule outboundAdaptersDoNotReadTheIncomingRequest = noClasses()
            .that().resideInAPackage("co.factusapi.adapter.out..")
            .should().dependOnClassesThat().resideInAnyPackage("co.factusapi.adapter.in..", "jakarta.servlet..",
                    "org.springframework.web.context.request..", "org.springframework.security.core.context..")
            .because("the provider and the database get what the core passes them, never the HTTP request");

    @ArchTest
    static final ArchRule theProviderIsNamedOnlyInItsAdapter = noClasses()
            .that().resideOutsideOfPackages("co.factusapi.adapter.out.factus..", "co.factusapi.config..")
            .should().dependOnClassesThat().resideInAPackage("co.factusapi.adapter.out.factus..")
            .because("swapping Factus for another provider must touch one adapter");

    /** Classes of one Factus API version: their names say V2 (FactusV2BillPayload, FactusV2Amounts, FactusV2Lines). */
    private static final DescribedPredicate<JavaClass> FACTUS_VERSION_SPECIFIC = JavaClass.Predicates
            .simpleNameContaining("V2")
            .and(JavaClass.Predicates.resideInAPackage("co.factusapi.."))
            .and(DescribedPredicate.not(JavaClass.Predicates.resideInAPackage("co.factusapi.emulator..")))
            .as("Factus version-specific classes (named *V2*)");

    @ArchTest
    static final ArchRule theFactusVersionIsKnownOnlyInItsAdapter = noClasses()
            .that().resideOutsideOfPackages("co.factusapi.adapter.out.factus..", "co.factusapi.config..",
                    "co.factusapi.emulator..")
            .should().dependOnClassesThat(FACTUS_VERSION_SPECIFIC)
            .because("which Factus API a tenant speaks is the Factus adapter's business (docs/factus-upstream.md §15)");

    @ArchTest
    static final ArchRule theApiVersionIsATenantFieldOnly = classes()
            .that().haveFullyQualifiedName("co.factusapi.domain.tenant.ApiVersion")
            .should().onlyHaveDependentClassesThat(JavaClass.Predicates.resideInAnyPackage("co.factusapi.domain.tenant..",
                            "co.factusapi.application.port.in..", "co.factusapi.application.port.out..",
                            "co.factusapi.adapter.in.web.tenant..", "co.factusapi.adapter.out.persistence..",
                            "co.factusapi.adapter.out.factus..", "co.factusapi.config..")
                    .or(JavaClass.Predicates.equivalentTo(co.factusapi.application.service.TenantService.class))
                    .as("the tenant record, its ports, service, web body and row, the Factus adapter and config"))
            .because("documents, ledger and pipeline must not depend on the Factus version a tenant speaks");
}
