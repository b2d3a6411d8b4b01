package id.penghubung.store;

import static id.penghubung.store.CaseStoreEncryptionTest.NAME;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.penghubung.model.Complaint;
import id.penghubung.model.Reporter;
import id.penghubung.model.action.Note;
import id.penghubung.store.crypto.DataKey;
import id.penghubung.store.crypto.FieldCipher;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15, "conflicts that explain themselves": an action keeps the complaint as it was when it was
 * written (its base copy), sealed like every stored copy of a complaint, dropped with its outbox row.
 */
class BaseCopyTest {
    @TempDir
    Path dir;

    private final DataKey key = DataKey.generate();
    private final SyntheticComplaints gen = new SyntheticComplaints(15);

    @AfterEach
    void dropKey() {
        key.close();
    }

    private Complaint withReporter(Complaint c) {
        return new Complaint(c.id(), c.trackingId(), c.version(), c.title(), c.body(), c.classification(), false,
                c.confidential(), c.category(), c.channel(), c.status(), c.submittedAt(), c.disposedAt(), c.incidentDate(),
                c.location(), c.agency(), c.unit(), Optional.of(new Reporter(NAME, Optional.empty(), Optional.empty(),
                        Optional.empty())), c.attachments(), c.events());
    }

    @Test
    void theBaseCopyIsTheComplaintAsItWasSealedAndGoesWithItsRow() throws Exception {
        Path file = dir.resolve("cache.db");
        Clock clock = Clock.fixed(Instant.parse("2026-11-30T03:00:00Z"), ZoneOffset.UTC);
        Complaint before = withReporter(gen.complaint(1, 3));
        try (CaseStore store = CaseStore.open(file, SyntheticComplaints.deadlines(), clock, FieldCipher.of(key))) {
            store.applyComplaints(List.of(before));
            UUID id = store.enqueue(before.id(), before.version(), new Note("catatan")).actionId();
            // The server's copy moves on (a pull); the base copy stays as the officer saw it.
            Complaint after = withReporter(gen.complaint(1, 4));
            store.applyComplaints(List.of(new Complaint(after.id(), after.trackingId(), 4, "Judul baru", after.body(),
                    after.classification(), false, after.confidential(), after.category(), after.channel(), after.status(),
                    after.submittedAt(), after.disposedAt(), after.incidentDate(), after.location(), after.agency(),
                    after.unit(), after.reporter(), after.attachments(), after.events())));
            JsonNode base = new ObjectMapper().readTree(store.baseCopy(id).orElseThrow());
            assertThat(base.path("version").asLong()).isEqualTo(3);
            assertThat(base.path("title").asText()).isEqualTo(before.title());
            assertThat(base.path("reporter").path("name").asText()).isEqualTo(NAME);
            assertThat(base.path("events")).hasSize(before.events().size());
            CaseStoreEncryptionTest.assertNothingOnDisk(file);

            // Resending after review moves the base to the version the officer has now seen.
            assertThat(store.markConflict(id, "{}")).isTrue();
            assertThat(store.resend(id, 4)).isTrue();
            assertThat(new ObjectMapper().readTree(store.baseCopy(id).orElseThrow()).path("title").asText())
                    .isEqualTo("Judul baru");

            // Applied: the copy is no longer needed and goes at once; the row goes with the week's prune.
            assertThat(store.markApplied(id, 5)).isTrue();
            assertThat(store.baseCopy(id)).isEmpty();
            UUID discarded = store.enqueue(before.id(), 5, new Note("lagi")).actionId();
            assertThat(store.baseCopy(discarded)).isPresent();
            assertThat(store.discard(discarded)).isTrue();
            assertThat(store.baseCopy(discarded)).isEmpty();
            assertThat(store.pruneApplied(Duration.ofDays(-1))).isEqualTo(1);
        }
        CaseStoreEncryptionTest.assertNothingOnDisk(file);
    }

    @Test
    void anActionOnAComplaintNotInTheCacheHasNoBaseCopy() {
        try (CaseStore store = CaseStore.open(dir.resolve("c.db"), SyntheticComplaints.deadlines(), Clock.systemUTC(),
                FieldCipher.of(key))) {
            UUID id = store.enqueue("unknown", 1, new Note("x")).actionId();
            assertThat(store.baseCopy(id)).isEmpty();
        }
    }
}
