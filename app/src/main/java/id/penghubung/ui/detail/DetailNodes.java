package id.penghubung.ui.detail;

import id.penghubung.model.Attachment;
import id.penghubung.ui.detail.DetailViewModel.ClockLine;
import id.penghubung.ui.detail.DetailViewModel.TimelineLine;
import java.util.function.Function;
import javafx.beans.value.ObservableDoubleValue;
import javafx.scene.Node;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The detail pane's small pieces: badges, labels that wrap or never shrink, a clock tile, a chronology step. */
final class DetailNodes {
    private DetailNodes() {
    }

    static Label section(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("detail-section");
        return l;
    }

    static Label badge(String text, String style) {
        Label l = new Label(text);
        l.getStyleClass().addAll("badge", style);
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }

    /** Never shorter than its text: a type, a state or a button name is never cut to "…". */
    static <T extends Control> T fixed(T control) {
        control.setMinWidth(Region.USE_PREF_SIZE);
        return control;
    }

    static Label wrapped(String text, String style) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.setMinWidth(0);
        l.setMaxWidth(Double.MAX_VALUE);
        l.getStyleClass().add(style);
        return l;
    }

    /** A deadline clock: its name, its reading in the urgency's colour, its due day; never wider than {@code maxWidth}. */
    static Node clock(ClockLine cl, ObservableDoubleValue maxWidth) {
        Label name = new Label(cl.name());
        name.getStyleClass().add("meta-key");
        Label reading = new Label(cl.reading());
        reading.getStyleClass().addAll("badge", cl.urgency().styleClass());
        reading.setWrapText(true);
        VBox box = new VBox(2, name, reading);
        if (!cl.due().isEmpty()) {
            Label due = new Label(cl.due());
            due.getStyleClass().addAll("meta-key", "clock-due");
            reading.setTooltip(new Tooltip(cl.name() + " · " + cl.due()));
            box.getChildren().add(due);
        }
        box.getStyleClass().add("clock");
        // In a narrow pane a clock's reading wraps inside it instead of running out of the pane.
        box.maxWidthProperty().bind(maxWidth);
        return box;
    }

    /** One step of the chronology: when and who, what, its text, its attachments as rows. */
    static Node timelineItem(TimelineLine t, Function<Attachment, Node> attachmentRow) {
        Label when = new Label(t.when() + " · " + t.who());
        when.getStyleClass().add("timeline-when");
        Label what = new Label(t.what());
        what.getStyleClass().add("timeline-what");
        VBox item = new VBox(2, when, what);
        if (!t.text().isBlank()) {
            Label text = new Label(t.text());
            text.getStyleClass().add("timeline-text");
            text.setWrapText(true);
            item.getChildren().add(text);
        }
        t.attachments().forEach(a -> item.getChildren().add(attachmentRow.apply(a)));
        item.getStyleClass().add("timeline-item");
        return item;
    }

    static String humanSize(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        if (bytes < 1024 * 1024) {
            return (bytes / 1024) + " KB";
        }
        return String.format("%.1f MB", bytes / (1024.0 * 1024.0));
    }
}
