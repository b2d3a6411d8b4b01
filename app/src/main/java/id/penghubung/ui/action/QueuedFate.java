package id.penghubung.ui.action;

import id.penghubung.i18n.Messages;
import id.penghubung.model.ActionType;
import id.penghubung.store.OutboxEntry;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Executor;

/**
 * Keeps the form's "masuk kotak keluar" true: the action the form queued last is looked up again
 * after a sync, and the message says what became of it — still waiting, taken by the server, in
 * conflict with the server's copy, or refused. UI thread, the store read in the background.
 */
final class QueuedFate {
    private final Messages messages;
    private final ActionData store;
    private final ActionForm form;
    private final Executor background;
    private final Executor ui;
    /** The action whose message the form shows; null when the form shows none. */
    private Watched watched;

    private record Watched(UUID actionId, ActionType kind, String message) {
    }

    QueuedFate(Messages messages, ActionData store, ActionForm form, Executor background, Executor ui) {
        this.messages = messages;
        this.store = store;
        this.form = form;
        this.background = background;
        this.ui = ui;
    }

    /** The form now says that {@code entry}, written as {@code kind}, is in the outbox. */
    void queued(OutboxEntry entry, ActionType kind) {
        String message = messages.get("ui.action.queued", messages.label(kind));
        watched = new Watched(entry.actionId(), kind, message);
        form.result.set(message);
    }

    /** Reads the watched action's state again and, while the form still shows its message, updates it. */
    void check() {
        Watched w = watched;
        if (w == null) {
            return;
        }
        background.execute(() -> {
            Optional<OutboxEntry> entry = store.outboxEntry(w.actionId());
            ui.execute(() -> {
                if (w != watched || !w.message().equals(form.result.get())) {
                    return; // the form moved on: another action, another complaint, or the officer's own change
                }
                String now = entry.map(e -> message(e, w.kind())).orElse("");
                watched = new Watched(w.actionId(), w.kind(), now);
                form.result.set(now);
            });
        });
    }

    private String message(OutboxEntry e, ActionType kind) {
        String label = messages.label(kind);
        return switch (e.state()) {
            case PENDING, SENDING -> messages.get("ui.action.queued", label);
            case APPLIED -> messages.get("ui.action.fate.applied", label);
            case CONFLICT -> messages.get("ui.action.fate.conflict", label);
            case REJECTED -> messages.get("ui.action.fate.rejected", label);
        };
    }
}
