package id.penghubung.ui;

import static org.assertj.core.api.Assertions.assertThat;

import id.penghubung.central.CentralConfig;
import id.penghubung.central.CentralServer;
import id.penghubung.i18n.Messages;
import id.penghubung.model.ActionType;
import id.penghubung.store.InboxRow;
import id.penghubung.ui.action.ActionViewModel;
import id.penghubung.ui.app.MainWindow;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 15, "size and type are checked when attaching, with the server's limits, never first at sync as
 * 413 PAYLOAD_TOO_LARGE": in the real window, signed in to a training server over HTTP whose attachment limit
 * is 64 KiB, a larger file, an empty one and a program are refused at once in the form's words, and a PDF
 * within the limit is attached under its own file name.
 */
class AttachLimitsDeskTest extends TrainingDesk {
    private static final Messages TEXTS = Messages.indonesian();
    private static final int LIMIT = 64 * 1024;

    @BeforeAll
    static void start() throws Exception {
        server = CentralServer.start(CentralConfig.forTests(30).withMaxAttachmentBytes(LIMIT));
        url = server.baseUri().toString().replaceAll("/$", "");
    }

    @Test
    void filesOverTheServersLimitsAreRefusedWhenAttachedNotAtSync() throws Exception {
        openSignIn(syncSignIn(), url);
        robot.clickOn("#username").write("penghubung");
        robot.clickOn("#password").write(CentralServer.TRAINING_PASSWORD).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, this::inboxReady);
        MainWindow window = app.mainWindow().orElseThrow();
        int open = onFx(() -> {
            for (int i = 0; i < table().getItems().size(); i++) {
                InboxRow r = table().getItems().get(i).row().orElseThrow();
                if (!r.status().isClosed()) {
                    return i;
                }
            }
            throw new AssertionError("no open complaint");
        });
        robot.interact(() -> table().getSelectionModel().select(open));
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> inScene("#actionType") && window.shownComplaint().isPresent());
        robot.interact(() -> type().setValue(ActionType.RESPOND));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> shows("#attach"));
        ActionViewModel form = window.action();

        Path big = Files.write(data.resolve("laporan-besar.pdf"), new byte[LIMIT + 1]);
        robot.interact(() -> form.attach(big));
        String tooLarge = waitForProblem();
        assertThat(tooLarge).startsWith("Berkas \"laporan-besar.pdf\"").contains("melebihi batas lampiran server");

        Path empty = Files.createFile(data.resolve("kosong.pdf"));
        robot.interact(() -> form.attach(empty));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> TEXTS.get("ui.action.attachEmpty", "kosong.pdf").equals(problem()));

        Path program = Files.writeString(data.resolve("pemasang.exe"), "MZ bukan dokumen", StandardCharsets.US_ASCII);
        robot.interact(() -> form.attach(program));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> TEXTS.get("ui.action.attachType", "pemasang.exe").equals(problem()));
        assertThat(onFx(() -> form.attachments().size())).as("nothing refused was attached").isZero();
        assertThat(onFx(() -> shownText(TEXTS.get("ui.action.attachType", "pemasang.exe"))))
                .as("the refusal is on screen").isTrue();

        Path letter = Files.writeString(data.resolve("surat-tugas-DLH.pdf"), "%PDF-1.4\n% surat tugas\n%%EOF\n",
                StandardCharsets.US_ASCII);
        robot.interact(() -> form.attach(letter));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> onFx(() -> form.attachments().size() == 1));
        assertThat(onFx(() -> form.attachments().getFirst().fileName())).isEqualTo("surat-tugas-DLH.pdf");
        assertThat(onFx(() -> shownTextContaining("surat-tugas-DLH.pdf"))).as("its chip names the file").isTrue();
    }

    private String waitForProblem() throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> problem() != null);
        return problem();
    }

    private String problem() {
        return onFx(() -> app.mainWindow().orElseThrow().action().problems().get(ActionViewModel.FIELD_FORM));
    }

    @SuppressWarnings("unchecked")
    private ComboBox<ActionType> type() {
        return robot.lookup("#actionType").queryAs(ComboBox.class);
    }

    private boolean shownText(String text) {
        return robot.lookup((Node n) -> n instanceof Label l && text.equals(l.getText()) && l.isVisible()).tryQuery()
                .isPresent();
    }

    private boolean shownTextContaining(String part) {
        return robot.lookup((Node n) -> n instanceof javafx.scene.control.Labeled l && l.getText() != null
                && l.getText().contains(part) && l.isVisible()).tryQuery().isPresent();
    }

    private boolean shows(String id) {
        return onFx(() -> robot.lookup(id).tryQuery().map(Node::isVisible).orElse(false));
    }

    /** The inbox shows its first rows; a busy FX thread under load (a lookup timing out) only means "not yet". */
    private boolean inboxReady() {
        try {
            return inScene("#inboxTable") && onFx(() -> !table().getItems().isEmpty() && !table().getItems().get(0).loading());
        } catch (IllegalStateException busy) {
            return false;
        }
    }
}
