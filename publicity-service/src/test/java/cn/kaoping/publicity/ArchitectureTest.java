package cn.kaoping.publicity;

import cn.kaoping.testkit.ServiceLayoutRules;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;

/** The layering contract of every service (docs/service-layout.md). */
@AnalyzeClasses(packages = "cn.kaoping.publicity", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchTests LAYOUT = ArchTests.in(ServiceLayoutRules.class);
}
