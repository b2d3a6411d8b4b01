package id.penghubung.ui;

import static org.assertj.core.api.Assertions.assertThat;

import id.penghubung.central.CentralConfig;
import id.penghubung.central.CentralServer;
import id.penghubung.cli.SessionReference;
import id.penghubung.model.ActionType;
import id.penghubung.model.Complaint;
import id.penghubung.model.EventType;
import id.penghubung.model.Status;
import id.penghubung.model.UnitRef;
import id.penghubung.model.calendar.CalendarHolder;
import id.penghubung.store.InboxRow;
import id.penghubung.store.account.AccountRegistry;
import id.penghubung.sync.SignInService;
import id.penghubung.sync.SyncEngine;
import id.penghubung.ui.inbox.LazyRowList;
import id.penghubung.ui.signin.SignInPort;
import id.penghubung.ui.signin.SyncSignIn;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.service.query.NodeQuery;
import org.testfx.util.NodeQueryUtils;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The whole coordination loop on two real desks against one training server over loopback HTTP
 * (issue 20): the officer (penghubung, Pemkot Bandung, whose answers need approval) disposes a
 * complaint to two units at once, records both units' answers, quotes them into the follow-up and
 * submits it for review; the supervisor (atasan) on a second window finds it in "Menunggu
 * persetujuan" and approves it; the officer's desk then shows the answer posted, once, in the
 * chronology, and nothing waits for approval any more.
 */
class CoordinationLoopDeskTest extends TrainingDesk {
    private static final String FIRST = "bdg-dsdabm";
    private static final String SECOND = "bdg-dishub";

    @TempDir
    Path secondData;

    private PenghubungApp supervisorApp;

    @BeforeAll
    static void start() throws Exception {
        server = CentralServer.start(CentralConfig.forTests(60).withReviewedAgencies(Set.of(CentralConfig.REVIEWED_AGENCY)));
        url = server.baseUri().toString().replaceAll("/$", "");
    }

    @AfterEach
    void closeSupervisor() throws Exception {
        if (supervisorApp != null) {
            FxToolkit.cleanupApplication(supervisorApp);
            supervisorApp = null;
        }
    }

    @Test
    void disposeToTwoUnitsQuoteTheirAnswersSubmitApproveOnASecondDeskAndSeeItPosted() throws Exception {
        openSignIn(syncSignIn(), url, new SignInPort.DemoAccount("penghubung", "latihan123", "OFFICER"));
        Stage officer = stageOf(app);
        signIn(officer, "penghubung");

        // The officer picks an open complaint and disposes it to two units at once.
        Complaint c = openFirstActionable(officer);
        robot.interact(() -> type(officer).setValue(ActionType.DISPOSE));
        WaitForAsyncUtils.waitForFxEvents();
        @SuppressWarnings("unchecked")
        ComboBox<UnitRef> unit = (ComboBox<UnitRef>) in(officer, "#unit").query();
        robot.interact(() -> unit.setValue(unit.getItems().stream().filter(u -> u.id().equals(FIRST)).findFirst().orElseThrow()));
        MenuButton also = in(officer, "#alsoUnits").queryAs(MenuButton.class);
        clickInSight(also);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> also.isShowing() && !also.getItems().isEmpty());
        // A click on a check item ticks it, then fires its action (the popup's skin does both).
        robot.interact(() -> {
            CheckMenuItem item = (CheckMenuItem) also.getItems().stream().filter(i -> ("also-" + SECOND).equals(i.getId()))
                    .findFirst().orElseThrow();
            item.setSelected(true);
            item.fire();
        });
        robot.interact(also::hide);
        clickInSight(in(officer, "#actionText").queryAs(TextArea.class));
        robot.write("Mohon diperiksa dan dilaporkan.");
        queue(officer);
        waitCount(officer, "OUTBOX", "1");
        sync(officer);
        waitCount(officer, "AWAITING_UNITS", "1");

