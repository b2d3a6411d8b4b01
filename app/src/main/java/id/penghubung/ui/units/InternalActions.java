package id.penghubung.ui.units;

import id.penghubung.i18n.Messages;
import id.penghubung.model.Complaint;
import id.penghubung.model.action.OfficerAction;
import id.penghubung.model.action.Problem;
import id.penghubung.ui.action.ActionCheck;
import id.penghubung.ui.common.OfficerText;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * Queues an internal action from a side pane (a unit's answer, a reminder, an approval): checked first,
 * written to the outbox off the FX thread, the outcome said in the officer's words. One path for the
 * units section and the review pane.
 */
public final class InternalActions {
    private final Messages messages;
    private final UnitsData data;
    private final ActionCheck check;
    private final Executor background;
    private final Executor ui;

    public InternalActions(Messages messages, UnitsData data, ActionCheck check, Executor background, Executor ui) {
        this.messages = Objects.requireNonNull(messages);
        this.data = Objects.requireNonNull(data);
        this.check = Objects.requireNonNull(check);
        this.background = Objects.requireNonNull(background);
        this.ui = Objects.requireNonNull(ui);
    }

    /**
     * The problems in words (nothing queued), or an empty list when the action goes to the outbox; then
     * {@code result} gets the outcome and {@code onQueued} runs, both on the FX thread.
     */
    public List<String> queue(Complaint c, OfficerAction action, Consumer<String> result, Runnable onQueued) {
        if (c == null) {
            return List.of();
        }
        List<Problem> found = check.check(action, c);
        if (!found.isEmpty()) {
            return found.stream().map(p -> messages.get(p.messageKey(), p.args().toArray())).toList();
        }
        long base = c.version();
        background.execute(() -> {
            try {
                data.enqueue(c.id(), base, action);
                ui.execute(() -> {
                    result.accept(messages.get("ui.action.queued", messages.label(action.type())));
                    onQueued.run();
                });
            } catch (RuntimeException e) {
                ui.execute(() -> result.accept(messages.get("ui.error.store", OfficerText.of(messages, e))));
            }
        });
        return List.of();
    }
}
