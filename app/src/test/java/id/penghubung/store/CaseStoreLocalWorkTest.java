package id.penghubung.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.penghubung.model.ActionType;
import id.penghubung.model.action.Complete;
import id.penghubung.model.action.Dispose;
import id.penghubung.model.action.NotAuthorized;
import id.penghubung.model.action.Note;
import id.penghubung.model.action.OfficerAction;
import id.penghubung.model.action.RequestInfo;
import id.penghubung.model.action.Respond;
import id.penghubung.store.crypto.FieldCipher;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CaseStoreLocalWorkTest {
    @TempDir
    Path dir;

    private final SyntheticComplaints gen = new SyntheticComplaints(3);

    private CaseStore open(Path file) {
        return CaseStore.open(file, SyntheticComplaints.deadlines());
    }

    @Test
    void draftsAreUpsertedPerComplaintAndKindAndSurviveReopen() {
        Path file = dir.resolve("a.db");
        String id = SyntheticComplaints.idOf(1);
        try (CaseStore store = open(file)) {
            store.applyPage(gen.page(0, 3), List.of(), "c");
            store.saveDraft(id, ActionType.RESPOND, "Terima");
            store.saveDraft(id, ActionType.RESPOND, "Terima kasih atas laporan Anda.");
            store.saveDraft(id, ActionType.NOTE, "catatan");
            store.saveDraft("not-cached", ActionType.REQUEST_INFO, "pertanyaan");
            assertThat(store.draft(id, ActionType.RESPOND).orElseThrow().text()).isEqualTo("Terima kasih atas laporan Anda.");
            assertThat(store.drafts()).hasSize(3);
            assertThat(store.draft("not-cached", ActionType.REQUEST_INFO).orElseThrow().orphaned()).isTrue();
        }
        try (CaseStore store = open(file)) {
            assertThat(store.draft(id, ActionType.RESPOND).orElseThrow().text()).isEqualTo("Terima kasih atas laporan Anda.");
            assertThat(store.deleteDraft(id, ActionType.NOTE)).isTrue();
            assertThat(store.deleteDraft(id, ActionType.NOTE)).isFalse();
            assertThat(store.draft(id, ActionType.NOTE)).isEmpty();
            assertThat(store.drafts()).extracting(Draft::kind).containsExactlyInAnyOrder(ActionType.RESPOND, ActionType.REQUEST_INFO);
        }
    }

    @Test
    void everyActionTypeRoundTripsThroughTheOutbox() {
        List<OfficerAction> actions = List.of(
                new Respond("Sudah diperbaiki.", List.of("a".repeat(64))),
                new Dispose("unit-3", "Mohon ditangani"),
                new NotAuthorized("Bukan kewenangan kami", Optional.of("ag-9")),
                new NotAuthorized("Bukan kewenangan kami", Optional.empty()),
                new RequestInfo("Di mana lokasi tepatnya?"),
                new Complete("Selesai ditangani.", List.of()),
                new Note("Internal: \"kutip\" \\ \u00e9 💥"));
        try (CaseStore store = open(dir.resolve("a.db"))) {
            for (OfficerAction a : actions) {
                OutboxEntry e = store.enqueue("c-1", 4, a);
                assertThat(e.state()).isEqualTo(OutboxState.PENDING);
                assertThat(e.baseVersion()).isEqualTo(4);
                assertThat(store.outboxEntry(e.actionId()).orElseThrow().action()).isEqualTo(a);
            }
            assertThat(store.outbox()).extracting(OutboxEntry::action).containsExactlyElementsOf(actions);
        }
    }

    @Test
    void outboxLifecycleQuarantinesAComplaintUntilTheOfficerDecides() {
        try (CaseStore store = open(dir.resolve("a.db"))) {
            store.applyPage(gen.page(0, 5), List.of(), "c");
            String a = SyntheticComplaints.idOf(1);
            String b = SyntheticComplaints.idOf(2);
            OutboxEntry a1 = store.enqueue(a, 5, new Respond("satu", List.of()));
            OutboxEntry b1 = store.enqueue(b, 7, new Note("b1"));
            OutboxEntry a2 = store.enqueue(a, 5, new Note("dua"));
            OutboxEntry b2 = store.enqueue(b, 7, new Note("b2"));

            // Only the head of each complaint's queue, oldest first.
            assertThat(store.sendable(10)).extracting(OutboxEntry::actionId).containsExactly(a1.actionId(), b1.actionId());
            assertThat(store.markSending(a1.actionId())).isTrue();
            assertThat(store.markSending(a1.actionId())).isFalse();
            assertThat(store.withdraw(a1.actionId())).isFalse();
            assertThat(store.recordAttempt(a1.actionId(), "timeout")).isTrue();
            OutboxEntry retried = store.outboxEntry(a1.actionId()).orElseThrow();
            assertThat(retried.state()).isEqualTo(OutboxState.PENDING);
            assertThat(retried.attempts()).isEqualTo(1);
            assertThat(retried.lastError()).contains("timeout");

            assertThat(store.markSending(a1.actionId())).isTrue();
            assertThat(store.markApplied(a1.actionId(), 6)).isTrue();
            assertThat(store.outboxEntry(a1.actionId()).orElseThrow().appliedVersion()).contains(6L);
            // a2 was queued on the same version as a1: rebased onto the officer's own change.
            assertThat(store.outboxEntry(a2.actionId()).orElseThrow().baseVersion()).isEqualTo(6);
            assertThat(store.sendable(10)).extracting(OutboxEntry::actionId).containsExactly(b1.actionId(), a2.actionId());

            // b1 conflicts: b is quarantined (b2 waits) until resend or discard.
            assertThat(store.markConflict(b1.actionId(), "{\"version\":9}")).isTrue();
            assertThat(store.outboxEntry(b1.actionId()).orElseThrow().serverAnswerJson()).contains("{\"version\":9}");
            assertThat(store.sendable(10)).extracting(OutboxEntry::actionId).containsExactly(a2.actionId());
            assertThat(store.resend(b1.actionId(), 9)).isTrue();
            assertThat(store.outboxEntry(b1.actionId()).orElseThrow().serverAnswerJson()).isEmpty();
            assertThat(store.sendable(1)).extracting(OutboxEntry::actionId).containsExactly(b1.actionId());
            assertThat(store.markRejected(b1.actionId(), "{\"error\":{\"code\":\"EMPTY_TEXT\"}}")).isTrue();
            assertThat(store.sendable(10)).extracting(OutboxEntry::actionId).containsExactly(a2.actionId());
            assertThat(store.resend(a2.actionId(), 1)).isFalse();
            assertThat(store.discard(b1.actionId())).isTrue();
            assertThat(store.sendable(10)).extracting(OutboxEntry::actionId).containsExactly(a2.actionId(), b2.actionId());

            assertThat(store.withdraw(b2.actionId())).isTrue();
            assertThat(store.outbox()).extracting(OutboxEntry::actionId).containsExactly(a2.actionId());
            assertThat(store.outboxFor(a)).extracting(OutboxEntry::state)
                    .containsExactly(OutboxState.APPLIED, OutboxState.PENDING);
            assertThat(store.pruneApplied(Instant.now().plusSeconds(60))).isEqualTo(1);
            assertThat(store.outboxFor(a)).hasSize(1);
        }
    }

    @Test
    void theAuditLogIsAppendOnly() throws SQLException {
        Path file = dir.resolve("a.db");
        try (CaseStore store = open(file)) {
            store.audit("penghubung", "RESPOND_QUEUED", "#1000001");
            store.audit("penghubung", "LOGIN", "");
            assertThat(store.auditLog(10)).extracting(AuditEntry::action).containsExactly("LOGIN", "RESPOND_QUEUED");
            assertThat(store.auditLog(1)).hasSize(1);
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            assertThatThrownBy(() -> s.executeUpdate("UPDATE audit_log SET detail = 'x'")).hasMessageContaining("append-only");
            assertThatThrownBy(() -> s.executeUpdate("DELETE FROM audit_log")).hasMessageContaining("append-only");
        }
        try (CaseStore store = open(file)) {
            assertThat(store.auditLog(10)).hasSize(2);
        }
    }

    @Test
    void aDamagedCacheIsRebuiltWithDraftsOutboxAndAuditKept() throws Exception {
        Path file = dir.resolve("acct.db");
        Path export = dir.resolve("local-work.json");
        OutboxEntry pending;
        OutboxEntry conflict;
        try (CaseStore store = open(file)) {
            for (int i = 0; i < 40; i++) {
                store.applyPage(gen.page(i * 50, 50), List.of(), "page-" + i);
            }
            store.saveDraft(SyntheticComplaints.idOf(3), ActionType.RESPOND, "draf penting");
            pending = store.enqueue(SyntheticComplaints.idOf(3), 2, new RequestInfo("Mohon foto lokasi"));
            conflict = store.enqueue(SyntheticComplaints.idOf(4), 1, new Note("n"));
            store.markConflict(conflict.actionId(), "{\"complaint\":{}}");
            store.audit("penghubung", "DRAFT_SAVED", "#1000003");
            assertThat(store.integrityCheck()).isEqualTo(new IntegrityReport(true, List.of()));
            store.exportLocalWork(export);
        }
        // Damage the middle of the file (the complaint pages), as a failing disk would.
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            long len = raf.length();
            for (long pos = len / 3; pos < 2 * len / 3; pos += 4096 * 7) {
                raf.seek(pos);
                raf.write(new byte[600]);
            }
        }
        boolean detected;
        try (CaseStore damaged = open(file)) {
            detected = !damaged.integrityCheck().ok();
        } catch (DamagedStoreException e) {
            detected = true;
        }
        assertThat(detected).isTrue();

        try (CaseStore store = CaseStore.rebuild(file, export, SyntheticComplaints.deadlines(), FieldCipher.plain())) {
            assertThat(store.integrityCheck().ok()).isTrue();
            assertThat(store.cursor()).isEmpty();
            assertThat(store.count(InboxQuery.of(InboxView.ALL, Instant.now(), Instant.now()))).isZero();
            assertThat(store.draft(SyntheticComplaints.idOf(3), ActionType.RESPOND).orElseThrow().text()).isEqualTo("draf penting");
            OutboxEntry p = store.outboxEntry(pending.actionId()).orElseThrow();
            assertThat(p.action()).isEqualTo(new RequestInfo("Mohon foto lokasi"));
            assertThat(p.state()).isEqualTo(OutboxState.PENDING);
            assertThat(store.outboxEntry(conflict.actionId()).orElseThrow().serverAnswerJson()).contains("{\"complaint\":{}}");
            assertThat(store.auditLog(10)).extracting(AuditEntry::action).containsExactly("DRAFT_SAVED");
            // The next pull refills the cache and the local work is attached again.
            store.applyPage(gen.page(0, 10), List.of(), "fresh");
            assertThat(store.sendable(10)).extracting(OutboxEntry::actionId).containsExactly(pending.actionId());
            assertThat(store.draft(SyntheticComplaints.idOf(3), ActionType.RESPOND).orElseThrow().orphaned()).isFalse();
        }
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(f -> f.getFileName().toString())).anyMatch(n -> n.startsWith("acct.db.damaged-"));
        }
    }

    @Test
    void timestampsComeFromTheInjectedClock() {
        Instant t = Instant.parse("2026-03-02T03:04:05.678Z");
        try (CaseStore store = CaseStore.open(dir.resolve("a.db"), DeadlineIndex.none(), Clock.fixed(t, ZoneOffset.UTC))) {
            assertThat(store.saveDraft("x", ActionType.NOTE, "n").updatedAt()).isEqualTo(t);
            assertThat(store.enqueue("x", 1, new Note("n")).createdAt()).isEqualTo(t);
            store.audit("a", "b", "c");
            assertThat(store.auditLog(1).get(0).at()).isEqualTo(t);
            assertThat(store.pruneApplied(t.plus(Duration.ofDays(30)))).isZero();
        }
    }
}
