package id.penghubung.store.export;

import java.util.ArrayList;
import java.util.List;

/**
 * CSV cells a spreadsheet shows as text. A cell that starts with {@code =}, {@code +}, {@code -},
 * {@code @}, a tab or a carriage return is read as a formula by Excel, LibreOffice and Google Sheets
 * (CSV or formula injection): a complaint titled {@code =HYPERLINK(...)} would become a live link
 * in the officer's spreadsheet. Such a cell gets a leading single quote, as OWASP advises; the quote
 * shows in the cell, the formula never runs. Apache Commons CSV (1.12) has no option for this.
 * Only for CSV: JSON exports keep the words as written.
 */
public final class SpreadsheetText {
    private SpreadsheetText() {
    }

    /** The value as a cell: {@code null} empty, a string with a formula start prefixed by {@code '}. */
    public static Object cell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof CharSequence text) {
            return formulaStart(text) ? "'" + text : text.toString();
        }
        return value;
    }

    /** Every value of a record as {@link #cell(Object)}. */
    public static List<Object> cells(List<?> values) {
        List<Object> out = new ArrayList<>(values.size());
        for (Object v : values) {
            out.add(cell(v));
        }
        return out;
    }

    static boolean formulaStart(CharSequence text) {
        if (text.isEmpty()) {
            return false;
        }
        return switch (text.charAt(0)) {
            case '=', '+', '-', '@', '\t', '\r' -> true;
            default -> false;
        };
    }
}
