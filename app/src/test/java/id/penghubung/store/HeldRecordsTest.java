package id.penghubung.store;

import static id.penghubung.store.CaseStoreEncryptionTest.NIK;
import static org.assertj.core.api.Assertions.assertThat;

import id.penghubung.model.Complaint;
import id.penghubung.store.crypto.DataKey;
import id.penghubung.store.crypto.FieldCipher;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 21: records held aside are sealed, listed without identity, retried by another build, released when they land. */
class HeldRecordsTest {
    @TempDir
    Path dir;

    private final SyntheticComplaints gen = new SyntheticComplaints(5);
    private final DataKey key = DataKey.generate();

    @AfterEach
    void dropKey() {
        key.close();
    }

    @Test
    void aHeldRecordIsSealedListedRetriedByAnotherBuildAndReleasedWhenItLands() throws Exception {
        Path file = dir.resolve("cache.db");
        Clock clock = Clock.fixed(Instant.parse("2026-03-01T00:00:00Z"), ZoneOffset.UTC);
        Complaint fits = gen.complaint(1);
        Complaint other = gen.complaint(2);
        String raw = "{\"id\":\"" + fits.id() + "\",\"reporter\":{\"nik\":\"" + NIK + "\"}}";
        try (CaseStore store = CaseStore.open(file, SyntheticComplaints.deadlines(), clock, FieldCipher.of(key))) {
            store.applyPage(List.of(other), List.of(), List.of(new HeldRecord.Incoming(fits.id(),
                    fits.trackingId().toString(), fits.version(), HeldRecord.tooLong("reporter.name"), raw)), "c1");
            assertThat(store.cursor()).contains("c1");
            assertThat(store.complaint(other.id())).isPresent();
            assertThat(store.heldRecords()).containsExactly(new HeldRecord(fits.id(), fits.trackingId().toString(),
                    fits.version(), "tooLong:reporter.name", raw.length(), clock.instant()));
            CaseStoreEncryptionTest.assertNothingOnDisk(file);

            // The build that held it does not try it again at every sync; another build does.
            assertThat(store.heldForRetry()).isEmpty();
            assertThat(store.heldForRetry("9.9.9")).containsExactly(raw);

            store.applyComplaints(List.of(fits), List.of());
            assertThat(store.heldRecords()).isEmpty();
            assertThat(store.complaint(fits.id())).isPresent();
        }
    }

    @Test
    void aComplaintThatLeavesTheScopeIsNoLongerHeld() {
        Complaint c = gen.complaint(3);
        try (CaseStore store = CaseStore.open(dir.resolve("cache.db"), SyntheticComplaints.deadlines())) {
            store.applyPage(List.of(), List.of(), List.of(new HeldRecord.Incoming(c.id(), c.trackingId().toString(),
                    c.version(), HeldRecord.tooLong("location.detail"), "{}")), "c1");
            assertThat(store.heldRecords()).hasSize(1);
            store.applyPage(List.of(), List.of(c.id()), "c2");
            assertThat(store.heldRecords()).isEmpty();
        }
    }
}
