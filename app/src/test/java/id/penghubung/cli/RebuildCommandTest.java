package id.penghubung.cli;

import static org.assertj.core.api.Assertions.assertThat;

import id.penghubung.i18n.Messages;
import id.penghubung.model.ActionType;
import id.penghubung.model.Complaint;
import id.penghubung.model.action.Note;
import id.penghubung.store.AuditEntry;
import id.penghubung.store.CaseStore;
import id.penghubung.store.DeadlineIndex;
import id.penghubung.store.InboxQuery;
import id.penghubung.store.InboxView;
import id.penghubung.store.OutboxState;
import id.penghubung.store.account.Account;
import id.penghubung.store.crypto.DataKey;
import id.penghubung.store.crypto.FieldCipher;
import id.penghubung.store.crypto.KeyWrap;
import id.penghubung.testing.DamagedFiles;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line's way out of a damaged cache: every command that opens it names {@code rebuild}, which keeps the local work. */
class RebuildCommandTest {
    private static final Messages TEXTS = Messages.indonesian();

    @TempDir
    Path data;

    private final InputStream stdin = System.in;

    @AfterEach
    void restoreStdin() {
        System.setIn(stdin);
    }

    private int run(StringWriter err, String... args) {
        System.setIn(new ByteArrayInputStream((LocalAccount.PASSWORD + "\n").getBytes(StandardCharsets.UTF_8)));
        return Launcher.run(args, new PrintWriter(new StringWriter(), true), new PrintWriter(err, true));
    }

    @Test
    void aDamagedCacheNamesTheRebuildWhichKeepsTheDraftAndTheUnsentAction() throws Exception {
        Account account = LocalAccount.create(data, 40, List.of());
        UUID queued;
        String complaintId;
        try (DataKey key = KeyWrap.unlock(KeyWrap.fileIn(account.folder()), LocalAccount.PASSWORD.toCharArray());
                CaseStore store = CaseStore.open(account.cacheFile(), DeadlineIndex.none(), Clock.systemUTC(), FieldCipher.of(key))) {
            Complaint c = store.complaint(firstId(store)).orElseThrow();
            complaintId = c.id();
            queued = store.enqueue(c.id(), c.version(), new Note("belum terkirim")).actionId();
            store.saveDraft(c.id(), ActionType.RESPOND, "draf yang harus selamat");
        }
        DamagedFiles.damageTable(account.cacheFile(), "sync_state");

        for (String[] command : List.of(new String[] {"export", "--format", "csv"}, new String[] {"diagnose", "--out", "d.zip"})) {
            StringWriter err = new StringWriter();
            String[] args = Stream.concat(Stream.of(command), Stream.of("--data", data.toString())).toArray(String[]::new);
            assertThat(run(err, args)).isEqualTo(ExitCodes.FAILURE);
            assertThat(err.toString()).as(command[0]).contains(TEXTS.get("cli.rebuild.damaged", account.username()));
        }

        StringWriter err = new StringWriter();
        assertThat(run(err, "rebuild", "--data", data.toString())).as(err.toString()).isZero();
        assertThat(err.toString()).contains(TEXTS.get("cli.rebuild.done", 1, 1, 0));
        try (DataKey key = KeyWrap.unlock(KeyWrap.fileIn(account.folder()), LocalAccount.PASSWORD.toCharArray());
                CaseStore store = CaseStore.open(account.cacheFile(), DeadlineIndex.none(), Clock.systemUTC(), FieldCipher.of(key))) {
            assertThat(store.integrityCheck().ok()).isTrue();
            assertThat(store.draft(complaintId, ActionType.RESPOND).orElseThrow().text()).isEqualTo("draf yang harus selamat");
            assertThat(store.outboxEntry(queued).orElseThrow().state()).isEqualTo(OutboxState.PENDING);
            assertThat(store.auditLog(5)).extracting(AuditEntry::action).contains("CACHE_REBUILT");
        }
        try (Stream<Path> files = Files.list(account.cacheFile().getParent())) {
            assertThat(files.map(f -> f.getFileName().toString()))
                    .anyMatch(n -> n.startsWith(account.cacheFile().getFileName() + ".damaged-"))
                    .noneMatch(n -> n.contains("local-work"));
        }

        // A sound cache is left alone.
        StringWriter again = new StringWriter();
        assertThat(run(again, "rebuild", "--data", data.toString())).isZero();
        assertThat(again.toString()).contains(TEXTS.get("cli.rebuild.sound", account.username()));
    }

    private static String firstId(CaseStore store) {
        Instant now = Instant.now();
        return store.page(InboxQuery.of(InboxView.ALL, now, now), 0, 1).get(0).id();
    }
}
