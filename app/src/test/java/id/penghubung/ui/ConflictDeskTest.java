package id.penghubung.ui;

import static org.assertj.core.api.Assertions.assertThat;

import id.penghubung.central.CentralServer;
import id.penghubung.model.Complaint;
import id.penghubung.model.Status;
import id.penghubung.model.action.Respond;
import id.penghubung.store.CaseStore;
import id.penghubung.store.InboxQuery;
import id.penghubung.store.InboxView;
import id.penghubung.store.OutboxState;
import id.penghubung.testing.ByteSearch;
import id.penghubung.ui.signin.SignInPort;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 15, "conflicts that explain themselves", in the real window against the training server over
 * HTTP: actions queued on a complaint the server then changes (the reporter replies; the complaint is
 * archived) come back as conflicts that show what changed since they were written — the reply, the
 * archive reason — from a base copy kept sealed; an archived complaint offers no "Kirim ulang".
 */
class ConflictDeskTest extends TrainingDesk {
    private static final String REPLY = "Lampunya masih mati sampai malam ini, belum ada petugas datang.";
    private static final String ARCHIVE_REASON = "Laporan ganda dengan laporan sebelumnya";

    @BeforeAll
    static void start() throws Exception {
        startServer(40);
    }

    @Test
    void aConflictShowsTheReportersReplySinceTheActionWasWrittenAndAnArchivedOneOffersNoResend() throws Exception {
        openSignIn(syncSignIn(), url, new SignInPort.DemoAccount("penghubung", "latihan123", "OFFICER"));
        robot.clickOn("#username").write("penghubung");
        robot.clickOn("#password").write(CentralServer.TRAINING_PASSWORD).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> inScene("#inboxTable") && !table().getItems().isEmpty()
                && !table().getItems().get(0).loading());
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> text("#connection").equals("Terhubung")
                && text("#lastSync").startsWith("Disinkronkan"));

        CaseStore store = app.desk().orElseThrow().store();
        List<Complaint> open = openWithReporter(store);
        Complaint replied = open.get(0);
        Complaint archived = open.get(1);
        String reporter = replied.reporter().orElseThrow().name();
        // Written while the server's copy moves on: the reporter replies on one, the other is archived.
        UUID first = store.enqueue(replied.id(), replied.version(), new Respond("Sedang kami perbaiki.", List.of())).actionId();
        UUID second = store.enqueue(archived.id(), archived.version(), new Respond("Sudah dijadwalkan.", List.of())).actionId();
        admin("/reply", replied.id(), "{\"text\":\"" + REPLY + "\",\"attachmentIds\":[]}");
        admin("/archive", archived.id(), "{\"reason\":\"" + ARCHIVE_REASON + "\"}");

        robot.clickOn("#syncNow");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> state(store, first) == OutboxState.CONFLICT
                && state(store, second) == OutboxState.CONFLICT);

        // The base copy names the reporter: nothing of it in the clear anywhere in the account folder.
        assertNotOnDisk(store.file().getParent(), reporter);

        robot.interact(() -> app.mainWindow().orElseThrow().refresh());
        robot.clickOn("#view-CONFLICTS");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> onFx(() -> table().getItems().size() == 2
                && table().getItems().stream().noneMatch(l -> l.loading())));

        select(replied.id());
        assertThat(inScene(".resend")).as("a reply leaves the complaint open: resending is sensible").isTrue();
        showChanges();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> inScene("#conflictDialog-1"));
        String shown = dialogText();
        assertThat(shown).contains("Balasan pelapor").contains(REPLY)
                .contains("Saat tindakan ditulis (versi " + replied.version() + ")");
        robot.clickOn("#conflictDialog-1");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !inScene("#conflictDialog-1"));

        select(archived.id());
        assertThat(inScene(".resend")).as("no 'Kirim ulang' on an archived complaint").isFalse();
        showChanges();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> inScene("#conflictDialog-0"));
        assertThat(inScene("#conflictDialog-1")).as("the dialog offers only 'Tutup'").isFalse();
        assertThat(dialogText()).contains("Diarsipkan").contains(ARCHIVE_REASON).contains("Arsip")
                .contains("Kirim ulang tidak ditawarkan");
        robot.clickOn("#conflictDialog-0");
    }

    private static OutboxState state(CaseStore store, UUID id) {
        return store.outboxEntry(id).map(e -> e.state()).orElse(OutboxState.APPLIED);
    }

    /** Two open complaints of the officer's with a named reporter, where a follow-up is allowed. */
    private static List<Complaint> openWithReporter(CaseStore store) {
        Instant now = Instant.now();
        return store.page(InboxQuery.of(InboxView.ALL, now, now), 0, 500).stream()
                .filter(r -> r.status() == Status.BELUM_DITINDAKLANJUTI || r.status() == Status.PROSES)
                .map(r -> store.complaint(r.id()).orElseThrow())
                .filter(c -> c.reporter().isPresent() && c.agency().isPresent()).limit(2).toList();
    }

    private void select(String complaintId) throws Exception {
        robot.interact(() -> {
            for (int i = 0; i < table().getItems().size(); i++) {
                if (table().getItems().get(i).row().map(r -> r.id().equals(complaintId)).orElse(false)) {
                    table().getSelectionModel().select(i);
                }
            }
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> app.mainWindow().flatMap(w -> w.shownComplaint())
                .map(c -> c.id().equals(complaintId)).orElse(false) && inScene(".outbox-item"));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Opens the conflict view (its dialog waits in a nested loop: fired later, not inside interact). */
    private void showChanges() {
        javafx.scene.control.Button b = onFx(() -> robot.lookup(".show-changes").queryButton());
        javafx.application.Platform.runLater(b::fire);
    }

    private String dialogText() {
        return onFx(() -> robot.lookup(".dialog-pane .label").queryAllAs(Label.class).stream().map(Label::getText)
                .reduce("", (a, b) -> a + "\n" + b));
    }

    private String text(String id) {
        return onFx(() -> robot.lookup(id).queryAs(Label.class).getText());
    }

    static void assertNotOnDisk(Path folder, String secret) throws Exception {
        byte[] needle = secret.getBytes(StandardCharsets.UTF_8);
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                assertThat(ByteSearch.indexOf(Files.readAllBytes(f), needle)).as(secret + " in " + f).isEqualTo(-1);
            }
        }
    }

    private static void admin(String verb, String complaintId, String body) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> login = http.send(HttpRequest.newBuilder(URI.create(url + "/api/v1/auth/login"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"admin\",\"password\":\""
                        + CentralServer.TRAINING_PASSWORD + "\"}")).build(), HttpResponse.BodyHandlers.ofString());
        String token = new com.fasterxml.jackson.databind.ObjectMapper().readTree(login.body()).get("accessToken").asText();
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                URI.create(url + "/api/v1/admin/complaints/" + complaintId + verb))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    }
}
