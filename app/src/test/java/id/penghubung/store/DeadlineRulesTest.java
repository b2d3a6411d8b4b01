package id.penghubung.store;

import static org.assertj.core.api.Assertions.assertThat;

import id.penghubung.model.Complaint;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A new holiday table (a release's or an imported one) moves the stored deadlines at the next open. */
class DeadlineRulesTest {
    @TempDir
    Path dir;

    private final SyntheticComplaints gen = new SyntheticComplaints(11);
    private final Instant now = Instant.parse("2026-01-01T00:00:00Z");

    private record Rules(String fingerprint, Optional<Instant> due) implements DeadlineIndex {
        @Override
        public Optional<Instant> nextDueAt(Complaint complaint) {
            return due;
        }

        @Override
        public String rulesFingerprint() {
            return fingerprint;
        }
    }

    private Optional<Instant> firstDue(CaseStore store) {
        return store.page(InboxQuery.of(InboxView.ALL, now, now), 0, 1).get(0).nextDueAt();
    }

    @Test
    void storedDeadlinesAreRecomputedWhenTheRulesChangedBetweenOpens() {
        Instant before = Instant.parse("2027-03-10T17:00:00Z");
        Instant after = Instant.parse("2027-03-11T17:00:00Z");
        Path file = dir.resolve("cache.db");
        try (CaseStore store = CaseStore.open(file, new Rules("kalender-lama", Optional.of(before)))) {
            store.applyPage(gen.page(0, 30), List.of(), "c1");
            assertThat(firstDue(store)).contains(before);
        }
        try (CaseStore store = CaseStore.open(file, new Rules("kalender-baru", Optional.of(after)))) {
            assertThat(firstDue(store)).contains(after);
        }
    }

    @Test
    void theSameRulesDoNotRecomputeAtOpen() {
        Instant stored = Instant.parse("2027-03-10T17:00:00Z");
        Path file = dir.resolve("cache.db");
        try (CaseStore store = CaseStore.open(file, new Rules("sama", Optional.of(stored)))) {
            store.applyPage(gen.page(0, 5), List.of(), "c1");
        }
        // Same fingerprint, a different answer: proof that nothing was recomputed.
        try (CaseStore store = CaseStore.open(file, new Rules("sama", Optional.empty()))) {
            assertThat(firstDue(store)).contains(stored);
        }
    }

    @Test
    void aToolThatDoesNotCareAboutDeadlinesLeavesThemAsTheyWere() {
        Instant stored = Instant.parse("2027-03-10T17:00:00Z");
        Path file = dir.resolve("cache.db");
        try (CaseStore store = CaseStore.open(file, new Rules("kalender", Optional.of(stored)))) {
            store.applyPage(gen.page(0, 5), List.of(), "c1");
        }
        // The CLI export and the matcher open the cache without rules.
        try (CaseStore store = CaseStore.open(file, DeadlineIndex.none())) {
            assertThat(firstDue(store)).contains(stored);
        }
        try (CaseStore store = CaseStore.open(file, new Rules("kalender", Optional.empty()))) {
            assertThat(firstDue(store)).as("and nothing is recomputed when the desk opens it again").contains(stored);
        }
    }
}
