package cn.kaoping.evaluation;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The domain (aggregates, commands, scoring, rulebook, deadlines, errors) knows nothing of how it is served: no
 * REST, no read models, no infrastructure, no CDI, no JDBC. The read models do not know the REST layer.
 */
@AnalyzeClasses(packages = "cn.kaoping.evaluation", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String[] DOMAIN = {"cn.kaoping.evaluation.casefile..", "cn.kaoping.evaluation.unit..",
        "cn.kaoping.evaluation.officer..", "cn.kaoping.evaluation.rulebook..", "cn.kaoping.evaluation.scoring..",
        "cn.kaoping.evaluation.deadline..", "cn.kaoping.evaluation.domain.."};

    @ArchTest
    static final ArchRule the_domain_does_not_depend_on_how_it_is_served = noClasses()
            .that().resideInAnyPackage(DOMAIN)
            .should().dependOnClassesThat().resideInAnyPackage(
                    "cn.kaoping.evaluation.rest..", "cn.kaoping.evaluation.query..",
                    "cn.kaoping.evaluation.infrastructure..", "cn.kaoping.web..", "cn.kaoping.kafka..",
                    "jakarta.ws.rs..", "jakarta.enterprise..", "jakarta.inject..", "jakarta.transaction..",
                    "io.quarkus..", "org.eclipse.microprofile..", "java.sql..", "javax.sql..");

    @ArchTest
    static final ArchRule the_read_models_do_not_depend_on_the_rest_layer = noClasses()
            .that().resideInAPackage("cn.kaoping.evaluation.query..")
            .should().dependOnClassesThat().resideInAPackage("cn.kaoping.evaluation.rest..");
}
