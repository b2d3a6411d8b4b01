package id.penghubung.ui.detail;

import static org.assertj.core.api.Assertions.assertThat;

import id.penghubung.i18n.Messages;
import id.penghubung.model.Attachment;
import id.penghubung.model.calendar.WorkingCalendar;
import id.penghubung.model.sla.DeadlineCalculator;
import id.penghubung.model.sla.SlaPolicy;
import id.penghubung.store.CaseStore;
import id.penghubung.store.crypto.DataKey;
import id.penghubung.store.crypto.EncryptedFiles;
import id.penghubung.ui.DeskFixture;
import id.penghubung.ui.app.Desk;
import id.penghubung.ui.app.SessionAttachments;
import id.penghubung.ui.common.QueuedExecutor;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Attachments are ciphertext on disk: the desk's "save" writes the decrypted bytes, "open" hands the
 * viewer a 0600 plain copy in a private folder that is gone after {@link AttachmentAccess#deleteCopies()}.
 */
class SessionAttachmentsTest {
    private static final byte[] KTP = "%PDF-1.4 KTP Siti Rahmawati 3374015507880003".getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path dir;

    @Test
    void saveAndOpenHandOutPlainBytesWhileTheFolderStaysEncrypted() throws Exception {
        Files.createDirectories(dir.resolve("tmp"));
        Path picked = Files.write(dir.resolve("ktp.pdf"), KTP);
        DeskFixture.fill(dir.resolve("cache.db"), 20);
        QueuedExecutor background = new QueuedExecutor();
        try (DataKey key = DataKey.generate();
                CaseStore store = CaseStore.open(dir.resolve("cache.db"), Desk.deadlineIndex(DeskFixture.CLOCK),
                        DeskFixture.CLOCK)) {
            id.penghubung.sync.AttachmentFiles sealed = new id.penghubung.sync.AttachmentFiles(
                    dir.resolve("attachments"), EncryptedFiles.of(key));
            AtomicInteger downloads = new AtomicInteger();
            SessionAttachments files = new SessionAttachments(sealed, () -> true, sha -> downloads.incrementAndGet(),
                    new PlainCopies(dir.resolve("tmp")));
            String sha = files.importFile(picked).orElseThrow();
            Path onDisk = sealed.file(sha).orElseThrow();
            assertThat(new String(Files.readAllBytes(onDisk), StandardCharsets.ISO_8859_1)).doesNotContain("3374015507880003");

            DetailViewModel vm = new DetailViewModel(Messages.of(Locale.of("id")), DetailData.of(store),
                    new DeadlineCalculator(WorkingCalendar.bundled(), SlaPolicy.standard()), files, background,
                    Runnable::run, DeskFixture.CLOCK, java.time.ZoneOffset.UTC);
            Attachment a = new Attachment(sha, "../KTP Siti.pdf", "application/pdf", KTP.length);

            Path target = dir.resolve("saved.pdf");
            vm.save(a, target);
            background.runAll();
            assertThat(Files.readAllBytes(target)).isEqualTo(KTP);
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(target))).isEqualTo("rw-------");
            assertThat(vm.messageProperty().get()).contains("saved.pdf");

            List<Path> opened = new ArrayList<>();
            vm.open(a, opened::add);
            background.runAll();
            assertThat(opened).singleElement().satisfies(p -> {
                assertThat(Files.readAllBytes(p)).isEqualTo(KTP);
                assertThat(p.getFileName().toString()).isEqualTo("KTP_Siti.pdf");
                assertThat(p.startsWith(dir.resolve("tmp"))).isTrue();
                assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(p))).isEqualTo("rw-------");
            });
            Path folder = files.copiesFolder().orElseThrow();
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder))).isEqualTo("rwx------");
            assertThat(downloads).hasValue(0);

            files.deleteCopies();
            assertThat(opened.getFirst()).doesNotExist();
            assertThat(folder).doesNotExist();
            try (var left = Files.list(dir.resolve("tmp"))) {
                assertThat(left).isEmpty();
            }
        }
    }

    @Test
    void aMissingFileIsDownloadedWhenOnlineAndUnavailableOffline() throws Exception {
        try (DataKey key = DataKey.generate()) {
            id.penghubung.sync.AttachmentFiles sealed = new id.penghubung.sync.AttachmentFiles(
                    dir.resolve("attachments"), EncryptedFiles.of(key));
            String sha = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(KTP));
            boolean[] online = {false};
            Path source = Files.write(dir.resolve("server-copy.pdf"), KTP);
            List<Attachment> asked = new ArrayList<>();
            SessionAttachments files = new SessionAttachments(sealed, () -> online[0], wanted -> {
                asked.add(wanted);
                sealed.importFile(source, "application/pdf");
            }, new PlainCopies(dir));
            Attachment a = new Attachment(sha, "ktp.pdf", "application/pdf", KTP.length);
            assertThat(files.open(a)).isEmpty();
            online[0] = true;
            try (var in = files.open(a).orElseThrow()) {
                assertThat(in.readAllBytes()).isEqualTo(KTP);
            }
            // The download is told the declared size, so it stops there (issue 21), not at the protocol's maximum.
            assertThat(asked).extracting(Attachment::size).containsExactly((long) KTP.length);
        }
    }
}
