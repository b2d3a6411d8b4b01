package id.penghubung.ui.common;

import id.penghubung.i18n.Messages;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * A view model's background read: the read runs off the FX thread, only the latest request's answer
 * is shown (an older one that arrives late is dropped), and a failure reaches the officer in words
 * through {@link OfficerText}. Holds the loading flag and the error text the view binds to.
 */
public final class LatestRead {
    private final Messages messages;
    private final Executor background;
    private final Executor ui;
    private final BooleanProperty loading = new SimpleBooleanProperty(false);
    private final StringProperty error = new SimpleStringProperty("");
    private int generation;

    public LatestRead(Messages messages, Executor background, Executor ui) {
        this.messages = Objects.requireNonNull(messages);
        this.background = Objects.requireNonNull(background);
        this.ui = Objects.requireNonNull(ui);
    }

    /** Runs {@code read} in the background and hands its answer to {@code show} on the FX thread, if still the latest. */
    public <T> void run(Supplier<T> read, Consumer<T> show) {
        int asked = ++generation;
        loading.set(true);
        background.execute(() -> {
            try {
                T answer = read.get();
                ui.execute(() -> {
                    if (asked == generation) {
                        show.accept(answer);
                        error.set("");
                        loading.set(false);
                    }
                });
            } catch (RuntimeException e) {
                ui.execute(() -> {
                    error.set(messages.get("ui.error.store", OfficerText.of(messages, e)));
                    loading.set(false);
                });
            }
        });
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error;
    }
}
