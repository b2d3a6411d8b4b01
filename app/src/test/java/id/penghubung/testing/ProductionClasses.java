package id.penghubung.testing;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * The main code's classes as ArchUnit sees them, imported once per test JVM: the import (with the
 * JDK and library classes it resolves) is the slowest step of the architecture checks, and more
 * than one test class reads the same classes.
 */
public final class ProductionClasses {
    private static JavaClasses imported;

    private ProductionClasses() {
    }

    public static synchronized JavaClasses get() {
        if (imported == null) {
            imported = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                    .importPackages("id.penghubung");
        }
        return imported;
    }
}
