package id.penghubung.ui.common;

import java.util.function.Function;
import javafx.util.StringConverter;

/** Display-only converters for choice boxes and combo boxes: values are chosen, never typed. */
public final class Labels {
    private Labels() {
    }

    public static <T> StringConverter<T> of(Function<T, String> label) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : label.apply(value);
            }

            @Override
            public T fromString(String text) {
                // Nothing is typed into these controls, so there is nothing to parse.
                return null;
            }
        };
    }
}
