package id.penghubung.sync;

import static org.assertj.core.api.Assertions.assertThat;

import id.penghubung.model.Attachment;
import id.penghubung.model.Complaint;
import id.penghubung.model.Status;
import id.penghubung.model.action.Respond;
import id.penghubung.protocol.AttachmentLimits;
import id.penghubung.store.OutboxState;
import id.penghubung.testing.ByteSearch;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15: the name of an attached file is kept end to end (the server keeps "surat-tugas-DLH.pdf",
 * not "29d269c10bd4.pdf"), the outbox shows it after a restart, and the server publishes its upload
 * limits in the reference data.
 */
class AttachmentNameSyncTest {
    private static final String NAME = "surat-tugas-DLH.pdf";

    @TempDir
    Path data;

    @TempDir
    Path outside;

    @Test
    void theFileNameTravelsToTheServerAndOutlivesTheSession() throws Exception {
        byte[] pdf = new byte[2_000];
        Arrays.fill(pdf, (byte) 'x');
        byte[] header = "%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(header, 0, pdf, 0, header.length);
        Path source = Files.write(outside.resolve(NAME), pdf);
        String sha;
        try (TrainingWorld world = TrainingWorld.start(60, null)) {
            UUID action;
            Complaint target;
            try (Session session = world.session(data, "penghubung")) {
                session.engine().sync(SyncListener.NONE);
                AttachmentLimits limits = session.reference().current().orElseThrow().uploadLimits();
                assertThat(session.reference().current().orElseThrow().attachmentLimits()).as("published").isNotNull();
                assertThat(limits.maxBytes()).isEqualTo(25L * 1024 * 1024);
                assertThat(limits.mediaTypes()).contains("application/pdf", "image/jpeg").doesNotContain("text/plain");
                target = TrainingWorld.openComplaints(session.store(), 50).stream()
                        .filter(c -> c.status() == Status.PROSES || c.status() == Status.BELUM_DITINDAKLANJUTI)
                        .findFirst().orElseThrow();
                sha = session.attachments().importFile(source, "application/pdf");
                action = session.store().enqueue(target.id(), target.version(),
                        new Respond("Surat tugas terlampir.", List.of(sha))).actionId();
            }
            // Another session (the desk restarted before the sync): the queued action still names its file.
            try (Session session = world.session(data, "penghubung")) {
                assertThat(session.attachments().fileName(sha)).contains(NAME);
                try (var files = Files.list(session.account().attachmentsFolder())) {
                    for (Path f : files.toList()) {
                        assertThat(ByteSearch.indexOf(Files.readAllBytes(f), "surat-tugas".getBytes(StandardCharsets.UTF_8)))
                                .as("the name is sealed like the file: " + f.getFileName()).isEqualTo(-1);
                    }
                }
                session.engine().sync(SyncListener.NONE);
                assertThat(session.store().outboxEntry(action).orElseThrow().state()).isEqualTo(OutboxState.APPLIED);
                Complaint after = session.store().complaint(target.id()).orElseThrow();
                String finalSha = sha;
                assertThat(after.events().stream().flatMap(e -> e.attachments().stream())
                        .filter(a -> a.sha256().equals(finalSha)).map(Attachment::fileName)).containsExactly(NAME);
            }
        }
    }
}
