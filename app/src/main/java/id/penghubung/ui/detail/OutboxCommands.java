package id.penghubung.ui.detail;

import id.penghubung.i18n.Messages;
import id.penghubung.model.Complaint;
import id.penghubung.store.OutboxEntry;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * What the officer does to a queued action from the detail pane — withdraw, resend after review,
 * discard, edit — run in the background; afterwards, on the FX thread, the pane reloads and the desk
 * hears that the outbox changed.
 */
final class OutboxCommands {
    private final Messages messages;
    private final DetailData data;
    private final Executor background;
    private final Executor ui;
    private final Consumer<String> notice;
    private final Runnable reload;
    private Runnable onOutboxChanged = () -> { };
    private Consumer<OutboxEntry> onEdit = e -> { };

    OutboxCommands(Messages messages, DetailData data, Executor background, Executor ui, Consumer<String> notice,
            Runnable reload) {
        this.messages = Objects.requireNonNull(messages);
        this.data = Objects.requireNonNull(data);
        this.background = Objects.requireNonNull(background);
        this.ui = Objects.requireNonNull(ui);
        this.notice = Objects.requireNonNull(notice);
        this.reload = Objects.requireNonNull(reload);
    }

    void setOnOutboxChanged(Runnable value) {
        onOutboxChanged = Objects.requireNonNull(value);
    }

    void setOnEdit(Consumer<OutboxEntry> value) {
        onEdit = Objects.requireNonNull(value);
    }

    /** Takes back an action not sent yet; its text, target and attachments go back into the editor. */
    void withdraw(OutboxLine line) {
        background.execute(() -> {
            boolean done = data.withdraw(line.actionId());
            ui.execute(() -> {
                if (done) {
                    onEdit.accept(line.entry());
                    notice.accept(messages.get("ui.outbox.withdrawn"));
                } else {
                    notice.accept(messages.get("ui.outbox.withdrawTooLate"));
                }
                changed();
            });
        });
    }

    /** Back to PENDING on the newer of the local copy's version and the server's from its answer. */
    void resend(OutboxLine line, Complaint shown) {
        long base = Math.max(shown.version(), line.diff().serverVersion());
        afterwards(() -> data.resend(line.actionId(), base));
    }

    void discard(OutboxLine line) {
        afterwards(() -> data.discard(line.actionId()));
    }

    /** Puts the action back into the form for editing and drops the old entry. */
    void edit(OutboxLine line) {
        onEdit.accept(line.entry());
        discard(line);
    }

    private void afterwards(Runnable work) {
        background.execute(() -> {
            work.run();
            ui.execute(this::changed);
        });
    }

    private void changed() {
        reload.run();
        onOutboxChanged.run();
    }
}
