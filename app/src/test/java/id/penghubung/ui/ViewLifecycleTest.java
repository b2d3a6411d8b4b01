package id.penghubung.ui;

import static org.assertj.core.api.Assertions.assertThat;

import id.penghubung.i18n.Messages;
import id.penghubung.model.Role;
import id.penghubung.ui.action.ActionData;
import id.penghubung.ui.action.ActionView;
import id.penghubung.ui.action.ActionViewModel;
import id.penghubung.ui.app.Desk;
import id.penghubung.ui.app.DeskMode;
import id.penghubung.ui.common.Background;
import id.penghubung.ui.dashboard.DashboardData;
import id.penghubung.ui.dashboard.DashboardView;
import id.penghubung.ui.dashboard.DashboardViewModel;
import id.penghubung.ui.detail.DetailData;
import id.penghubung.ui.detail.DetailView;
import id.penghubung.ui.detail.DetailViewModel;
import id.penghubung.ui.inbox.InboxTableView;
import id.penghubung.ui.inbox.InboxViewModel;
import id.penghubung.ui.inbox.SidebarView;
import id.penghubung.ui.inbox.StoreInboxData;
import id.penghubung.ui.lock.LockView;
import id.penghubung.ui.lock.LockViewModel;
import id.penghubung.ui.signin.SignInPort;
import id.penghubung.ui.signin.SignInView;
import id.penghubung.ui.signin.SignInViewModel;
import id.penghubung.ui.sync.StatusBarView;
import id.penghubung.ui.sync.StatusBarViewModel;
import java.lang.ref.WeakReference;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Views live shorter than their view models (closed, rebuilt for another language): opening and
 * closing a view many times over the same view model leaves no view behind, because everything a
 * view registers on activate is removed on deactivate.
 */
class ViewLifecycleTest {
    private static final int TIMES = 20;
    private static final Executor FX = Platform::runLater;

    @TempDir
    static Path dir;

    private static Background background;
    private static Desk desk;
    private static Messages messages;

    /** A view as the test opens and closes it. */
    private record Opened(Node root, Runnable activate, Runnable deactivate) {
    }

    @BeforeAll
    static void openDesk() throws Exception {
        FxToolkit.registerPrimaryStage();
        Path store = dir.resolve("cases.sqlite");
        DeskFixture.fill(store, 60);
        background = new Background();
        messages = Messages.of(Locale.of("id"));
        desk = new Desk(messages, DeskFixture.parts(store), background, DeskFixture.CLOCK);
    }

    @AfterAll
    static void closeDesk() {
        background.close();
        desk.close();
    }

    private InboxViewModel inboxVm() {
        return new InboxViewModel(messages, new StoreInboxData(desk.store(), desk.queries(), desk.account().userId(),
                c -> desk.deadlines().evaluate(c, desk.clock().instant())), background.io(), FX, background.scheduler(),
                desk.clock(), desk.workingDays(), desk.zone());
    }

    @Test
    void statusBarLeavesNothingOnItsModel() throws Exception {
        StatusBarViewModel vm = new StatusBarViewModel(messages, desk.sync(), FX, desk.clock(), desk.zone());
        assertNoViewLeft(() -> {
            StatusBarView v = new StatusBarView(vm, messages, true);
            return new Opened(v.root(), v::activate, v::deactivate);
        }, vm);
    }

    @Test
    void signInCardLeavesNothingOnItsModel() throws Exception {
        SignInPort refusing = (server, user, password) -> new SignInPort.WrongPassword();
        SignInViewModel vm = new SignInViewModel(messages, refusing, background.io(), FX, List.of());
        assertNoViewLeft(() -> {
            SignInView v = new SignInView(vm);
            return new Opened(v.root(), v::activate, v::deactivate);
        }, vm);
    }

    @Test
    void dashboardLeavesNothingOnItsModel() throws Exception {
        DashboardViewModel vm = new DashboardViewModel(messages, DashboardData.of(desk.store(), desk.queries()), desk.deadlines(),
                background.io(), FX, desk.clock(), desk.zone());
        assertNoViewLeft(() -> {
            DashboardView v = new DashboardView(vm);
            return new Opened(v.root(), v::activate, v::deactivate);
        }, vm);
    }

    @Test
    void actionFormLeavesNothingOnItsModel() throws Exception {
        ActionViewModel vm = new ActionViewModel(messages, ActionData.of(desk.store()), desk.actionCheck(), desk.reference(),
                background.io(), FX, background.scheduler(), desk.zone());
        assertNoViewLeft(() -> {
            ActionView v = new ActionView(vm);
            return new Opened(v.root(), v::activate, v::deactivate);
        }, vm);
    }

    @Test
    void detailPaneLeavesNothingOnItsModel() throws Exception {
        DetailViewModel vm = new DetailViewModel(messages, DetailData.of(desk.store()), desk.deadlines(), desk.attachments(),
                background.io(), FX, desk.clock(), desk.zone());
        assertNoViewLeft(() -> {
            DetailView v = new DetailView(vm, file -> { });
            return new Opened(v.root(), v::activate, v::deactivate);
        }, vm);
    }

    @Test
    void sidebarAndInboxTableLeaveNothingOnTheirModel() throws Exception {
        InboxViewModel vm = inboxVm();
        assertNoViewLeft(() -> {
            SidebarView v = new SidebarView(vm, DeskMode.of(Role.OFFICER).views());
            return new Opened(v.root(), v::activate, v::deactivate);
        }, vm);
        assertNoViewLeft(() -> {
            InboxTableView v = new InboxTableView(vm, desk.zone());
            return new Opened(v.root(), v::activate, v::deactivate);
        }, vm);
    }

    @Test
    void lockScreenLeavesNothingOnItsModel() throws Exception {
        LockViewModel vm = new LockViewModel(messages, desk.lock(), background.scheduler(), background.io(), FX,
                Duration.ofMinutes(10));
        assertNoViewLeft(() -> {
            StackPane content = new StackPane();
            LockView v = new LockView(vm, new Scene(content), content);
            return new Opened(v.root(), v::activate, v::deactivate);
        }, vm);
    }

    /** Opens, activates, deactivates and drops a view {@code TIMES} times; then no view may remain reachable. */
    private static void assertNoViewLeft(Supplier<Opened> open, Object viewModel) throws Exception {
        List<WeakReference<Node>> roots = new ArrayList<>();
        for (int i = 0; i < TIMES; i++) {
            WaitForAsyncUtils.asyncFx(() -> {
                Opened v = open.get();
                v.activate().run();
                v.deactivate().run();
                roots.add(new WeakReference<>(v.root()));
            }).get();
        }
        long alive = TIMES;
        for (int attempt = 0; attempt < 20 && alive > 0; attempt++) {
            WaitForAsyncUtils.waitForFxEvents();
            System.gc();
            alive = roots.stream().filter(r -> r.get() != null).count();
        }
        assertThat(alive).as("views still reachable after %d open/close over one %s", TIMES,
                viewModel.getClass().getSimpleName()).isZero();
    }
}
