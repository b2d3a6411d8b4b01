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
 * deadline badge stay whole on screen instead of scrolling out of it; they come back as the table widens. Beyond
 * the first {@code kept} of them, columns also give way until the title has a readable width (on a wide screen the
 * title had only what the other columns' minimums left it); the title's minimum then holds that width. A column
 * the officer hid in the column chooser stays hidden, and one the officer shows again is not hidden here.
 */
final class ColumnPriorities {
    /** The vertical scrollbar and the column chooser's button take this much of the table's width. */
    private static final double CHROME = 24;

    private final TableView<?> table;
    /** In order of importance: the last gives way first. */
    private final List<? extends TableColumn<?, ?>> givingWay;
    private final TableColumn<?, ?> title;
    private final double titleMin;
    private final double titleReadable;
    private final int kept;
    private final Set<TableColumn<?, ?>> hiddenHere = new HashSet<>();
    private boolean adjusting;

    /**
     * @param title         the column that should have room to read
     * @param titleReadable the width at which the title reads well
     * @param kept          how many of {@code givingWay} never give way for the title's sake (only for lack of room)
     */
    ColumnPriorities(TableView<?> table, List<? extends TableColumn<?, ?>> givingWay, TableColumn<?, ?> title, double titleReadable,
            int kept) {
        this.table = table;
        this.givingWay = List.copyOf(givingWay);
        this.title = title;
        this.titleMin = title.getMinWidth();
        this.titleReadable = titleReadable;
        this.kept = kept;
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
            title.setMinWidth(titleMin);
            double need = table.getVisibleLeafColumns().stream().mapToDouble(TableColumn::getMinWidth).sum();
            need = giveWay(0, need, room);
            // Then the title's room to read, from the columns after the first kept ones.
            need = giveWay(kept, need - titleMin + titleReadable, room) + titleMin - titleReadable;
            double others = need - titleMin;
            title.setMinWidth(Math.max(titleMin, Math.min(titleReadable, room - others)));
        } finally {
            adjusting = false;
        }
    }

    /** Hides columns from the last down to index {@code from} while {@code need} exceeds {@code room}; the need left. */
    private double giveWay(int from, double need, double room) {
        for (int i = givingWay.size() - 1; i >= from && need > room; i--) {
            TableColumn<?, ?> c = givingWay.get(i);
            if (c.isVisible()) {
                c.setVisible(false);
                hiddenHere.add(c);
                need -= c.getMinWidth();
            }
        }
        return need;
    }
}
