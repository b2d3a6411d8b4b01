package id.penghubung.ui.lock;

import id.penghubung.i18n.Messages;
import id.penghubung.ui.common.Icons;
import id.penghubung.ui.common.LockedWindows;
import id.penghubung.ui.common.ViewSubscriptions;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import javafx.application.Platform;
import javafx.event.EventHandler;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.InputEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.materialdesign2.MaterialDesignL;

/**
 * The lock screen. Locked, the scene's root is this screen and the desk's content is not in the
 * scene at all (nothing to read behind it, nothing for {@code lookup}), the desk's other windows are
 * hidden ({@link LockedWindows}), and the desk's shortcuts are set aside so none of them reaches the
 * hidden views. Unlocked, the same content node comes back,
 * with its selection, scroll positions and form text as they were.
 */
public final class LockView {
    /** Locks the desk on demand. */
    public static final KeyCombination LOCK = new KeyCodeCombination(KeyCode.L, KeyCombination.SHORTCUT_DOWN);

    private final LockViewModel vm;
    private final Scene scene;
    private final Parent content;
    private final StackPane root = new StackPane();
    private final PasswordField password = new PasswordField();
    private final Label officer = new Label();
    private final Map<KeyCombination, Runnable> setAside = new HashMap<>();
    private final LockedWindows others = new LockedWindows();
    private final EventHandler<InputEvent> activity;
    private final ViewSubscriptions subscriptions = new ViewSubscriptions();

    public LockView(LockViewModel vm, Scene scene, Parent content) {
        this.vm = Objects.requireNonNull(vm);
        this.scene = Objects.requireNonNull(scene);
        this.content = Objects.requireNonNull(content);
        this.activity = e -> vm.activity();
        Messages messages = vm.messages();

        Label title = new Label(messages.get("ui.lock.title"));
        title.getStyleClass().add("signin-title");
        title.setGraphic(Icons.icon(MaterialDesignL.LOCK));
        Label explain = new Label(messages.get("ui.lock.explain"));
        explain.setWrapText(true);
        officer.setId("lockOfficer");
        officer.setWrapText(true);
        officer.getStyleClass().add("officer-name");
        password.setId("lockPassword");
        password.setPromptText(messages.get("ui.lock.password"));
        password.setAccessibleText(messages.get("ui.lock.password"));
        password.setOnAction(e -> unlock());
        Label error = new Label();
        error.setId("lockError");
        error.getStyleClass().add("field-error");
        error.setWrapText(true);
        error.textProperty().bind(vm.errorProperty());
        Button unlock = Icons.button(MaterialDesignL.LOCK_OPEN_VARIANT_OUTLINE, messages.get("ui.lock.unlock"));
        unlock.setId("unlock");
        unlock.getStyleClass().add("accent");
        unlock.setDefaultButton(true);
        unlock.setMaxWidth(Double.MAX_VALUE);
        unlock.disableProperty().bind(vm.busyProperty().or(vm.waitingProperty()));
        unlock.setOnAction(e -> unlock());
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(24, 24);
        busy.visibleProperty().bind(vm.busyProperty());
        busy.managedProperty().bind(vm.busyProperty());
        VBox card = new VBox(12, title, officer, explain, password, error, unlock, busy);
        card.getStyleClass().add("signin-card");
        card.setId("lockCard");
        card.setMaxHeight(Region.USE_PREF_SIZE);
        root.getChildren().add(card);
        StackPane.setAlignment(card, Pos.CENTER);
        root.setId("lockScreen");
    }

    private void unlock() {
        char[] typed = password.getText().toCharArray();
        password.clear(); // the field's String cannot be wiped; it is dropped at once
        vm.unlock(typed);
    }

    private void show(boolean locked) {
        if (locked) {
            if (scene.getWindow() != null) {
                others.hideAllOf(scene.getWindow());
            }
            scene.setRoot(root);
            password.clear();
            password.requestFocus();
            // Later: Ctrl+L may be running from inside the accelerator map right now.
            Platform.runLater(() -> {
                if (vm.lockedProperty().get() && setAside.isEmpty()) {
                    setAside.putAll(scene.getAccelerators());
                    scene.getAccelerators().clear();
                }
            });
        } else {
            password.clear();
            scene.setRoot(content);
            scene.getAccelerators().putAll(setAside);
            setAside.clear();
            scene.getAccelerators().put(LOCK, vm::lock);
            others.reopen();
        }
    }

    /** A button that locks the desk, labelled for screen readers; the caller places it. */
    public Button lockButton() {
        Button b = Icons.iconButton(MaterialDesignL.LOCK_OUTLINE, vm.messages().get("ui.lock.button"));
        b.setId("lockDesk");
        b.setOnAction(e -> vm.lock());
        return b;
    }

    /** A menu of how long the desk may sit idle before it locks; the caller places it beside {@link #lockButton}. */
    public MenuButton idleMenu() {
        Messages messages = vm.messages();
        MenuButton menu = new MenuButton(null, Icons.icon(MaterialDesignL.LOCK_CLOCK));
        menu.setId("idleLockMenu");
        menu.setAccessibleText(messages.get("ui.lock.idleMenu"));
        menu.setTooltip(new Tooltip(messages.get("ui.lock.idleMenu")));
        menu.getStyleClass().add("flat");
        ToggleGroup group = new ToggleGroup();
        // The settings file's value is clamped to these choices when read (Settings.idleLock).
        long current = vm.idle().toMinutes();
        for (int m : LockViewModel.IDLE_CHOICES_MINUTES) {
            RadioMenuItem item = new RadioMenuItem(messages.get("ui.lock.idleChoice", m));
            item.setId("idleLock-" + m);
            item.setToggleGroup(group);
            item.setSelected(m == current);
            item.setOnAction(e -> vm.setIdle(Duration.ofMinutes(m)));
            menu.getItems().add(item);
        }
        return menu;
    }

    /** Ctrl+L and the idle watch (every key and mouse event on the window); the timer starts. */
    public void activate() {
        subscriptions.onChange(vm.lockedProperty(), (o, was, now) -> show(now));
        subscriptions.bind(officer.textProperty(), vm.officerProperty());
        scene.getAccelerators().put(LOCK, vm::lock);
        scene.addEventFilter(InputEvent.ANY, activity);
        vm.activate();
    }

    public void deactivate() {
        vm.deactivate();
        scene.removeEventFilter(InputEvent.ANY, activity);
        scene.getAccelerators().remove(LOCK);
        subscriptions.dispose();
    }

    public Node root() {
        return root;
    }
}
