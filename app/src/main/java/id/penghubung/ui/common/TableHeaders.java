package id.penghubung.ui.common;

import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.Tooltip;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;

/**
 * Column headers that wrap between words and never inside one: the header becomes a wrapping label,
 * the column is never narrower than the header's longest word (bold, plus the cell padding), and the
 * whole header shows on hover. So every column reads at 1366 px ("TL jatuh tempo" on two lines, not
 * "jatuh temp").
 */
public final class TableHeaders {
    /** Room around a header's text: the cell's padding and the sort arrow. */
    private static final double PADDING = 36;

    private TableHeaders() {
    }

    /** Replaces the column's text header; the column's minimum width grows to its longest word. */
    public static void wrap(TableColumn<?, ?> column) {
        wrap(column, column.getText(), Math.max(14, Font.getDefault().getSize()), PADDING);
    }

    /**
     * Replaces the column's header with {@code shown} (a short name, say), wrapped between words at a
     * header type of {@code size} px with {@code padding} around it; the column's full name shows on
     * hover and its minimum width grows to the longest word of {@code shown}.
     */
    public static void wrap(TableColumn<?, ?> column, String shown, double size, double padding) {
        String full = column.getText();
        Label header = new Label(shown);
        header.setWrapText(true);
        header.setMinHeight(Label.USE_PREF_SIZE);
        header.setTooltip(new Tooltip(full));
        header.prefWidthProperty().bind(column.widthProperty().subtract(padding - 8));
        column.setMinWidth(Math.max(column.getMinWidth(), longestWord(shown, size) + padding));
        column.setText("");
        column.setGraphic(header);
    }

    /**
     * The width of the widest word of {@code text}, bold, at a header size of {@code size} px with a fifth
     * more for the theme's wider face (measured in the default family).
     */
    static double longestWord(String text, double size) {
        Font bold = Font.font(Font.getDefault().getFamily(), FontWeight.BOLD, size * 1.2);
        double widest = 0;
        for (String word : text.split("\\s+")) {
            Text t = new Text(word);
            t.setFont(bold);
            widest = Math.max(widest, t.getLayoutBounds().getWidth());
        }
        return Math.ceil(widest);
    }
}
