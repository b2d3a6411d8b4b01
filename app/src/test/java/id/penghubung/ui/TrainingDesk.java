package id.penghubung.ui;

import id.penghubung.central.CentralConfig;
import id.penghubung.central.CentralServer;
import id.penghubung.cli.SessionReference;
import id.penghubung.store.InboxRow;
import id.penghubung.store.account.AccountRegistry;
import id.penghubung.store.crypto.Kdf;
import id.penghubung.sync.Backoff;
import id.penghubung.sync.SyncEngine;
import id.penghubung.ui.inbox.LazyRowList;
import id.penghubung.ui.signin.SignInPort;
import id.penghubung.ui.signin.SyncSignIn;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real desk, headless, against a real training server on loopback with the real sync sign-in
 * (encryption on). Subclasses start the server in their own {@code @BeforeAll} with the world
 * size they need.
 */
abstract class TrainingDesk {
    /** Verifiers and key files at a test cost (PBKDF2, 1,000 rounds): no desk test is about the KDF's cost. */
    static final Kdf TEST_KDF = Kdf.pbkdf2(1_000);
    /**
     * The sign-in's login tried as often as the officer's (four times) without its pauses of 0.2–2 s: the desk's
     * offline sign-ins (a closed server) waited about 1.4 s each (decision 0012).
     */
    static final SyncEngine.Options QUICK_LOGIN = SyncEngine.Options.defaults().withLoginBackoff(new Backoff(
            Duration.ofMillis(5), Duration.ofMillis(20), SyncEngine.Options.LOGIN_BACKOFF.maxAttempts()));

    static CentralServer server;
    static String url;

    @TempDir
    Path data;

    protected final FxRobot robot = new TypingRobot();
    protected PenghubungApp app;

    static void startServer(int complaints) throws Exception {
        server = CentralServer.start(CentralConfig.forTests(complaints));
        url = server.baseUri().toString().replaceAll("/$", "");
    }

    @AfterAll
    static void stopServer() {
        if (server != null) {
            server.close();
            server = null;
        }
        PenghubungApp.resetHooks();
    }

    @AfterEach
    void close() throws Exception {
        if (app != null) {
            FxToolkit.cleanupStages();
            FxToolkit.cleanupApplication(app);
        }
    }

    /** A sync sign-in service on this test's data folder. */
    protected id.penghubung.sync.SignInService syncSignIn() {
        return new id.penghubung.sync.SignInService(new AccountRegistry(data, TEST_KDF),
                id.penghubung.sync.SignInService.ApiFactory.OKHTTP,
                id.penghubung.model.calendar.CalendarHolder.withBundled(), QUICK_LOGIN, Clock.systemUTC());
    }

    /** Starts the application on its sign-in screen for {@code serverUrl}, with these demo accounts listed. */
    protected void openSignIn(id.penghubung.sync.SignInService sync, String serverUrl, SignInPort.DemoAccount... demo)
            throws Exception {
        PenghubungApp.setSignIn(new PenghubungApp.SignInSetup(new SyncSignIn(sync, SessionReference::of,
                Clock.systemUTC()), serverUrl, List.of(demo)));
        FxToolkit.registerPrimaryStage();
        app = (PenghubungApp) FxToolkit.setupApplication(PenghubungApp.class, "--lang=id", "--data=" + data);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> inScene("#signinCard"));
    }

    @SuppressWarnings("unchecked")
    protected TableView<LazyRowList.Line<InboxRow>> table() {
        return robot.lookup("#inboxTable").queryAs(TableView.class);
    }

    protected boolean inScene(String id) {
        return onFx(() -> robot.lookup(id).tryQuery().isPresent());
    }

    /**
     * Reads the scene on the FX thread: a lookup from the test thread can meet a parent whose children
     * the desk is changing at that moment (IndexOutOfBoundsException inside {@code Parent.lookupAll}).
     */
    protected <T> T onFx(Callable<T> read) {
        try {
            return WaitForAsyncUtils.asyncFx(read).get(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException(e);
        }
    }
}
