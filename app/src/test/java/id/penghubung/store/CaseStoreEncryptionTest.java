package id.penghubung.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.penghubung.model.ActionType;
import id.penghubung.model.Actor;
import id.penghubung.model.ActorKind;
import id.penghubung.model.Complaint;
import id.penghubung.model.Event;
import id.penghubung.model.EventType;
import id.penghubung.model.Reporter;
import id.penghubung.store.crypto.DataKey;
import id.penghubung.store.crypto.FieldCipher;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CaseStoreEncryptionTest {
    static final String NAME = "Siti Rahmawati Kusumadewi";
    static final String PHONE = "081298765432";
    static final String EMAIL = "siti.rahmawati77@contoh.id";
    static final String NIK = "3374015507880003";
    static final String DRAFT = "Kepada Ibu Siti, kami sudah menghubungi Dinas PU";

    @TempDir
    Path dir;

    private final SyntheticComplaints gen = new SyntheticComplaints(11);
    private final DataKey key = DataKey.generate();
    private final Instant now = Instant.parse("2026-01-01T00:00:00Z");

    @AfterEach
    void dropKey() {
        key.close();
    }

    private CaseStore open(Path file, FieldCipher cipher) {
        return CaseStore.open(file, SyntheticComplaints.deadlines(), Clock.systemUTC(), cipher);
    }

    /** A non-anonymous complaint whose reporter (and the reporter's own reply) carry known identity values. */
    private Complaint seeded(int n) {
        Complaint c = gen.complaint(n);
        List<Event> events = new ArrayList<>(c.events());
        events.add(new Event("e-" + n + "-reply", EventType.REPORTER_REPLIED, c.submittedAt().plusSeconds(3600),
                new Actor(ActorKind.REPORTER, NAME), "Masih belum diperbaiki", List.of()));
        return new Complaint(c.id(), c.trackingId(), c.version(), c.title(), c.body(), c.classification(), false,
                c.confidential(), c.category(), c.channel(), c.status(), c.submittedAt(), c.disposedAt(), c.incidentDate(),
                c.location(), c.agency(), c.unit(),
                Optional.of(new Reporter(NAME, Optional.of(PHONE), Optional.of(EMAIL), Optional.of(NIK))), c.attachments(),
                events);
    }

    @Test
    void identitiesAndDraftsAreSealedOnDiskAndReadBackWithTheKey() throws Exception {
        Path file = dir.resolve("cache.db");
        Complaint c = seeded(1);
        try (CaseStore store = open(file, FieldCipher.of(key))) {
            store.applyPage(List.of(c, gen.complaint(2)), List.of(), "c1");
            store.saveDraft(c.id(), ActionType.RESPOND, DRAFT);
            assertThat(store.complaint(c.id())).contains(c);
            assertThat(store.draft(c.id(), ActionType.RESPOND).orElseThrow().text()).isEqualTo(DRAFT);
            assertThat(store.encrypted()).isTrue();
            // Still searchable: complaint text is deliberately plain (docs/security.md).
            assertThat(store.search(c.title(), InboxQuery.of(InboxView.ALL, now, now), 5)).isNotEmpty();
            assertNothingOnDisk(file);
        }
        try (Connection raw = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement s = raw.createStatement();
                ResultSet rs = s.executeQuery("SELECT enc, typeof(name), typeof(phone), typeof(nik) FROM reporter")) {
            while (rs.next()) {
                assertThat(rs.getInt(1)).isEqualTo(1);
                assertThat(rs.getString(2)).isEqualTo("blob");
                assertThat(rs.getString(3)).isEqualTo("blob");
            }
        }
        assertNothingOnDisk(file);
        try (CaseStore store = open(file, FieldCipher.of(key))) {
            assertThat(store.complaint(c.id())).contains(c);
        }
    }

    @Test
    void anotherKeyOrNoKeyCannotOpenAnEncryptedStore() {
        Path file = dir.resolve("cache.db");
        try (CaseStore store = open(file, FieldCipher.of(key))) {
            store.applyPage(List.of(seeded(1)), List.of(), "c1");
        }
        try (DataKey other = DataKey.generate()) {
            assertThatThrownBy(() -> open(file, FieldCipher.of(other)))
                    .isInstanceOfSatisfying(StoreLockedException.class, e -> assertThat(e.messageKey()).isEqualTo("store.error.wrongKey"));
        }
        assertThatThrownBy(() -> CaseStore.open(file, SyntheticComplaints.deadlines()))
                .isInstanceOfSatisfying(StoreLockedException.class, e -> assertThat(e.messageKey()).isEqualTo("store.error.encrypted"));
    }

    @Test
    void lockDropsIdentitiesAndDraftsButKeepsTheInboxUnlockNeedsTheSameKey() {
        Path file = dir.resolve("cache.db");
        Complaint c = seeded(1);
        try (CaseStore store = open(file, FieldCipher.of(key))) {
            store.applyPage(List.of(c), List.of(), "c1");
            store.saveDraft(c.id(), ActionType.RESPOND, DRAFT);
            store.lock();
            assertThat(store.isLocked()).isTrue();
            assertThatThrownBy(() -> store.complaint(c.id()))
                    .isInstanceOfSatisfying(StoreLockedException.class, e -> assertThat(e.messageKey()).isEqualTo("store.error.locked"));
            assertThatThrownBy(() -> store.draft(c.id(), ActionType.RESPOND)).isInstanceOf(StoreLockedException.class);
            assertThatThrownBy(() -> store.saveDraft(c.id(), ActionType.RESPOND, "x")).isInstanceOf(StoreLockedException.class);
            assertThatThrownBy(() -> store.applyPage(List.of(seeded(3)), List.of(), "c2")).isInstanceOf(StoreLockedException.class);
            assertThat(store.count(InboxQuery.of(InboxView.ALL, now, now))).isEqualTo(1);
            // Deadlines need no identity, so a calendar change can still be applied while locked.
            assertThat(store.reindexDeadlines()).isEqualTo(1);
            try (DataKey other = DataKey.generate()) {
                assertThatThrownBy(() -> store.unlock(FieldCipher.of(other))).isInstanceOf(StoreLockedException.class);
            }
            assertThat(store.isLocked()).isTrue();
            store.unlock(FieldCipher.of(key));
            assertThat(store.complaint(c.id())).contains(c);
            assertThat(store.draft(c.id(), ActionType.RESPOND).orElseThrow().text()).isEqualTo(DRAFT);
            // Closing the DataKey itself (the UI's lock) has the same effect as lock().
            key.close();
            assertThat(store.isLocked()).isTrue();
            assertThatThrownBy(() -> store.complaint(c.id())).isInstanceOf(StoreLockedException.class);
        }
    }

    @Test
    void aPlainCacheFromBeforeIsSealedAtTheFirstKeyedOpenAndScrubbed() throws Exception {
        Path file = dir.resolve("cache.db");
        Complaint c = seeded(1);
        try (CaseStore store = CaseStore.open(file, SyntheticComplaints.deadlines())) {
            store.applyPage(List.of(c, gen.complaint(2)), List.of(), "c1");
            store.saveDraft(c.id(), ActionType.RESPOND, DRAFT);
            assertThat(store.encrypted()).isFalse();
        }
        assertThat(contains(file, NIK)).isTrue();
        try (CaseStore store = open(file, FieldCipher.of(key))) {
            assertThat(store.complaint(c.id())).contains(c);
            assertThat(store.draft(c.id(), ActionType.RESPOND).orElseThrow().text()).isEqualTo(DRAFT);
            assertNothingOnDisk(file);
        }
        assertNothingOnDisk(file);
    }

    @Test
    void anAnonymousComplaintLeavesNoIdentityInTheStore() throws Exception {
        Path file = dir.resolve("cache.db");
        Complaint named = seeded(1);
        // The model refuses a reporter on an anonymous complaint before the store ever sees one.
        assertThatThrownBy(() -> new Complaint(named.id(), named.trackingId(), named.version(), named.title(), named.body(),
                named.classification(), true, named.confidential(), named.category(), named.channel(), named.status(),
                named.submittedAt(), named.disposedAt(), named.incidentDate(), named.location(), named.agency(), named.unit(),
                named.reporter(), named.attachments(), List.of())).isInstanceOf(IllegalArgumentException.class);
        Complaint anon = new Complaint(named.id(), named.trackingId(), named.version(), named.title(), named.body(),
                named.classification(), true, named.confidential(), named.category(), named.channel(), named.status(),
                named.submittedAt(), named.disposedAt(), named.incidentDate(), named.location(), named.agency(), named.unit(),
                Optional.empty(), named.attachments(), List.of());
        try (CaseStore store = open(file, FieldCipher.plain())) {
            store.applyPage(List.of(anon), List.of(), "c1");
            assertThat(store.complaint(anon.id()).orElseThrow().reporter()).isEmpty();
        }
        try (Connection raw = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement s = raw.createStatement();
                ResultSet rs = s.executeQuery("SELECT count(*) FROM reporter")) {
            assertThat(rs.getInt(1)).isZero();
        }
    }

    @Test
    void theStoreFilesAreOwnerOnly() throws Exception {
        Path file = dir.resolve("acc").resolve("cache.db");
        try (CaseStore store = open(file, FieldCipher.of(key))) {
            store.applyPage(List.of(seeded(1)), List.of(), "c1");
            for (String suffix : List.of("", "-wal", "-shm")) {
                Path f = Path.of(file + suffix);
                if (Files.exists(f) && Files.getFileStore(f).supportsFileAttributeView("posix")) {
                    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(f))).as(suffix).isEqualTo("rw-------");
                }
            }
            Path export = dir.resolve("work.json");
            store.saveDraft("x", ActionType.RESPOND, DRAFT);
            store.exportLocalWork(export);
            if (Files.getFileStore(export).supportsFileAttributeView("posix")) {
                assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(export))).isEqualTo("rw-------");
            }
        }
    }

    @Test
    void printsAndExportsAreAudited() {
        try (CaseStore store = open(dir.resolve("cache.db"), FieldCipher.of(key))) {
            Complaint c = seeded(1);
            store.recordPrint("budi@lapor.go.id", List.of(c.trackingId()), "berkas.pdf", false);
            store.recordExport("budi@lapor.go.id", "CSV", 120, "ekspor.csv", true);
            List<AuditEntry> log = store.auditLog(10);
            assertThat(log).extracting(AuditEntry::action).containsExactly(CaseStore.AUDIT_EXPORT, CaseStore.AUDIT_PRINT);
            assertThat(log.get(1).detail()).contains("#" + c.trackingId().value()).contains("identities=no").contains("berkas.pdf");
            assertThat(log.get(0).detail()).contains("format=CSV").contains("count=120").contains("identities=yes");
            assertThat(log).allSatisfy(e -> assertThat(e.account()).isEqualTo("budi@lapor.go.id"));
        }
    }

    /** The main file and the WAL, searched byte for byte for every identity value and the draft. */
    static void assertNothingOnDisk(Path file) throws IOException {
        for (String suffix : List.of("", "-wal")) {
            Path f = Path.of(file + suffix);
            if (!Files.exists(f)) {
                continue;
            }
            for (String secret : List.of(NAME, PHONE, EMAIL, NIK, DRAFT, "Siti Rahmawati")) {
                assertThat(contains(f, secret)).as(secret + " in " + f.getFileName()).isFalse();
            }
        }
    }

    static boolean contains(Path file, String text) throws IOException {
        byte[] hay = Files.readAllBytes(file);
        byte[] needle = text.getBytes(StandardCharsets.UTF_8);
        outer:
        for (int i = 0; i + needle.length <= hay.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (hay[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

}
