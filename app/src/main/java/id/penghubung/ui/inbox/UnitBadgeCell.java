package id.penghubung.ui.inbox;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;

/**
 * The deadline cell of a "Menunggu unit" row (issue 20): the units the complaint waits on, one badge
 * each, overdue first and red; the complaint's own clock and every unit in full on hover. Rows of the
 * other views keep their clock badge.
 */
final class UnitBadgeCell {
    /** Room around a badge's date when squeezed: its padding, border and the ellipsis. */
    private static final double MIN_BADGE = 30;

    private UnitBadgeCell() {
    }

    /** {@code units}: the row's waiting units (empty outside "Menunggu unit"); {@code clock}: the row's clock badge. */
    static Node graphic(List<UnitBadges.Line> units, Label clock) {
        if (units.isEmpty()) {
            return clock;
        }
        HBox box = new HBox(4);
        box.setAlignment(Pos.CENTER_LEFT);
        box.getStyleClass().add("unit-badges");
        for (UnitBadges.Line line : units) {
            Label b = InboxTableView.badge(line.text(), line.urgency().styleClass());
            b.getStyleClass().add("unit-badge");
            b.setId("unitDue-" + line.unitId());
            // Squeezed, a badge keeps at least its date ("Lewat 3 Mar"), so the most urgent unit never shows "1 D…".
            b.setMinWidth(MIN_BADGE + dateWidth(line.text(), b));
            box.getChildren().add(b);
        }
        String clockText = clock.getTooltip() == null ? clock.getText() : clock.getText() + "\n" + clock.getTooltip().getText();
        Tooltip all = new Tooltip(Stream.concat(units.stream().map(UnitBadges.Line::full), Stream.of(clockText))
                .collect(Collectors.joining("\n")));
        Tooltip.install(box, all);
        return box;
    }

    /** The width of a short badge text's date part (before " · "), in the badge's font. */
    private static double dateWidth(String text, Label badge) {
        int dot = text.indexOf(" \u00b7 ");
        Text probe = new Text(dot < 0 ? text : text.substring(0, dot));
        probe.setFont(Font.font(badge.getFont().getFamily(), FontWeight.BOLD, badge.getFont().getSize()));
        return probe.getLayoutBounds().getWidth();
    }
}
