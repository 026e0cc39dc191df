package cn.kaoping.evaluation;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import cn.kaoping.testkit.ServiceLayoutRules;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The layout of docs/service-layout.md: the contract every service shares ({@link ServiceLayoutRules}), and this
 * service's stricter rules. The domain (aggregates, commands, decisions, scoring, rulebook, deadlines, error
 * codes) knows nothing of how it is served: no REST, no read models, no infrastructure, no CDI, no JDBC. Neither
 * the read side nor the plumbing knows the REST layer, and the read side knows no plumbing; only REST speaks HTTP
 * and problem answers; a decision is a pure function of the domain.
 */
@AnalyzeClasses(packages = "cn.kaoping.evaluation", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchTests LAYOUT = ArchTests.in(ServiceLayoutRules.class);

    private static final String[] DOMAIN = {"cn.kaoping.evaluation.casefile..", "cn.kaoping.evaluation.unit..",
        "cn.kaoping.evaluation.officer..", "cn.kaoping.evaluation.rulebook..", "cn.kaoping.evaluation.scoring..",
        "cn.kaoping.evaluation.deadline..", "cn.kaoping.evaluation.domain..", "cn.kaoping.evaluation.statistics.."};

    @ArchTest
    static final ArchRule the_domain_does_not_depend_on_how_it_is_served = noClasses()
            .that().resideInAnyPackage(DOMAIN)
            .should().dependOnClassesThat().resideInAnyPackage(
                    "cn.kaoping.evaluation.rest..", "cn.kaoping.evaluation.query..",
                    "cn.kaoping.evaluation.infrastructure..", "cn.kaoping.web..", "cn.kaoping.kafka..",
                    "cn.kaoping.runtime..", "jakarta.ws.rs..", "jakarta.enterprise..", "jakarta.inject..",
                    "jakarta.transaction..", "io.quarkus..", "org.eclipse.microprofile..", "java.sql..",
                    "javax.sql..", "org.jdbi..");

    @ArchTest
    static final ArchRule neither_the_read_side_nor_the_plumbing_depends_on_the_rest_layer = noClasses()
            .that().resideInAnyPackage("cn.kaoping.evaluation.query..", "cn.kaoping.evaluation.infrastructure..")
            .should().dependOnClassesThat().resideInAPackage("cn.kaoping.evaluation.rest..");

    /** Read models are what the events make of the tables: how the service is wired is not their business. */
    @ArchTest
    static final ArchRule the_read_side_does_not_depend_on_the_plumbing = noClasses()
            .that().resideInAPackage("cn.kaoping.evaluation.query..")
            .should().dependOnClassesThat().resideInAPackage("cn.kaoping.evaluation.infrastructure..");

    @ArchTest
    static final ArchRule only_the_rest_layer_speaks_jax_rs = noClasses()
            .that().resideOutsideOfPackage("cn.kaoping.evaluation.rest..")
            .should().dependOnClassesThat().resideInAPackage("jakarta.ws.rs..");

    /** Business code refuses with a DomainException; HTTP problems are the edge's business. */
    @ArchTest
    static final ArchRule only_the_rest_layer_makes_problem_answers = noClasses()
            .that().resideOutsideOfPackage("cn.kaoping.evaluation.rest..")
            .should().dependOnClassesThat().resideInAPackage("cn.kaoping.web.problem..");

    /** A decision computes events from the command, the state and the rules: no framework, no SQL, no clock. */
    @ArchTest
    static final ArchRule decisions_depend_on_the_domain_alone = classes()
            .that().haveSimpleNameEndingWith("Decision")
            .and().resideInAPackage("cn.kaoping.evaluation..")
            .should().onlyDependOnClassesThat().resideInAnyPackage(
                    "cn.kaoping.evaluation.casefile..", "cn.kaoping.evaluation.unit..",
                    "cn.kaoping.evaluation.officer..", "cn.kaoping.evaluation.rulebook..",
                    "cn.kaoping.evaluation.scoring..", "cn.kaoping.evaluation.deadline..",
                    "cn.kaoping.evaluation.domain..", "cn.kaoping.evaluation.statistics..", "cn.kaoping.domain..",
                    "cn.kaoping.contracts..", "java..")
            .allowEmptyShould(true);
}
