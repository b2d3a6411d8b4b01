package id.penghubung.ui.inbox;

import id.penghubung.ui.common.ViewSubscriptions;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/**
 * The inbox table's column priorities: when the table is narrower than its visible columns' minimum widths, the
 * columns after the deadline give way (hidden, the last first), so that the tracking number, the title and the
 * deadline badge stay whole on screen instead of scrolling out of it; they come back as the table widens. A column
 * the officer hid in the column chooser stays hidden, and one the officer shows again is not hidden here.
 */
final class ColumnPriorities {
    /** The vertical scrollbar and the column chooser's button take this much of the table's width. */
    private static final double CHROME = 24;

    private final TableView<?> table;
    /** In order of importance: the last gives way first. */
    private final List<? extends TableColumn<?, ?>> givingWay;
    private final Set<TableColumn<?, ?>> hiddenHere = new HashSet<>();
    private boolean adjusting;

    ColumnPriorities(TableView<?> table, List<? extends TableColumn<?, ?>> givingWay) {
        this.table = table;
        this.givingWay = List.copyOf(givingWay);
    }

    void activate(ViewSubscriptions subscriptions) {
        subscriptions.onChange(table.widthProperty(), (o, a, b) -> fit());
        for (TableColumn<?, ?> c : givingWay) {
            subscriptions.onChange(c.visibleProperty(), (o, a, b) -> {
                if (!adjusting) {
                    hiddenHere.remove(c); // the officer's choice, in the column chooser
                }
            });
        }
        fit();
    }

    private void fit() {
        double room = table.getWidth() - CHROME;
        if (room <= 0) {
            return;
        }
        adjusting = true;
        try {
            hiddenHere.forEach(c -> c.setVisible(true));
            hiddenHere.clear();
            double need = table.getVisibleLeafColumns().stream().mapToDouble(TableColumn::getMinWidth).sum();
            for (int i = givingWay.size() - 1; i >= 0 && need > room; i--) {
                TableColumn<?, ?> c = givingWay.get(i);
                if (c.isVisible()) {
                    c.setVisible(false);
                    hiddenHere.add(c);
                    need -= c.getMinWidth();
                }
            }
        } finally {
            adjusting = false;
        }
    }
}
