package id.penghubung.ui;

import static org.assertj.core.api.Assertions.assertThat;

import id.penghubung.model.ActionType;
import id.penghubung.model.Complaint;
import id.penghubung.model.Status;
import id.penghubung.model.action.Dispose;
import id.penghubung.model.action.Respond;
import id.penghubung.store.CaseStore;
import id.penghubung.store.SyntheticComplaints;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.util.NodeQueryUtils;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The action form and the outbox as an officer meets them (issue 15, "never send the wrong action"):
 * queued rows readable in full on a narrow pane, a clean form for every complaint, a look at what
 * goes to whom before a public action is queued, withdrawing that gives the text back, templates
 * under their own action, and dialogs in the desk's language. Real desk, real store, headless.
 */
class ActionDeskTest extends StoreDesk {
    static final int COMPLAINTS = 600;

    @BeforeAll
    static void fillStore() {
        openOn(COMPLAINTS);
    }

    /** Complaints of ag-1 waiting for a first follow-up, with or without a unit. */
    private static List<Complaint> actionable(Predicate<Complaint> also) {
        SyntheticComplaints world = new SyntheticComplaints(DeskFixture.SEED);
        List<Complaint> found = new ArrayList<>();
        for (int i = 0; i < COMPLAINTS; i++) {
            Complaint c = world.complaint(i);
            if (c.agency().map(a -> a.id().equals("ag-1")).orElse(false) && c.status() == Status.BELUM_DITINDAKLANJUTI
                    && also.test(c)) {
                found.add(c);
            }
        }
        return found;
    }

