package id.penghubung.ui.inbox;

import id.penghubung.i18n.Messages;
import id.penghubung.store.InboxView;
import id.penghubung.ui.common.Icons;
import id.penghubung.ui.common.Product;
import id.penghubung.ui.common.ViewSubscriptions;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javafx.beans.value.ChangeListener;
import javafx.collections.MapChangeListener;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignI;
import org.kordamp.ikonli.materialdesign2.MaterialDesignK;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;
import org.kordamp.ikonli.materialdesign2.MaterialDesignT;

/** The sidebar: the inbox's views with live counts; the chosen one is highlighted. */
public final class SidebarView {
    /**
     * Below this window height the views sit closer together (the {@code :compact} style), so that on a 1366×768
     * laptop the coordination queues at the sidebar's end are in sight without scrolling.
     */
    static final double COMPACT_BELOW_HEIGHT = 880;
    private static final PseudoClass COMPACT = PseudoClass.getPseudoClass("compact");
    private static final PseudoClass CURRENT = PseudoClass.getPseudoClass("current");
    private static final PseudoClass ALERT = PseudoClass.getPseudoClass("alert");
    private static final PseudoClass WARN = PseudoClass.getPseudoClass("warn");
    private final ViewSubscriptions subscriptions = new ViewSubscriptions();
    private final List<InboxView> order;
    private final InboxViewModel vm;
    private final VBox root = new VBox();
    private final Map<InboxView, Button> items = new EnumMap<>(InboxView.class);
    private final Map<InboxView, Label> countLabels = new EnumMap<>(InboxView.class);
    private final MapChangeListener<InboxView, Integer> countsListener = c -> showCount(c.getKey());
    private final ChangeListener<InboxView> viewListener = (o, a, b) -> highlight();
    private final ChangeListener<Number> heightListener = (o, a, b) -> compactFor(b);
    private final VBox extra = new VBox(2);

    /** {@code views}: the sidebar's views in order (the desk mode decides which); local work gets a heading. */
    private Runnable onViewChosen = () -> { };

    /** Runs whenever the officer picks a view, also the one already chosen (e.g. to leave the dashboard for it). */
    public void setOnViewChosen(Runnable action) {
        onViewChosen = Objects.requireNonNull(action, "action");
    }

    public SidebarView(InboxViewModel vm, List<InboxView> views) {
        this.vm = vm;
        this.order = List.copyOf(views);
        Messages messages = vm.messages();
        root.getStyleClass().add("sidebar");
        root.setPrefWidth(320); // "Jatuh tempo ≤ 2 hari kerja" whole beside a 3-digit count
        root.setMinWidth(250);
        Label name = new Label(Product.NAME);
        name.getStyleClass().add("app-name");
        root.getChildren().add(name);
        for (InboxView v : order) {
            if (v == InboxView.DRAFTS || v == InboxView.AWAITING_UNITS || (v == InboxView.OVERDUE && order.indexOf(v) > 0)) {
                Label section = new Label(messages.get(v == InboxView.DRAFTS ? "ui.sidebar.localWork"
                        : v == InboxView.AWAITING_UNITS ? "ui.sidebar.coordination" : "ui.sidebar.deadlines"));
                section.getStyleClass().add("sidebar-section");
                root.getChildren().add(section);
            }
            root.getChildren().add(item(v));
        }
        Region spacer = new Region();
        VBox.setVgrow(spacer, Priority.ALWAYS);
        root.getChildren().addAll(spacer, extra);
    }

    private Button item(InboxView v) {
        Label text = new Label(vm.viewLabel(v));
        text.getStyleClass().add("sidebar-label");
        Label count = new Label("0");
        count.getStyleClass().add("sidebar-count");
        count.setMinWidth(Region.USE_PREF_SIZE);
        count.setId("count-" + v.name());
        countLabels.put(v, count);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox line = new HBox(8, Icons.icon(icon(v)), text, spacer, count);
        line.setAlignment(Pos.CENTER_LEFT);
        Button b = new Button(null, line);
        b.setId("view-" + v.name());
        b.getStyleClass().add("sidebar-item");
        b.setMaxWidth(Double.MAX_VALUE);
        b.setOnAction(e -> {
            vm.viewProperty().set(v);
            onViewChosen.run();
        });
        b.setAccessibleText(vm.viewLabel(v));
        b.setFocusTraversable(true);
        items.put(v, b);
        return b;
    }

    private static Ikon icon(InboxView v) {
        return switch (v) {
            case NEEDS_FOLLOW_UP -> MaterialDesignI.INBOX_ARROW_DOWN_OUTLINE;
            case WAITING_FOR_REPORTER -> MaterialDesignA.ACCOUNT_CLOCK_OUTLINE;
            case ANSWERED -> MaterialDesignC.CHECK_OUTLINE;
            case NOT_AUTHORIZED -> MaterialDesignC.CANCEL;
            case OVERDUE -> MaterialDesignA.ALERT_OCTAGON_OUTLINE;
            case DUE_SOON -> MaterialDesignT.TIMER_SAND;
            case COMPLETED -> MaterialDesignC.CHECK_CIRCLE_OUTLINE;
            case ARCHIVED -> MaterialDesignA.ARCHIVE_OUTLINE;
            case HELD -> MaterialDesignP.PAUSE_CIRCLE_OUTLINE;
            case DRAFTS -> MaterialDesignF.FILE_EDIT_OUTLINE;
            case OUTBOX -> MaterialDesignM.MAILBOX_OUTLINE;
            case CONFLICTS -> MaterialDesignA.ALERT_OUTLINE;
            case ALL -> MaterialDesignF.FORMAT_LIST_BULLETED;
            case REDIRECTED -> MaterialDesignS.SHARE_OUTLINE;
            case AWAITING_UNITS -> MaterialDesignA.ACCOUNT_GROUP_OUTLINE;
            case AWAITING_APPROVAL -> MaterialDesignS.STAMPER;
            case RETURNED -> MaterialDesignK.KEYBOARD_RETURN;
        };
    }

    private void showCount(InboxView v) {
        Label l = countLabels.get(v);
        Button b = items.get(v);
        if (l == null) {
            return;
        }
        int n = vm.counts().getOrDefault(v, 0);
        l.setText(String.format(vm.messages().locale(), "%,d", n));
        b.setAccessibleText(vm.viewLabel(v) + ", " + n);
        // Pseudo-classes, not style classes: a count that changes must not re-match the item's whole subtree.
        b.pseudoClassStateChanged(ALERT, n > 0 && (v == InboxView.OVERDUE || v == InboxView.CONFLICTS));
        b.pseudoClassStateChanged(WARN, n > 0 && v == InboxView.DUE_SOON);
    }

    private void highlight() {
        items.forEach((v, b) -> b.pseudoClassStateChanged(CURRENT, v == vm.viewProperty().get()));
    }

    /** Where the main window puts the dashboard and settings buttons, under the views. */
    public VBox extra() {
        return extra;
    }

    public void activate() {
        subscriptions.onChange(vm.counts(), countsListener);
        subscriptions.onChange(vm.viewProperty(), viewListener);
        subscriptions.onChange(root.sceneProperty().flatMap(Scene::heightProperty), heightListener);
        order.forEach(this::showCount);
        highlight();
        compactFor(root.getScene() == null ? null : root.getScene().getHeight());
    }

    private void compactFor(Number windowHeight) {
        root.pseudoClassStateChanged(COMPACT, windowHeight != null && windowHeight.doubleValue() < COMPACT_BELOW_HEIGHT);
    }

    public void deactivate() {
        subscriptions.dispose();
    }

    public Node root() {
        return root;
    }
}
