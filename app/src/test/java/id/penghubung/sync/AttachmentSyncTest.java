package id.penghubung.sync;

import static org.assertj.core.api.Assertions.assertThat;

import id.penghubung.model.Complaint;
import id.penghubung.model.Status;
import id.penghubung.model.action.Respond;
import id.penghubung.store.OutboxState;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Attachments: uploaded before the action that uses them, downloaded on demand with resume and a hash check. */
class AttachmentSyncTest {
    @TempDir
    Path data;

    @TempDir
    Path outside;

    @Test
    void uploadedBeforeItsActionThenDownloadedWithResume() throws Exception {
        byte[] pdf = new byte[300_000];
        byte[] header = "%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII);
        Arrays.fill(pdf, (byte) 'x');
        System.arraycopy(header, 0, pdf, 0, header.length);
        Path source = Files.write(outside.resolve("surat-balasan.pdf"), pdf);
        try (TrainingWorld world = TrainingWorld.start(200, null); Session session = world.session(data, "penghubung")) {
            session.engine().sync(SyncListener.NONE);
            Complaint target = TrainingWorld.openComplaints(session.store(), 50).stream()
                    .filter(c -> c.status() == Status.PROSES || c.status() == Status.BELUM_DITINDAKLANJUTI)
                    .findFirst().orElseThrow();
            String sha = session.attachments().importFile(source, "application/pdf");
            UUID action = session.store().enqueue(target.id(), target.version(),
                    new Respond("Tanggapan dengan surat terlampir.", List.of(sha))).actionId();

            SyncReport report = session.engine().sync(SyncListener.NONE);

            assertThat(session.store().outboxEntry(action).orElseThrow().state()).isEqualTo(OutboxState.APPLIED);
            assertThat(report.applied()).isEqualTo(1);
            Complaint after = session.store().complaint(target.id()).orElseThrow();
            assertThat(after.events().stream().flatMap(e -> e.attachments().stream()).map(a -> a.sha256())).contains(sha);

            // A fresh computer: the file is not here; a download broke off after the first 100,000 bytes.
            Files.delete(session.attachments().file(sha).orElseThrow());
            Files.write(session.attachments().partFile(sha), Arrays.copyOf(pdf, 100_000));
            long before = session.api().bytesReceived();
            Path downloaded = session.engine().download(sha);
            long received = session.api().bytesReceived() - before;

            assertThat(downloaded).isEqualTo(session.account().attachmentsFolder().resolve(sha));
            assertThat(Files.readAllBytes(downloaded)).isEqualTo(pdf);
            assertThat(received).as("only the missing part travelled").isEqualTo(200_000);
            assertThat(session.attachments().partFile(sha)).doesNotExist();

            // A corrupt partial download is detected by the hash and fetched again from the start.
            Files.delete(downloaded);
            byte[] wrong = Arrays.copyOf(pdf, 100_000);
            wrong[50_000] = 'y';
            Files.write(session.attachments().partFile(sha), wrong);
            assertThat(Files.readAllBytes(session.engine().download(sha))).isEqualTo(pdf);
        }
    }
}
