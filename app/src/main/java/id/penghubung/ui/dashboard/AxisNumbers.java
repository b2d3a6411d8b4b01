package id.penghubung.ui.dashboard;

import java.text.NumberFormat;
import java.util.Locale;
import javafx.util.StringConverter;

/**
 * A chart axis's numbers written like the bars' values and the sidebar's counts, in the desk's language
 * ("1.974" in Indonesian, "1,974" in English), never in the JVM's default locale.
 */
final class AxisNumbers extends StringConverter<Number> {
    private final NumberFormat format;

    AxisNumbers(Locale locale) {
        format = NumberFormat.getIntegerInstance(locale);
    }

    @Override
    public String toString(Number value) {
        return value == null ? "" : format.format(Math.round(value.doubleValue()));
    }

    @Override
    public Number fromString(String text) {
        throw new UnsupportedOperationException("an axis label is never read back");
    }
}
