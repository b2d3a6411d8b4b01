package id.penghubung.ui.common;

import java.util.function.Function;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
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

    /**
     * Shows the combo's prompt again whenever its value is cleared (JavaFX leaves the box blank once
     * a value was chosen and then set to null), and the converter's label otherwise.
     */
    public static <T> void promptWhenEmpty(ComboBox<T> combo) {
        combo.setButtonCell(new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                boolean none = empty || item == null;
                setText(none ? combo.getPromptText()
                        : combo.getConverter() == null ? item.toString() : combo.getConverter().toString(item));
                getStyleClass().remove("prompt");
                if (none) {
                    getStyleClass().add("prompt");
                }
            }
        });
    }
}
