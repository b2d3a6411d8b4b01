package id.penghubung.ui.inbox;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;

/**
 * The deadline cell of a "Menunggu unit" row (issue 20): the units the complaint waits on, one badge
 * each, overdue first and red; the complaint's own clock and every unit in full on hover. Rows of the
 * other views keep their clock badge.
 */
final class UnitBadgeCell {
    /** A badge narrower than this is cut rather than squeezed further: the next unit keeps some room. */
    private static final double MIN_BADGE = 64;

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
            b.setMinWidth(MIN_BADGE);
            box.getChildren().add(b);
        }
        String clockText = clock.getTooltip() == null ? clock.getText() : clock.getText() + "\n" + clock.getTooltip().getText();
        Tooltip all = new Tooltip(Stream.concat(units.stream().map(UnitBadges.Line::text), Stream.of(clockText))
                .collect(Collectors.joining("\n")));
        Tooltip.install(box, all);
        return box;
    }
}