        // "Menunggu unit" lists it with a due badge for each unit.
        chooseView(officer, "AWAITING_UNITS");
        TableView<LazyRowList.Line<InboxRow>> waiting = table(officer);
        try {
            WaitForAsyncUtils.waitFor(45, TimeUnit.SECONDS, () -> onFxOrFalse(() -> waiting.getItems().size() == 1
                    && !waiting.getItems().get(0).loading() && in(officer, ".unit-badge").queryAll().size() == 2));
        } catch (TimeoutException e) {
            throw new AssertionError("rows " + waiting.getItems().size() + ", badges "
                    + in(officer, ".badge").queryAllAs(Label.class).stream().map(Label::getText).toList(), e);
        }
        assertThat(in(officer, "#unitDue-" + FIRST).queryAs(Label.class).getText()).endsWith(" \u00b7 Dinas Sumber Daya Air dan Bina Marga");
        assertThat(in(officer, "#unitDue-" + SECOND).queryAs(Label.class).getText()).endsWith(" \u00b7 Dinas Perhubungan");
        robot.interact(() -> waiting.getSelectionModel().select(0));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> app.mainWindow().flatMap(w -> w.shownComplaint())
                .map(x -> x.id().equals(c.id())).orElse(false));

        // Both units answer; the officer records each answer.
        WaitForAsyncUtils.waitFor(45, TimeUnit.SECONDS, () -> present(officer, "#unitReply-" + FIRST)
                && present(officer, "#unitReply-" + SECOND));
        // The sidebar counts complaints; the complaint's outbox lists each action waiting to be sent.
        recordAnswer(officer, c, FIRST, "Saluran sudah dibersihkan pada hari Senin.", "Kepala Seksi Drainase", 1);
        recordAnswer(officer, c, SECOND, "Rambu sudah dipasang kembali.", "Kepala Bidang Lalu Lintas", 2);
        sync(officer);
        waitCount(officer, "AWAITING_UNITS", "0");
        open(officer, c); // it left "Menunggu unit": found again by its tracking number

        // The follow-up quotes both answers and goes to the supervisor, not to the reporter.
        WaitForAsyncUtils.waitFor(45, TimeUnit.SECONDS, () -> present(officer, "#unitQuote-" + FIRST)
                && present(officer, "#unitQuote-" + SECOND));
        robot.interact(() -> type(officer).setValue(ActionType.RESPOND));
        clickInSight(in(officer, "#unitQuote-" + FIRST).queryAs(Button.class));
        clickInSight(in(officer, "#unitQuote-" + SECOND).queryAs(Button.class));
        TextArea text = in(officer, "#actionText").queryAs(TextArea.class);
        String answer = text.getText();
        assertThat(answer).contains("Dinas Sumber Daya Air dan Bina Marga", "Saluran sudah dibersihkan pada hari Senin.",
                "Dinas Perhubungan", "Rambu sudah dipasang kembali.");
        assertThat(in(officer, "#queue").queryAs(Button.class).getText()).isEqualTo("Ajukan untuk persetujuan");
        queue(officer);
        waitCount(officer, "OUTBOX", "1");
        sync(officer);
        waitCount(officer, "AWAITING_APPROVAL", "1");

        // A second window: the supervisor signs in against the same server and approves the draft.
        Stage supervisor = openSecondDesk();
        signIn(supervisor, "atasan");
        waitCount(supervisor, "AWAITING_APPROVAL", "1");
        chooseView(supervisor, "AWAITING_APPROVAL");
        TableView<LazyRowList.Line<InboxRow>> approvals = table(supervisor);
        WaitForAsyncUtils.waitFor(45, TimeUnit.SECONDS, () -> approvals.getItems().size() == 1
                && !approvals.getItems().get(0).loading());
        assertThat(approvals.getItems().get(0).row().orElseThrow().id()).isEqualTo(c.id());
        robot.interact(() -> approvals.getSelectionModel().select(0));
        WaitForAsyncUtils.waitFor(45, TimeUnit.SECONDS, () -> supervisorApp.mainWindow().flatMap(w -> w.shownComplaint())
                .map(x -> x.id().equals(c.id())).orElse(false));
        WaitForAsyncUtils.waitFor(45, TimeUnit.SECONDS, () -> present(supervisor, "#reviewApprove")
                && onFxOrFalse(() -> in(supervisor, "#reviewApprove").queryAs(Button.class).getParent().getParent().isVisible()));
        assertThat(in(supervisor, "#reviewDraft").queryAs(TextArea.class).getText()).isEqualTo(answer);
        clickInSight(in(supervisor, "#reviewApprove").queryAs(Button.class));
        waitCount(supervisor, "OUTBOX", "1");
        sync(supervisor);
        waitCount(supervisor, "AWAITING_APPROVAL", "0");

        // Back on the officer's desk: the answer is posted once, in the chronology.
        sync(officer);
        waitCount(officer, "AWAITING_APPROVAL", "0");
        open(officer, c);
        WaitForAsyncUtils.waitFor(45, TimeUnit.SECONDS, () -> app.mainWindow().flatMap(w -> w.shownComplaint())
                .map(x -> x.id().equals(c.id()) && x.status() == Status.PROSES).orElse(false));
        WaitForAsyncUtils.waitFor(45, TimeUnit.SECONDS, () -> onFxOrFalse(() -> timelineTexts(officer).contains(answer)));
        assertThat(app.mainWindow().orElseThrow().shownComplaint().orElseThrow().events().stream()
                .filter(e -> e.type() == EventType.RESPONDED)).singleElement()
                .satisfies(e -> assertThat(e.text()).isEqualTo(answer))
                .satisfies(e -> assertThat(e.actor().name()).isEqualTo("Penghubung Pemerintah Kota Bandung"));
    }

    private void signIn(Stage stage, String user) throws Exception {
        robot.interact(stage::toFront);
        TextField name = in(stage, "#username").queryAs(TextField.class);
        robot.interact(name::clear);
        robot.clickOn(name).write(user);
        robot.clickOn(in(stage, "#password").queryAs(Node.class)).write(CentralServer.TRAINING_PASSWORD).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> present(stage, "#inboxTable")
                && !table(stage).getItems().isEmpty() && !table(stage).getItems().get(0).loading());
        WaitForAsyncUtils.waitFor(45, TimeUnit.SECONDS,
                () -> onFxOrFalse(() -> in(stage, "#connection").queryAs(Label.class).getText().equals("Terhubung")));
    }

    /** The supervisor's desk: the same application in a second window, on its own data folder. */
    private Stage openSecondDesk() throws Exception {
        SignInService second = new SignInService(new AccountRegistry(secondData, TEST_KDF), SignInService.ApiFactory.OKHTTP,
                CalendarHolder.withBundled(), SyncEngine.Options.defaults(), Clock.systemUTC());
        PenghubungApp.setSignIn(new PenghubungApp.SignInSetup(new SyncSignIn(second,
                SessionReference::of, Clock.systemUTC()), url,
                List.of(new SignInPort.DemoAccount("atasan", "latihan123", "SUPERVISOR"))));
        Stage stage = FxToolkit.registerStage(Stage::new);
        supervisorApp = (PenghubungApp) FxToolkit.setupApplication(PenghubungApp.class, "--lang=id", "--data=" + secondData);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> present(stage, "#signinCard"));
        return stage;
    }

    /** Opens the first complaint of "Perlu tindak lanjut" that can be disposed. */
    private Complaint openFirstActionable(Stage stage) throws Exception {
        TableView<LazyRowList.Line<InboxRow>> rows = table(stage);
        robot.interact(() -> rows.getSelectionModel().select(0));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> app.mainWindow().flatMap(w -> w.shownComplaint()).isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        Complaint c = app.mainWindow().orElseThrow().shownComplaint().orElseThrow();
        assertThat(c.status()).isIn(Status.BELUM_DITINDAKLANJUTI, Status.PROSES);
        return c;
    }

    /** Finds a complaint by its tracking number in the search field and shows it, as the officer would. */
    private void open(Stage stage, Complaint c) throws Exception {
        robot.interact(stage::toFront);
        TextField search = in(stage, "#search").queryAs(TextField.class);
        robot.interact(() -> search.setText(c.trackingId().value()));
        TableView<LazyRowList.Line<InboxRow>> rows = table(stage);
        WaitForAsyncUtils.waitFor(45, TimeUnit.SECONDS, () -> onFxOrFalse(() -> rows.getItems().size() == 1
                && !rows.getItems().get(0).loading() && rows.getItems().get(0).row().orElseThrow().id().equals(c.id())));
        robot.interact(() -> rows.getSelectionModel().select(0));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> app.mainWindow().flatMap(w -> w.shownComplaint())
                .map(x -> x.id().equals(c.id())).orElse(false));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Records one unit's answer in its dialog, then waits until the complaint's outbox lists {@code pendingAfter} actions. */
    private void recordAnswer(Stage stage, Complaint c, String unitId, String answer, String by, int pendingAfter) throws Exception {
        open(stage, c); // a queued action reloads the list: the complaint is shown again before the next answer
        WaitForAsyncUtils.waitFor(45, TimeUnit.SECONDS, () -> present(stage, "#unitReply-" + unitId));
        clickInSight(in(stage, "#unitReply-" + unitId).queryAs(Button.class));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> onFxOrFalse(() -> shownDialogPane().isPresent()));
        DialogPane pane = onFx(() -> shownDialogPane().orElseThrow());
        robot.clickOn(pane.lookup("#unitAnswerText")).write(answer);
        robot.clickOn(pane.lookup("#unitAnsweredBy")).write(by);
        // Headless, a click right after a modal dialog opens may not reach its window: the save button is fired.
        robot.interact(() -> ((Button) pane.lookup("#unitReply-0")).fire());
        try {
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS,
                    () -> onFxOrFalse(() -> in(stage, ".outbox-item").queryAll().size() == pendingAfter));
        } catch (TimeoutException e) {
            throw new AssertionError("pending: " + in(stage, "#pending").queryAs(Label.class).getText() + "; units pane: "
                    + in(stage, "#unitResult").tryQuery().map(n -> ((Label) n).getText()).orElse("(none)"), e);
        }
    }

    /** The dialog on screen now, if any. */
    private static Optional<DialogPane> shownDialogPane() {
        return Window.getWindows().stream().filter(Window::isShowing).map(w -> w.getScene().getRoot())
                .filter(DialogPane.class::isInstance).map(DialogPane.class::cast).findFirst();
    }

    /** A sidebar view; the sidebar scrolls, so it is brought into sight first as the officer would. */
    private void chooseView(Stage stage, String view) {
        clickInSight(in(stage, "#view-" + view).queryAs(Button.class));
    }

    /** Scrolls every scroll pane around {@code node} until it is in sight, as the officer would, then clicks it. */
    private void clickInSight(Node node) {
        robot.interact(() -> {
            for (Node n = node.getParent(); n != null; n = n.getParent()) {
                if (n instanceof ScrollPane pane && pane.getContent() != null) {
                    Bounds at = pane.getContent().sceneToLocal(node.localToScene(node.getBoundsInLocal()));
                    double room = pane.getContent().getBoundsInLocal().getHeight() - pane.getViewportBounds().getHeight();
                    if (room > 0) {
                        double top = Math.max(0, at.getMinY() - pane.getViewportBounds().getHeight() / 3);
                        pane.setVvalue(pane.getVmin() + Math.min(1, top / room) * (pane.getVmax() - pane.getVmin()));
                    }
                }
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(node);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Ctrl+Enter in the action text; a confirmation, when the desk shows one, is accepted. */
    private void queue(Stage stage) throws Exception {
        robot.interact(stage::toFront);
        clickInSight(in(stage, "#actionText").queryAs(TextArea.class));
        robot.press(KeyCode.CONTROL, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        if (shownDialog("#confirmDialog-0")) {
            robot.clickOn("#confirmDialog-0");
        }
    }

    /** The status bar's "Sinkronkan" of this window, then waits until its outbox is empty. */
    private void sync(Stage stage) throws Exception {
        robot.interact(stage::toFront);
        robot.clickOn(in(stage, "#syncNow").queryAs(Button.class));
        waitCount(stage, "OUTBOX", "0");
    }

    private void waitCount(Stage stage, String view, String value) throws Exception {
        try {
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS,
                    () -> onFxOrFalse(() -> in(stage, "#count-" + view).queryAs(Label.class).getText().equals(value)));
        } catch (TimeoutException e) {
            throw new AssertionError(view + " is " + in(stage, "#count-" + view).queryAs(Label.class).getText() + ", not " + value
                    + "; on screen: " + robot.lookup(".field-error, .draft-state, .error").queryAllAs(Label.class).stream()
                            .map(Label::getText).filter(t -> !t.isBlank()).toList(), e);
        }
    }

    private boolean shownDialog(String query) {
        return onFxOrFalse(() -> robot.lookup(query).queryAll().stream().anyMatch(n -> {
            Window w = n.getScene() == null ? null : n.getScene().getWindow();
            return w != null && w.isShowing() && n.getScene().getRoot() instanceof DialogPane;
        }));
    }

    private List<String> timelineTexts(Stage stage) {
        return in(stage, ".timeline-text").queryAllAs(Label.class).stream().map(Label::getText).toList();
    }

    @SuppressWarnings("unchecked")
    private ComboBox<ActionType> type(Stage stage) {
        return in(stage, "#actionType").queryAs(ComboBox.class);
    }

    @SuppressWarnings("unchecked")
    private TableView<LazyRowList.Line<InboxRow>> table(Stage stage) {
        return in(stage, "#inboxTable").queryAs(TableView.class);
    }

    private boolean present(Stage stage, String query) {
        return onFxOrFalse(() -> in(stage, query).tryQuery().isPresent());
    }

    /** A read on the FX thread for a wait's condition: false while the FX thread is busy (the wait asks again). */
    private boolean onFxOrFalse(Callable<Boolean> read) {
        try {
            return WaitForAsyncUtils.asyncFx(read).get(2, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            Thread.getAllStackTraces().forEach((t, trace) -> {
                if (t.getName().contains("JavaFX Application")) {
                    System.err.println("FX busy: " + String.join("\n  ", Stream.of(trace).limit(25).map(String::valueOf).toList()));
                }
            });
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e);
        }
    }

    private boolean visible(Stage stage, String query) {
        return onFxOrFalse(() -> in(stage, query).match(NodeQueryUtils.isVisible()).tryQuery().isPresent());
    }

    /** A lookup inside one window only: both desks carry the same ids. */
    private NodeQuery in(Stage stage, String query) {
        Parent root = stage.getScene().getRoot();
        return robot.from(root).lookup(query);
    }

    /** The window the application was started in (the registered stage, until a second one is registered). */
    private static Stage stageOf(PenghubungApp started) {
        return FxToolkit.toolkitContext().getRegisteredStage();
    }
}
