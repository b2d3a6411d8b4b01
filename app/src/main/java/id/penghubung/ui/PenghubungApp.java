package id.penghubung.ui;

import id.penghubung.i18n.Messages;
import id.penghubung.ui.app.Desk;
import id.penghubung.ui.app.DeskState;
import id.penghubung.ui.app.MainWindow;
import id.penghubung.ui.common.Background;
import id.penghubung.ui.common.CacheDamage;
import id.penghubung.ui.common.Dialogs;
import id.penghubung.ui.common.Icons;
import id.penghubung.ui.common.LockedWindows;
import id.penghubung.ui.common.OfficerText;
import id.penghubung.ui.common.Product;
import id.penghubung.ui.common.Settings;
import id.penghubung.ui.common.SettingsFile;
import id.penghubung.ui.common.Theme;
import id.penghubung.ui.lock.LockView;
import id.penghubung.ui.lock.LockViewModel;
import id.penghubung.ui.signin.SignInPort;
import id.penghubung.ui.signin.SignInView;
import id.penghubung.ui.signin.SignInViewModel;
import id.penghubung.ui.support.DiagnoseAction;
import id.penghubung.ui.support.UpdateNotice;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Function;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.geometry.Rectangle2D;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.VBox;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.kordamp.ikonli.materialdesign2.MaterialDesignL;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The JavaFX application: applies the theme, restores the window, opens the desk (in the
 * background) and shows the main window. Parameters: {@code --data=DIR} (settings and, in the
 * store-only start, the case store), {@code --lang=id|en} (unless the officer chose a language in
 * the application), {@code --store=FILE} (the case store; default {@code DIR/cases.sqlite}).
 * A sign-in front (sync) can replace the store-only start through {@link #setDeskOpener}.
 */
public final class PenghubungApp extends Application {
    private static final Logger LOG = LoggerFactory.getLogger(PenghubungApp.class);
    /**
     * Set only by the Linux image's build while it trains the desk's AOT cache on {@code demo}
     * ({@code installer/src/linux/cds-archive.sh}): the sign-in card signs in with the first demo account by itself,
     * and the desk closes a moment after its first rows.
     */
    static final String DESK_TRAINING = "penghubung.deskTraining";

    /** Opens a desk for the store-only start; replaceable (tests, sign-in). Runs on a background thread. */
    private static volatile Function<StartContext, Desk.Parts> deskOpener = PenghubungApp::storeOnly;
    /** The desk's clock; replaceable so tests and demos can stand on a fixed day. */
    private static volatile Clock clock = Clock.systemUTC();

    /** What a desk opener gets: the data folder, the language, the clock. */
    public record StartContext(Path dataDirectory, Optional<Path> storeFile, Messages messages, Clock clock) {
    }

    private Background background;
    private SettingsFile settingsFile;
    private Settings settings;
    private Desk desk;
    private MainWindow window;
    private LockView lock;
    private Stage stage;
    /** The language the screens speak now; the officer may switch it at any time, without a restart. */
    private Messages messages;
    /** The sign-in this start went through; empty for the store-only start (no account to sign out of). */
    private Optional<SignInSetup> signedInThrough = Optional.empty();
    private Path dataFolder;
    /** Stops listening for a damaged cache noticed mid-session (the signed-in desk's watch). */
    private Runnable stopDamageWatch = () -> { };
    /** The rebuild was offered for this desk already: one question, not one per failed read. */
    private boolean damageOffered;

    /** The sign-in front: when set, the desk opens only after a sign-in. */
    private static volatile SignInSetup signIn;

    /** What the launcher (or {@code demo}) passes for a sign-in: the service, a default server, demo accounts. */
    public record SignInSetup(SignInPort service, String defaultServer, List<SignInPort.DemoAccount> demoAccounts) {
        public SignInSetup {
            Objects.requireNonNull(service, "service");
            Objects.requireNonNull(defaultServer, "defaultServer");
            demoAccounts = List.copyOf(demoAccounts);
        }
    }

    /** Shows the sign-in screen first (set before {@code launch}); null goes back to the store-only start. */
    public static void setSignIn(SignInSetup value) {
        signIn = value;
    }

    public static void setDeskOpener(Function<StartContext, Desk.Parts> opener) {
        deskOpener = opener;
    }

    /** Back to the store-only start and the system clock. */
    public static void resetHooks() {
        deskOpener = PenghubungApp::storeOnly;
        clock = Clock.systemUTC();
        signIn = null;
    }

    public static void setClock(Clock value) {
        clock = Objects.requireNonNull(value);
    }

    private static Desk.Parts storeOnly(StartContext ctx) {
        Path store = ctx.storeFile().orElse(ctx.dataDirectory().resolve("cases.sqlite"));
        return Desk.storeOnly(store, ctx.messages().get("ui.account.local"), ctx.clock());
    }

    @Override
    public void start(Stage stage) throws IOException {
        this.stage = stage;
        Map<String, String> named = getParameters().getNamed();
        Path data = named.containsKey("data") ? Path.of(named.get("data"))
                : Files.createTempDirectory("penghubung-");
        dataFolder = data;
        background = new Background();
        settingsFile = new SettingsFile(data, background.io());
        settings = settingsFile.load();
        String lang = settings.language().isBlank() ? named.getOrDefault("lang", "id") : settings.language();
        messages = Messages.of(Locale.of(lang));
        StartContext ctx = new StartContext(data, Optional.ofNullable(named.get("store")).map(Path::of), messages,
                clock);
        SignInSetup setup = signIn;
        // The store-only desk opens on the other core while this thread applies the theme and shows the splash.
        CompletableFuture<Desk> opening = setup != null ? null
                : CompletableFuture.supplyAsync(() -> new Desk(messages, deskOpener.apply(ctx), background, ctx.clock()),
                        background.io());
        Theme.apply(settings.dark());

        ProgressIndicator progress = new ProgressIndicator();
        Label openingText = new Label(messages.get("ui.app.opening"));
        VBox splash = new VBox(12, progress, openingText);
        splash.setAlignment(Pos.CENTER);
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(splash, Math.min(settings.width(), screen.getWidth()),
                Math.min(settings.height(), screen.getHeight()));
        Theme.style(scene, settings.dark());
        stage.setTitle(Product.NAME);
        restoreGeometry(stage);
        stage.setScene(scene);
        stage.setOnCloseRequest(e -> {
            if (!leaveWithUnsent("ui.unsent.close")) {
                e.consume();
                return;
            }
            saveAndClose();
        });
        stage.show();

        if (setup != null) {
            signedInThrough = Optional.of(setup);
            showSignIn(setup, scene, ctx.clock(), Optional.empty());
            return;
        }
        opening.whenComplete((opened, failure) -> {
            if (failure == null) {
                Platform.runLater(() -> show(opened, scene));
                return;
            }
            Throwable e = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
            LOG.error("The desk could not be opened", e);
            Platform.runLater(() -> {
                openingText.setText(messages.get("ui.app.openFailed", OfficerText.of(messages, e)));
                progress.setVisible(false);
            });
        });
    }

    /** The sign-in card in the current language; {@code typed}: what the card in the other language held. */
    private SignInViewModel showSignIn(SignInSetup setup, Scene scene, Clock deskClock, Optional<SignInViewModel> typed) {
        SignInViewModel vm = new SignInViewModel(messages, setup.service(), background.io(), Platform::runLater,
                setup.demoAccounts());
        vm.serverProperty().set(settings.serverUrl().isBlank() ? setup.defaultServer() : settings.serverUrl());
        vm.usernameProperty().set(settings.lastUser());
        typed.ifPresent(vm::takeOver);
        SignInView view = new SignInView(vm);
        vm.setOnSignedIn((parts, offline) -> {
            settings = settings.withServer(vm.serverProperty().get().strip(), vm.usernameProperty().get().strip());
            settingsFile.save(settings);
            view.deactivate();
            show(new Desk(messages, parts, background, deskClock), scene);
        });
        vm.setOnLanguage(lang -> {
            keepLanguage(lang);
            view.deactivate();
            showSignIn(setup, scene, deskClock, Optional.of(vm));
        });
        scene.setRoot((Parent) view.root());
        Theme.style(scene, settings.dark());
        view.activate();
        if (Boolean.getBoolean(DESK_TRAINING) && typed.isEmpty()) {
            vm.signInForTraining();
        }
        return vm;
    }

    private void show(Desk opened, Scene scene) {
        desk = opened;
        mount(opened, scene, Optional.empty(), settings);
        addSignOut(scene);
        if (Boolean.getBoolean(DESK_TRAINING)) {
            // The training run ends a moment after the first rows, once the counts and filter lists have followed them.
            window.inbox().whenFirstLoaded(() -> background.scheduler().schedule(Duration.ofSeconds(3),
                    () -> Platform.runLater(Platform::exit)));
        }
        signedInThrough.ifPresent(setup -> UpdateNotice.check(stage, opened, dataFolder, background.io()));
        signedInThrough.ifPresent(setup -> {
            damageOffered = false;
            stopDamageWatch = CacheDamage.watch(() -> Platform.runLater(() -> offerRebuild(setup, scene)));
        });
    }

    /**
     * This computer's copy turned out damaged while the desk was open (a read or a sync met it): says so and
     * offers the rebuild, which signs out to the sign-in screen with the rebuild ready; the drafts and unsent
     * actions are kept by it.
     */
    private void offerRebuild(SignInSetup setup, Scene scene) {
        if (damageOffered || desk == null) {
            return;
        }
        damageOffered = true;
        if (Dialogs.askSafely(stage, messages, "damagedCache", "ui.damaged.title", messages.get("ui.damaged.text"),
                "ui.damaged.rebuild", "ui.damaged.later") && desk != null) {
            closeDesk(setup, scene, true);
        }
    }

    /** The sidebar's sign-out button, when this start went through a sign-in. */
    private void addSignOut(Scene scene) {
        signedInThrough.ifPresent(setup -> {
            Button out = Icons.iconButton(MaterialDesignL.LOGOUT, messages.get("ui.signOut.button"));
            out.setId("signOut");
            out.setOnAction(e -> signOut(setup, scene));
            window.addSidebarTool(out);
            window.addSidebarTool(DiagnoseAction.button(stage, desk, dataFolder, background));
        });
    }

    /** The main window and its lock screen over {@code opened}, in the current language; {@code state}: where to resume. */
    private void mount(Desk opened, Scene scene, Optional<DeskState> state, Settings splits) {
        window = new MainWindow(opened, messages, Platform::runLater,
                file -> getHostServices().showDocument(file.toUri().toString()));
        window.setOnToggleTheme(this::toggleTheme);
        window.setOnLanguage(this::chooseLanguage);
        window.setOnLayoutChanged(this::keepLayout);
        scene.setRoot(window.root());
        Theme.style(scene, settings.dark());
        // Only the product's name: the title shows in task bars and window switchers on a shared PC.
        stage.setTitle(Product.NAME);
        window.installShortcuts(scene);
        window.applySplits(splits);
        window.activate();
        state.ifPresent(window::restore);
        lock = newLock(opened, scene);
    }

    /**
     * Back to the sign-in screen, for the next officer at a shared PC: the desk's windows go, the
     * pending draft and the settings are saved, then the desk closes in the background (automatic
     * sync stopped, plain attachment copies deleted, cache closed, key dropped). Unsent actions stay
     * in the account's outbox and go at its next sign-in.
     */
    private void signOut(SignInSetup setup, Scene scene) {
        if (!leaveWithUnsent("ui.unsent.signOut")) {
            return;
        }
        closeDesk(setup, scene, false);
    }

    /** Closes the desk in the background and shows the sign-in screen, with the rebuild offered when {@code rebuild}. */
    private void closeDesk(SignInSetup setup, Scene scene, boolean rebuild) {
        stopDamageWatch.run();
        Desk closing = desk;
        new LockedWindows().hideAllOf(stage);
        saveAndClose();
        desk = null;
        window = null;
        lock = null;
        ProgressIndicator progress = new ProgressIndicator();
        VBox wait = new VBox(12, progress, new Label(messages.get("ui.signOut.closing")));
        wait.setAlignment(Pos.CENTER);
        wait.setId("signingOut");
        scene.setRoot(wait);
        background.io().execute(() -> {
            try {
                closing.close();
            } catch (RuntimeException e) {
                LOG.warn("Closing the desk at sign-out failed: {}", e.toString());
            }
            Platform.runLater(() -> {
                SignInViewModel vm = showSignIn(setup, scene, clock, Optional.empty());
                if (rebuild) {
                    vm.offerRebuild();
                }
            });
        });
    }

    /**
     * Before signing out or closing with actions not yet sent: says how many, that they stay safe in
     * this account for next time, and asks. True to go on (also when nothing waits).
     */
    private boolean leaveWithUnsent(String yesKey) {
        if (window == null || desk == null) {
            return true;
        }
        int waiting = window.status().pendingProperty().get();
        if (waiting <= 0) {
            return true;
        }
        return Dialogs.askSafely(stage, messages, "unsentWarning", "ui.unsent.title", messages.get("ui.unsent.text", waiting),
                yesKey,
                "ui.unsent.stay");
    }

    /** The lock screen over the main window: Ctrl+L, the sidebar's lock button, the idle time from the settings. */
    private LockView newLock(Desk opened, Scene scene) {
        MainWindow w = window;
        LockViewModel vm = new LockViewModel(messages, opened.lock(), background.scheduler(), background.io(),
                Platform::runLater, settings.idleLock());
        vm.officerProperty().bind(w.officerLine());
        vm.setBeforeLock(() -> w.action().suspendAutosave());
        vm.setAfterUnlock(() -> {
            w.action().resumeAutosave();
            w.refresh();
        });
        vm.setOnIdleChanged(idle -> {
            settings = settings.withIdleLockMinutes((int) idle.toMinutes());
            settingsFile.save(settings);
        });
        LockView view = new LockView(vm, scene, w.root());
        w.addSidebarTool(view.lockButton());
        w.addSidebarTool(view.idleMenu());
        view.activate();
        return view;
    }

    private void toggleTheme() {
        settings = settings.withDark(!settings.dark());
        Theme.apply(settings.dark());
        Theme.style(stage.getScene(), settings.dark());
        settingsFile.save(settings);
    }

    /** The desk in the other language, at once: rebuilt where the officer was (view, complaint, typed text). */
    private void chooseLanguage(String lang) {
        keepLanguage(lang);
        if (window == null || desk == null) {
            return;
        }
        Scene scene = stage.getScene();
        DeskState state = window.capture();
        Settings splits = window.captureSplits(settings);
        lock.deactivate();
        window.deactivate(); // the action form's text is also saved as a draft
        scene.getAccelerators().clear(); // the new window installs its own
        mount(desk, scene, Optional.of(state), splits);
        addSignOut(scene);
    }

    /** The sidebar or the action form folded or unfolded: kept for the next start at once. */
    private void keepLayout() {
        if (window != null) {
            settings = window.captureSplits(settings);
            settingsFile.save(settings);
        }
    }

    /** Speaks {@code lang} from now on, and next time (the settings file). */
    private void keepLanguage(String lang) {
        settings = settings.withLanguage(lang);
        settingsFile.save(settings);
        messages = Messages.of(Locale.of(lang));
    }

    private void restoreGeometry(Stage s) {
        if (!Double.isNaN(settings.x()) && !Double.isNaN(settings.y())) {
            Rectangle2D wanted = new Rectangle2D(settings.x(), settings.y(), settings.width(), settings.height());
            // Only where a screen still is: a detached monitor must not leave the window off-screen.
            boolean visible = Screen.getScreens().stream().anyMatch(sc -> sc.getVisualBounds().intersects(wanted));
            if (visible) {
                s.setX(settings.x());
                s.setY(settings.y());
            }
        }
        // Never larger than the screen: a window saved on a big monitor must fit a laptop.
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        s.setWidth(Math.min(settings.width(), screen.getWidth()));
        s.setHeight(Math.min(settings.height(), screen.getHeight()));
        s.setMaximized(settings.maximized());
    }

    private void saveAndClose() {
        if (stage != null) {
            settings = settings.withWindow(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(),
                    stage.isMaximized());
        }
        if (lock != null) {
            lock.deactivate();
        }
        if (window != null) {
            settings = window.captureSplits(settings);
            window.deactivate();
        }
        settingsFile.save(settings);
    }

    @Override
    public void stop() {
        stopDamageWatch.run();
        if (window != null && stage != null && stage.isShowing()) {
            saveAndClose();
        }
        if (background != null) {
            background.close(); // lets a pending draft and the settings land
        }
        if (desk != null) {
            desk.close();
        }
    }

    /** The language the screens speak now, for tests. */
    public Messages messages() {
        return messages;
    }

    /** The open desk, for tests. */
    public Optional<Desk> desk() {
        return Optional.ofNullable(desk);
    }

    /** The open lock screen, for tests. */
    public Optional<LockView> lockView() {
        return Optional.ofNullable(lock);
    }

    /** The open main window, for tests. */
    public Optional<MainWindow> mainWindow() {
        return Optional.ofNullable(window);
    }
}
