package id.penghubung.store;

import java.util.List;

/** The result of {@link CaseStore#integrityCheck()}: SQLite's and FTS5's findings, empty when sound. */
public record IntegrityReport(boolean ok, List<String> problems) {
    public IntegrityReport {
        problems = List.copyOf(problems);
    }
}
