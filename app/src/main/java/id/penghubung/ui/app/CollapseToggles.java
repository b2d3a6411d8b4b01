package id.penghubung.ui.app;

import id.penghubung.i18n.Messages;
import id.penghubung.ui.common.Icons;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;

/**
 * The two fold buttons of a small screen (issue 15): one folds the sidebar to a narrow rail, so the
 * inbox gets its width; one folds the action form away, so the detail pane gets its height. Only
 * the buttons and their columns; the main window decides where the form goes and the app keeps the choice.
 */
final class CollapseToggles {
    private final Messages messages;
    private final Node sidebar;
    private final boolean canAct;
    private final Runnable placeEditor;
    /** Under the scrolling sidebar, always in sight: sign-out and the desk's tools. */
    private final VBox footer = new VBox(4);
    private final Button sidebarToggle = new Button();
    private final Button editorToggle = new Button();
    private SplitPane main;
    private boolean sidebarCollapsed;
    private boolean editorCollapsed;
    private Runnable onChanged = () -> { };

    CollapseToggles(Messages messages, Node sidebar, boolean canAct, Runnable placeEditor) {
        this.messages = messages;
        Node scroll = scrolling(sidebar);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        footer.getStyleClass().add("sidebar-footer");
        footer.setPadding(new Insets(4, 8, 6, 8));
        this.sidebar = new VBox(scroll, footer);
        this.canAct = canAct;
        this.placeEditor = placeEditor;
        style(sidebarToggle, "toggleSidebar");
        style(editorToggle, "toggleEditor");
        sidebarToggle.setOnAction(e -> {
            foldSidebar(!sidebarCollapsed);
            onChanged.run();
        });
        editorToggle.setOnAction(e -> {
            foldEditor(!editorCollapsed);
            onChanged.run();
        });
        label(sidebarToggle, "ui.layout.sidebar.hide", MaterialDesignC.CHEVRON_DOUBLE_LEFT);
        label(editorToggle, "ui.layout.editor.hide", MaterialDesignC.CHEVRON_DOUBLE_DOWN);
    }

    /**
     * The sidebar scrolls on a short window (a 1366×768 laptop under its task bar) instead of growing the window's
     * minimum height, which pushed the status bar off its foot.
     */
    private static Node scrolling(Node sidebar) {
        ScrollPane scroll = new ScrollPane(sidebar);
        scroll.setId("sidebarScroll");
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add("edge-to-edge");
        scroll.setMinHeight(0);
        return scroll;
    }

    private static void style(Button b, String id) {
        b.setId(id);
        b.setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        b.getStyleClass().addAll("button-icon", "flat");
        b.setFocusTraversable(true);
    }

    /** Pins {@code tool} under the sidebar, where scrolling never takes it out of sight. */
    void pin(Node tool) {
        footer.getChildren().add(tool);
    }

    /** The sidebar with its fold button above it; {@code split}: the inbox/detail split that gets the width. */
    Parent leftColumn(SplitPane split) {
        this.main = split;
        HBox top = new HBox(sidebarToggle);
        top.setAlignment(Pos.CENTER_RIGHT);
        VBox column = new VBox(top, sidebar);
        VBox.setVgrow(sidebar, Priority.ALWAYS);
        column.getStyleClass().add("sidebar-rail");
        column.setId("sidebarColumn");
        return column;
    }

    /** The detail pane and the action form, with the form's fold button under them (an officer's desk only). */
    Parent detailColumn(Node detailSplit) {
        BorderPane column = new BorderPane(detailSplit);
        if (canAct) {
            HBox bar = new HBox(editorToggle);
            bar.setAlignment(Pos.CENTER_RIGHT);
            bar.getStyleClass().add("editor-rail");
            column.setBottom(bar);
        }
        return column;
    }

    /** Both folds as saved, without telling anyone (the desk is being built). */
    void apply(boolean sidebarFolded, boolean editorFolded) {
        foldSidebar(sidebarFolded);
        foldEditor(editorFolded);
    }

    boolean sidebarCollapsed() {
        return sidebarCollapsed;
    }

    boolean editorCollapsed() {
        return editorCollapsed;
    }

    void setOnChanged(Runnable value) {
        onChanged = value;
    }

    private void foldSidebar(boolean fold) {
        boolean changed = fold != sidebarCollapsed;
        double before = main == null ? 0 : main.getWidth();
        double inbox = main == null || main.getDividerPositions().length == 0 ? 0 : main.getDividerPositions()[0] * before;
        sidebarCollapsed = fold;
        sidebar.setVisible(!fold);
        sidebar.setManaged(!fold);
        label(sidebarToggle, fold ? "ui.layout.sidebar.show" : "ui.layout.sidebar.hide",
                fold ? MaterialDesignC.CHEVRON_DOUBLE_RIGHT : MaterialDesignC.CHEVRON_DOUBLE_LEFT);
        if (changed && before > 0 && main.getScene() != null && main.getParent() != null) {
            // The inbox, not the detail pane, gets (or gives back) the sidebar's width.
            main.getParent().layout();
            double after = main.getWidth();
            if (after > 0) {
                main.setDividerPositions(Math.clamp((inbox + after - before) / after, 0.2, 0.85));
            }
        }
    }

    private void foldEditor(boolean fold) {
        editorCollapsed = fold;
        label(editorToggle, fold ? "ui.layout.editor.show" : "ui.layout.editor.hide",
                fold ? MaterialDesignC.CHEVRON_DOUBLE_UP : MaterialDesignC.CHEVRON_DOUBLE_DOWN);
        placeEditor.run();
    }

    private void label(Button b, String key, Ikon icon) {
        String text = messages.get(key);
        b.setText(text);
        b.setAccessibleText(text);
        b.setGraphic(Icons.icon(icon));
        b.setTooltip(new Tooltip(text));
    }
}
