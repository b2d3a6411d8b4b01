package id.penghubung.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import com.tngtech.archunit.library.GeneralCodingRules;

/**
 * The layer rules of DEVELOPERS.md, written once for any root package so that a test can also
 * point them at a deliberately broken fixture and see them fail.
 */
final class LayerRules {
    private final String root;

    LayerRules(String root) {
        this.root = root;
    }

    private String pkg(String name) {
        return root + "." + name + "..";
    }

    /** model ← store ← (sync, casefile) ← ui ← cli; protocol shared by sync and central; i18n under all. */
    ArchRule layers() {
        return layeredArchitecture()
                .consideringOnlyDependenciesInLayers()
                .withOptionalLayers(true)
                .layer("I18n").definedBy(pkg("i18n"))
                .layer("Model").definedBy(pkg("model"))
                .layer("Store").definedBy(pkg("store"))
                .layer("Protocol").definedBy(pkg("protocol"))
                .layer("Sync").definedBy(pkg("sync"))
                .layer("Casefile").definedBy(pkg("casefile"))
                .layer("Central").definedBy(pkg("central"))
                .layer("Ui").definedBy(pkg("ui"))
                .layer("Cli").definedBy(pkg("cli"))
                .whereLayer("Cli").mayNotBeAccessedByAnyLayer()
                .whereLayer("Ui").mayOnlyBeAccessedByLayers("Cli")
                .whereLayer("Central").mayOnlyBeAccessedByLayers("Cli")
                .whereLayer("Sync").mayOnlyBeAccessedByLayers("Ui", "Cli")
                .whereLayer("Casefile").mayOnlyBeAccessedByLayers("Ui", "Cli")
                .whereLayer("Protocol").mayOnlyBeAccessedByLayers("Sync", "Central", "Cli")
                .whereLayer("Store").mayOnlyBeAccessedByLayers("Sync", "Casefile", "Ui", "Cli")
                .whereLayer("Model").mayOnlyBeAccessedByLayers(
                        "Store", "Protocol", "Sync", "Casefile", "Central", "Ui", "Cli");
    }

    /** The domain model is plain Java: no database, no toolkit, no network, no files, no libraries. */
    ArchRule modelIsPlainJava() {
        return classes().that().resideInAPackage(pkg("model"))
                .should().onlyDependOnClassesThat()
                .resideInAnyPackage("java..", pkg("model"), pkg("i18n"))
                .andShould(noJdkIo());
    }

    private static com.tngtech.archunit.lang.ArchCondition<com.tngtech.archunit.core.domain.JavaClass> noJdkIo() {
        return com.tngtech.archunit.lang.conditions.ArchConditions.not(
                com.tngtech.archunit.lang.conditions.ArchConditions.dependOnClassesThat(
                        com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage(
                                "java.sql..", "java.net..", "java.nio.file..", "java.awt..", "javax.swing..")));
    }

    /** Case files are handed what they print: from the store they use only its owner-only file writing. */
    ArchRule casefileReadsNoCache() {
        return noClasses().that().resideInAPackage(pkg("casefile"))
                .should().dependOnClassesThat(resideInAPackage(pkg("store")).and(not(resideInAPackage(pkg("store.export")))));
    }

    /** The training server stands alone: it never reaches into the client's cache or windows. */
    ArchRule centralStandsAlone() {
        return noClasses().that().resideInAPackage(pkg("central"))
                .should().dependOnClassesThat().resideInAnyPackage(pkg("store"), pkg("ui"), pkg("sync"), pkg("casefile"));
    }

    /** Below the UI nothing knows JavaFX, so the store, sync and PDFs run headless. */
    ArchRule onlyUiKnowsJavaFx() {
        return noClasses().that().resideInAnyPackage(pkg("model"), pkg("store"), pkg("protocol"), pkg("sync"), pkg("central"), pkg("casefile"), pkg("i18n"))
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..", "atlantafx..");
    }

    /** A view model holds properties, never nodes: it is tested without the toolkit. */
    ArchRule viewModelsHoldNoNodes() {
        return noClasses().that().haveSimpleNameEndingWith("ViewModel")
                .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..");
    }

    /** Standard streams belong to the command line only; everything else logs or returns. */
    ArchRule noStandardStreamsOutsideCli() {
        return noClasses().that().resideOutsideOfPackage(pkg("cli"))
                .should(GeneralCodingRules.ACCESS_STANDARD_STREAMS);
    }

    /** The layers form no cycle among themselves (the layer rule alone allows one inside a layer's reach). */
    ArchRule layersFreeOfCycles() {
        return slices().matching(root + ".(*)..").should().beFreeOfCycles();
    }

    /**
     * The desk's packages form no cycle: {@code ui} itself (the application), {@code ui.signin},
     * {@code ui.inbox}, … each a slice, so a view reaching back to the application is caught.
     * (javac inlines compile-time constants, so a cycle made only of a {@code static final String}
     * leaves no trace in the bytecode: keep shared constants in {@code ui.common} regardless.)
     */
    ArchRule uiFreeOfCycles() {
        String ui = root + ".ui";
        return slices().assignedFrom(new SliceAssignment() {
            @Override
            public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
                String pkg = javaClass.getPackageName();
                if (pkg.equals(ui)) {
                    return SliceIdentifier.of("ui");
                }
                if (pkg.startsWith(ui + ".")) {
                    String rest = pkg.substring(ui.length() + 1);
                    int dot = rest.indexOf('.');
                    return SliceIdentifier.of("ui." + (dot < 0 ? rest : rest.substring(0, dot)));
                }
                return SliceIdentifier.ignore();
            }

            @Override
            public String getDescription() {
                return "the packages of " + ui;
            }
        }).should().beFreeOfCycles();
    }

    /**
     * A view's constructor only builds nodes: listeners are registered in {@code activate()} and
     * removed in {@code deactivate()} ({@code ui.common.ViewSubscriptions}), so a closed or rebuilt
     * view leaves nothing behind on its view model. Views are the desk's classes named {@code …View}
     * or {@code …Window}; a call from the constructor into the class's own methods counts too.
     */
    ArchRule viewConstructorsAddNoListener() {
        return classes().that(ViewConstructors.views(root + ".ui"))
                .should(ViewConstructors.addNoListener());
    }

    /**
     * A view model reaches the layers below only through a narrow port of its own package (as
     * {@code InboxData}, {@code DetailData}, {@code ActionData}, {@code DashboardData}, {@code SyncControl}
     * are): it may use their value types (rows, drafts, outbox entries) but never a resource that is
     * opened and closed there (the case store, its queries, a session), nor sync or the protocol.
     * So every view model is unit-tested over a small fake or the real store behind its port.
     */
    ArchRule viewModelsUseNarrowPorts() {
        return noClasses().that().haveSimpleNameEndingWith("ViewModel")
                .should().dependOnClassesThat(resideInAnyPackage(pkg("sync"), pkg("protocol"), pkg("central"))
                        .or(resideInAnyPackage(pkg("store"), pkg("casefile"))
                                .and(JavaClass.Predicates.assignableTo(AutoCloseable.class))));
    }
}
