package cn.kaoping.testkit;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The layering contract of every service (docs/service-layout.md), stated once. A service runs it from its
 * {@code ArchitectureTest}:
 *
 * <pre>{@code
 * @AnalyzeClasses(packages = "cn.kaoping.training", importOptions = ImportOption.DoNotIncludeTests.class)
 * class ArchitectureTest {
 *     @ArchTest
 *     static final ArchTests LAYOUT = ArchTests.in(ServiceLayoutRules.class);
 * }
 * }</pre>
 */
public final class ServiceLayoutRules {

    private static final String REST = "cn.kaoping..rest..";
    private static final String QUERY = "cn.kaoping..query..";
    private static final String PROJECTION = "cn.kaoping..projection..";
    private static final String INFRASTRUCTURE = "cn.kaoping..infrastructure..";

    private ServiceLayoutRules() {
    }

    @ArchTest
    static final ArchRule nothing_outside_rest_depends_on_rest = noClasses()
            .that().resideOutsideOfPackage(REST)
            .should().dependOnClassesThat().resideInAPackage(REST)
            .because("the REST layer is the edge: resources call use cases and queries, never the other way")
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule only_rest_speaks_http = noClasses()
            .that().resideOutsideOfPackage(REST)
            .should().dependOnClassesThat().resideInAnyPackage("jakarta.ws.rs..", "io.quarkus.qute..",
                    "org.jboss.resteasy..")
            .because("resources and pages live in rest; business code knows nothing of HTTP")
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule business_code_never_throws_http_problems = noClasses()
            .that().resideOutsideOfPackage(REST)
            .should().dependOnClassesThat().resideInAPackage("cn.kaoping.web.problem..")
            .because("a refusal is a cn.kaoping.domain.DomainException, mapped to problem+json in one place")
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule domain_does_not_use_plumbing = noClasses()
            .that().resideOutsideOfPackages(REST, QUERY, PROJECTION, INFRASTRUCTURE)
            .should().dependOnClassesThat().resideInAnyPackage(INFRASTRUCTURE, PROJECTION)
            .because("features and their use cases do not know how events arrive or how the service is wired")
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule decisions_are_pure = noClasses()
            .that().haveSimpleNameEndingWith("Decision")
            .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..", "org.jdbi..",
                    "jakarta..", "io.quarkus..", "org.eclipse.microprofile..", "org.apache.kafka..",
                    "cn.kaoping.runtime..", "cn.kaoping.web..", "cn.kaoping.kafka..", REST, QUERY, PROJECTION,
                    INFRASTRUCTURE)
            .orShould().dependOnClassesThat().areAssignableTo(java.time.Clock.class)
            .orShould().callMethodWhere(com.tngtech.archunit.base.DescribedPredicate.describe("a java.time now()",
                    call -> call.getTarget().getName().equals("now")
                            && call.getTarget().getOwner().getPackageName().equals("java.time")))
            .because("a decision is a function of the command, the state and the rules; time comes in the command")
            .allowEmptyShould(true);
}
