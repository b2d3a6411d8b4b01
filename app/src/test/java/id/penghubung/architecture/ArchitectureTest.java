package id.penghubung.architecture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import id.penghubung.testing.ProductionClasses;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ArchitectureTest {
    private static JavaClasses production;
    private static JavaClasses broken;
    private static final LayerRules RULES = new LayerRules("id.penghubung");

    @BeforeAll
    static void importProductionClasses() {
        production = ProductionClasses.get();
        broken = new ClassFileImporter().importPackages("id.penghubung.archfixture");
    }

    @Test
    void layersDependOneWay() {
        RULES.layers().check(production);
    }

    @Test
    void modelIsPlainJava() {
        RULES.modelIsPlainJava().check(production);
    }

    @Test
    void centralStandsAlone() {
        RULES.centralStandsAlone().check(production);
    }

    @Test
    void onlyTheUiKnowsJavaFx() {
        RULES.onlyUiKnowsJavaFx().check(production);
    }

    @Test
    void viewModelsHoldNoNodes() {
        RULES.viewModelsHoldNoNodes().check(production);
    }

    @Test
    void noStandardStreamsOutsideTheCommandLine() {
        RULES.noStandardStreamsOutsideCli().check(production);
    }

    @Test
    void caseFilesReadNoCache() {
        RULES.casefileReadsNoCache().check(production);
    }

    @Test
    void layersFormNoCycle() {
        RULES.layersFreeOfCycles().check(production);
    }

    @Test
    void deskPackagesFormNoCycle() {
        RULES.uiFreeOfCycles().check(production);
    }

    @Test
    void viewConstructorsAddNoListener() {
        RULES.viewConstructorsAddNoListener().check(production);
    }

    @Test
    void viewModelsUseNarrowPorts() {
        RULES.viewModelsUseNarrowPorts().check(production);
    }

    /**
     * No two top-level classes share a simple name (a reader, a stack trace and an import list each
     * name one class): a port in the desk is named for its role ({@code SignInPort}, {@code AttachmentAccess}),
     * a wire type carries the {@code Wire} prefix when the model has the name ({@code WireSlaPolicy}).
     */
    @Test
    void noTwoMainClassesShareASimpleName() {
        assertThat(sharedSimpleNames(production)).as("simple names of more than one main class").isEmpty();
    }

    @Test
    void theNameCheckSeesTwoClassesOfOneName() {
        assertThat(sharedSimpleNames(broken)).containsOnlyKeys("TwinName");
    }

    static Map<String, List<String>> sharedSimpleNames(JavaClasses classes) {
        return classes.stream().filter(JavaClass::isTopLevelClass)
                .collect(Collectors.groupingBy(JavaClass::getSimpleName, TreeMap::new,
                        Collectors.mapping(JavaClass::getName, Collectors.toList())))
                .entrySet().stream().filter(e -> e.getValue().size() > 1)
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, TreeMap::new));
    }

    /** No rule is vacuous: each one fails on the deliberately broken fixture, naming the offender. */
    @Test
    void everyRuleFailsOnTheBrokenFixture() {
        LayerRules fixtureRules = new LayerRules("id.penghubung.archfixture");
        assertThatThrownBy(() -> fixtureRules.modelIsPlainJava().check(broken))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("java.sql.Connection")
                .hasMessageContaining("javafx.beans.property.StringProperty");
        assertThatThrownBy(() -> fixtureRules.layers().check(broken))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("ForbiddenModel");
        assertThatThrownBy(() -> fixtureRules.onlyUiKnowsJavaFx().check(broken))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("ForbiddenModel");
        assertThatThrownBy(() -> fixtureRules.casefileReadsNoCache().check(broken))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("CacheReadingCaseFile");
        assertThatThrownBy(() -> fixtureRules.centralStandsAlone().check(broken))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("ReachingCentral");
        assertThatThrownBy(() -> fixtureRules.viewModelsHoldNoNodes().check(broken))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("NodeHoldingViewModel");
        assertThatThrownBy(() -> fixtureRules.noStandardStreamsOutsideCli().check(broken))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("ChattyStore");
        assertThatThrownBy(() -> fixtureRules.layersFreeOfCycles().check(broken))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("ChattyStore")
                .hasMessageContaining("ForbiddenModel");
        assertThatThrownBy(() -> fixtureRules.uiFreeOfCycles().check(broken))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("FixtureSignInView");
        assertThatThrownBy(() -> fixtureRules.viewConstructorsAddNoListener().check(broken))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("ListeningView adds a listener while being built");
        assertThatThrownBy(() -> fixtureRules.viewModelsUseNarrowPorts().check(broken))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("CacheHoldingViewModel");
    }
}