    private void start() throws Exception {
        startApp();
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS,
                () -> !table().getItems().isEmpty() && !table().getItems().get(0).loading());
    }

    private void open(Complaint c) throws Exception {
        robot.interact(() -> robot.lookup("#search").queryAs(TextField.class).setText(c.trackingId().value()));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table().getItems().size() == 1
                && !table().getItems().get(0).loading()
                && table().getItems().get(0).row().orElseThrow().id().equals(c.id()));
        robot.interact(() -> table().getSelectionModel().select(0));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> app.mainWindow().flatMap(w -> w.shownComplaint())
                .map(x -> x.id().equals(c.id())).orElse(false));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @SuppressWarnings("unchecked")
    private ComboBox<ActionType> type() {
        return robot.lookup("#actionType").queryAs(ComboBox.class);
    }

    private TextArea text() {
        return robot.lookup("#actionText").queryAs(TextArea.class);
    }

    @SuppressWarnings("unchecked")
    private ComboBox<Object> templates() {
        return robot.lookup(n -> n instanceof ComboBox<?> b && "Templat jawaban".equals(b.getPromptText()))
                .queryAs(ComboBox.class);
    }

    private void choose(ActionType t) {
        robot.interact(() -> type().setValue(t));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void queueKeys() {
        robot.clickOn("#actionText");
        robot.press(KeyCode.CONTROL, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** A dialog's button is in the scene a moment before its window shows: click it once it is visible. */
    private void clickWhenShown(String query) throws TimeoutException {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> robot.lookup(query).match(NodeQueryUtils.isVisible()).tryQuery().isPresent());
        robot.clickOn(query);
    }

    private java.util.Optional<DialogPane> dialog() {
        return robot.lookup(".dialog-pane").queryAllAs(DialogPane.class).stream()
                .filter(p -> p.getScene() != null && p.getScene().getWindow() != null
                        && p.getScene().getWindow().isShowing()).findFirst();
    }

    private static List<String> buttonTexts(DialogPane pane) {
        return pane.getButtonTypes().stream().map(b -> ((Button) pane.lookupButton(b)).getText()).toList();
    }

    /** Every label and button under {@code root} shows its whole text (nothing cut to "…"). */
    private static List<String> truncated(Parent root) {
        List<String> cut = new ArrayList<>();
        for (Labeled l : labeled(root)) {
            if (shown(l) && !l.getText().isEmpty()) {
                Text shown = (Text) l.lookup(".text");
                if (shown == null || !shown.getText().replace("\n", " ").equals(l.getText().replace("\n", " "))) {
                    cut.add(l.getText() + " → " + (shown == null ? "(not shown)" : shown.getText()));
                }
            }
        }
        return cut;
    }

    /** Every shown label and button under {@code root} that reaches past its right edge. */
    private static List<String> outside(Parent root) {
        double right = root.localToScene(root.getLayoutBounds()).getMaxX();
        return labeled(root).stream().filter(ActionDeskTest::shown)
                .filter(l -> l.localToScene(l.getLayoutBounds()).getMaxX() > right + 0.5)
                .map(Labeled::getText).toList();
    }

    /** Visible with all its parents. */
    private static boolean shown(Node n) {
        for (Node x = n; x != null; x = x.getParent()) {
            if (!x.isVisible()) {
                return false;
            }
        }
        return true;
    }

    /** Every label and button under {@code root}, depth first. */
    private static List<Labeled> labeled(Parent root) {
        List<Labeled> found = new ArrayList<>();
        for (Node n : root.getChildrenUnmodifiable()) {
            if (n instanceof Labeled l) {
                found.add(l);
            }
            if (n instanceof Parent p) {
                found.addAll(labeled(p));
            }
        }
        return found;
    }

    @Test
    void aQueuedRowIsReadableInFullOnA380PixelPane() throws Exception {
        Complaint c = actionable(x -> true).get(3);
        try (CaseStore s = DeskFixture.parts(store()).store()) {
            s.enqueue(c.id(), c.version(), new Dispose("unit-2", "Mohon tim lapangan memeriksa saluran air di lokasi "
                    + "dan melaporkan hasilnya paling lambat Jumat."));
            s.enqueue(c.id(), c.version(), new Respond("Laporan Saudara sedang kami tangani bersama dinas terkait.",
                    List.of("0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef")));
        }
        start();
        open(c);
        SplitPane main = (SplitPane) robot.lookup(n -> n instanceof SplitPane p
                && p.getOrientation() == Orientation.HORIZONTAL).query();
        robot.interact(() -> main.setDividerPositions(1 - 380.0 / main.getWidth()));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(".outbox-item").queryAll().size() == 2);
        WaitForAsyncUtils.waitForFxEvents();
        Node pane = main.getItems().get(1);
        assertThat(pane.getLayoutBounds().getWidth()).isBetween(370.0, 390.0);

        List<Parent> rows = robot.lookup(".outbox-item").queryAllAs(Parent.class).stream().toList();
        for (Parent row : rows) {
            assertThat(truncated(row)).as("cut texts in a queued row").isEmpty();
            assertThat(outside(row)).as("past a queued row's edge").isEmpty();
            assertThat(labeled(row)).filteredOn(l -> l instanceof ButtonBase)
                    .allSatisfy(b -> assertThat(b.getText()).isNotBlank());
        }
        Parent form = robot.lookup("#actionForm").queryAs(Parent.class);
        assertThat(truncated(form)).as("cut texts in the action form").isEmpty();
        assertThat(outside(form)).as("past the action form's edge").isEmpty();
        String all = String.join(" | ", rows.stream().flatMap(r -> labeled(r).stream()).map(Labeled::getText).toList());
        assertThat(all).contains("Disposisi ke unit kerja", "Tindak lanjut", "Menunggu dikirim", "Bidang 3",
                "paling lambat Jumat.", "pelapor", "berkas 01234567", "Tarik kembali");
        try (CaseStore s = DeskFixture.parts(store()).store()) {
            s.outboxFor(c.id()).forEach(e -> s.withdraw(e.actionId()));
        }
    }

    @Test
    void aConflictRowIsReadableAndDiscardingAsksFirst() throws Exception {
        Complaint c = actionable(x -> true).get(4);
        try (CaseStore s = DeskFixture.parts(store()).store()) {
            java.util.UUID id = s.enqueue(c.id(), c.version(), new Respond("Jawaban yang bertabrakan.", List.of()))
                    .actionId();
            s.markSending(id);
            s.markConflict(id, "{\"complaint\":{\"id\":\"" + c.id() + "\",\"version\":" + (c.version() + 1) + "}}");
        }
        start();
        open(c);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(".discard").tryQuery().isPresent());
        Parent row = robot.lookup(".outbox-item").queryAs(Parent.class);
        assertThat(truncated(row)).isEmpty();
        assertThat(labeled(row)).extracting(Labeled::getText).contains("Tindak lanjut", "Konflik", "Lihat perubahan",
                "Kirim ulang", "Ubah tindakan", "Buang tindakan", "Jawaban yang bertabrakan.");

        Button discard = robot.lookup(".discard").queryAs(Button.class);
        javafx.application.Platform.runLater(discard::fire); // the question waits for the officer
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> dialog().isPresent());
        assertThat(buttonTexts(dialog().orElseThrow())).containsExactly("Buang tindakan", "Batal");
        clickWhenShown("#discardDialog-1");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> dialog().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup(".discard").tryQuery()).isPresent();

        javafx.application.Platform.runLater(robot.lookup(".discard").queryAs(Button.class)::fire);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> dialog().isPresent());
        clickWhenShown("#discardDialog-0");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> robot.lookup("#count-CONFLICTS").queryAs(Label.class).getText().equals("0")
                        && robot.lookup(".discard").tryQuery().isEmpty());
    }

    @Test
    void anotherComplaintStartsWithTheDefaultActionAndAnEmptyEditor() throws Exception {
        List<Complaint> cs = actionable(x -> true);
        Complaint a = cs.get(0);
        Complaint b = cs.get(1);
        start();
        open(a);
        choose(ActionType.NOTE);
        robot.clickOn("#actionText");
        robot.write("Catatan internal untuk atasan");
        open(b);
        assertThat(type().getValue()).isEqualTo(ActionType.RESPOND);
        assertThat(text().getText()).isEmpty();

        open(a); // A's note is still A's note
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> text().getText().equals("Catatan internal untuk atasan"));
        assertThat(type().getValue()).isEqualTo(ActionType.NOTE);
        robot.interact(() -> text().clear());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> robot.lookup("#draftState").queryAs(Label.class).getText().isEmpty());
    }

    @Test
    void aPublicActionShowsWhatGoesToWhomAndAWithdrawnOneComesBackToTheEditor() throws Exception {
        Complaint c = actionable(x -> true).get(2);
        start();
        open(c);
        robot.clickOn("#actionText");
        robot.write("Petugas kami akan datang ke lokasi besok pagi.");
        queueKeys();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> dialog().isPresent());
        DialogPane pane = dialog().orElseThrow();
        assertThat(((Label) pane.lookup("#confirmRecipient")).getText()).startsWith("Kepada: pelapor");
        assertThat(pane.getHeaderText()).contains("Tindak lanjut", c.trackingId().toString());
        assertThat(buttonTexts(pane)).containsExactly("Masukkan ke kotak keluar", "Kembali ke editor");
        clickWhenShown("#confirmDialog-1"); // back to the editor: nothing queued
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> dialog().isEmpty());
        assertThat(robot.lookup("#count-OUTBOX").queryAs(Label.class).getText()).isEqualTo("0");
        assertThat(text().getText()).isEqualTo("Petugas kami akan datang ke lokasi besok pagi.");

        queueKeys();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> dialog().isPresent());
        clickWhenShown("#confirmDialog-0");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> robot.lookup("#count-OUTBOX").queryAs(Label.class).getText().equals("1")
                        && robot.lookup(".withdraw").tryQuery().isPresent());
        assertThat(text().getText()).isEmpty();

        Button withdraw = robot.lookup(".withdraw").queryAs(Button.class);
        robot.interact(withdraw::fire); // headless, a click right after a modal dialog may not reach the window
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> robot.lookup("#count-OUTBOX").queryAs(Label.class).getText().equals("0"));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> text().getText().equals("Petugas kami akan datang ke lokasi besok pagi."));
        assertThat(type().getValue()).isEqualTo(ActionType.RESPOND);
        robot.interact(() -> text().clear());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> robot.lookup("#draftState").queryAs(Label.class).getText().isEmpty());
    }

    @Test
    void templatesBelongToTheirActionAndTheUnitNameIsNeverTheAgency() throws Exception {
        Complaint c = actionable(x -> x.unit().isEmpty()).get(0);
        start();
        open(c);
        choose(ActionType.NOT_AUTHORIZED);
        assertThat(templates().getItems()).extracting(Object::toString).containsExactly("Bukan kewenangan instansi");
        choose(ActionType.REQUEST_INFO);
        assertThat(templates().getItems()).extracting(Object::toString)
                .containsExactly("Permintaan keterangan tambahan");
        choose(ActionType.RESPOND);
        assertThat(templates().getItems()).extracting(Object::toString).containsExactly("Diterima");

        robot.interact(() -> templates().setValue(templates().getItems().get(0)));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text().getText()).contains("[nama unit kerja]").doesNotContain("Pemerintah Kota Bandung");
        queueKeys();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup(".field-error").queryAll().stream()
                .anyMatch(n -> n.isVisible() && ((Label) n).getText().contains("[nama unit kerja]")));
        assertThat(dialog()).isEmpty();
        assertThat(robot.lookup("#count-OUTBOX").queryAs(Label.class).getText()).isEqualTo("0");
        robot.interact(() -> text().clear());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> robot.lookup("#draftState").queryAs(Label.class).getText().isEmpty());
    }

    @Test
    void dialogsSpeakTheDesksLanguage() throws Exception {
        start();
        robot.press(KeyCode.F1).release(KeyCode.F1);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> dialog().isPresent());
        assertThat(buttonTexts(dialog().orElseThrow())).containsExactly("Tutup");
        robot.clickOn("#shortcutHelp-0");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> dialog().isEmpty());

        Button export = robot.lookup(n -> n instanceof Button b && "Ekspor tabel ke CSV".equals(b.getAccessibleText()))
                .queryAs(Button.class);
        javafx.application.Platform.runLater(export::fire); // it waits for the officer's answer
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> dialog().isPresent());
        List<String> buttons = buttonTexts(dialog().orElseThrow());
        clickWhenShown("#exportDialog-1");
        assertThat(buttons).doesNotContain("OK", "Cancel", "Close").contains("Batal");
    }
}
