package id.penghubung.ui.inbox;

import id.penghubung.ui.common.Urgency;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;

/**
 * A row's deadline badge that a table cell keeps and refills as rows scroll through it: the same label, its text,
 * its urgency's style class swapped only when the urgency changes, and its due day on hover (issue 19: a new
 * label and tooltip per update was a new node to skin and match against every selector, on every scroll).
 */
final class ClockBadge {
    private final Label label = new Label();
    private final Tooltip tooltip = new Tooltip();
    private Urgency urgency;

    ClockBadge() {
        label.getStyleClass().add("badge");
        label.setMinWidth(Label.USE_PREF_SIZE);
    }

    /** A label of its own for {@code badge} (a badge inside a box built afresh). */
    static Label of(RowBadges.Badge badge) {
        Label shown = InboxTableView.badge(badge.text(), badge.urgency().styleClass());
        if (!badge.tooltip().isEmpty()) {
            shown.setTooltip(new Tooltip(badge.tooltip()));
        }
        return shown;
    }

    /** The kept label, showing {@code badge}. */
    Label show(RowBadges.Badge badge) {
        label.setText(badge.text());
        if (badge.urgency() != urgency) {
            if (urgency != null) {
                label.getStyleClass().remove(urgency.styleClass());
            }
            urgency = badge.urgency();
            label.getStyleClass().add(urgency.styleClass());
        }
        if (badge.tooltip().isEmpty()) {
            label.setTooltip(null);
        } else {
            tooltip.setText(badge.tooltip());
            label.setTooltip(tooltip);
        }
        return label;
    }
}
