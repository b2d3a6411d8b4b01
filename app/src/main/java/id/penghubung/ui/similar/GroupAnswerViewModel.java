package id.penghubung.ui.similar;

import id.penghubung.i18n.Messages;
import id.penghubung.model.ActionType;
import id.penghubung.model.Complaint;
import id.penghubung.model.ComplaintLink;
import id.penghubung.model.TrackingId;
import id.penghubung.model.action.Complete;
import id.penghubung.model.action.OfficerAction;
import id.penghubung.model.action.Problem;
import id.penghubung.model.action.Respond;
import id.penghubung.model.sla.Deadline;
import id.penghubung.model.sla.DeadlineSummary;
import id.penghubung.ui.action.ActionCheck;
import id.penghubung.ui.common.OfficerText;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Answer a group at once (issue 17): the group of a complaint — itself, the complaints it is linked
 * to, and the matcher's candidates — with each member's status and deadline; one text, sent as one
 * RESPOND or COMPLETE action per member, each checked by the model against its own state first. A
 * member the check refuses (closed, redirected to another institution, not yet disposed) is skipped,
 * and the reason is shown before anything is sent.
 */
public final class GroupAnswerViewModel {
    private final Messages messages;
    private final SimilarData data;
    private final ActionCheck check;
    private final Function<Complaint, DeadlineSummary> deadlines;
    private final Clock clock;
    private final Executor io;
    private final Executor fx;
    private final ObservableList<GroupMember> members = FXCollections.observableArrayList();
    private final ObjectProperty<ActionType> type = new SimpleObjectProperty<>(ActionType.RESPOND);
    private final StringProperty text = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper result = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    /** The group as loaded, with where each member came from; members are re-checked from it. */
    private final Map<Complaint, String> group = new LinkedHashMap<>();
    private Runnable onQueued = () -> { };

    public GroupAnswerViewModel(Messages messages, SimilarData data, ActionCheck check,
            Function<Complaint, DeadlineSummary> deadlines, Clock clock, Executor io, Executor fx) {
        this.messages = Objects.requireNonNull(messages);
        this.data = Objects.requireNonNull(data);
        this.check = Objects.requireNonNull(check);
        this.deadlines = Objects.requireNonNull(deadlines);
        this.clock = Objects.requireNonNull(clock);
        this.io = Objects.requireNonNull(io);
        this.fx = Objects.requireNonNull(fx);
        type.addListener((o, a, b) -> recheck());
        text.addListener((o, a, b) -> recheck());
    }

    /** Loads the group of {@code anchor}: itself, its links, then these candidates (by complaint id). */
    public void load(Complaint anchor, List<String> candidateIds) {
        members.clear();
        result.set(messages.get("ui.similar.loading"));
        io.execute(() -> {
            Map<Complaint, String> found = new LinkedHashMap<>();
            found.put(anchor, messages.get("ui.group.origin.this"));
            List<String> seen = new ArrayList<>(List.of(anchor.id()));
            for (ComplaintLink link : ComplaintLink.current(anchor.events())) {
                TrackingId.parse(link.trackingId()).flatMap(data::byTrackingId).filter(c -> !seen.contains(c.id()))
                        .ifPresent(c -> {
                            seen.add(c.id());
                            found.put(c, messages.label(link.relation()));
                        });
            }
            for (String id : candidateIds) {
                if (!seen.contains(id)) {
                    data.complaint(id).ifPresent(c -> {
                        seen.add(c.id());
                        found.put(c, messages.get("ui.group.origin.candidate"));
                    });
                }
            }
            fx.execute(() -> {
                group.clear();
                group.putAll(found);
                result.set("");
                recheck();
            });
        });
    }

    /** Checks every member again for the chosen type and text (on the UI thread; the model's check is fast). */
    private void recheck() {
        List<GroupMember> out = new ArrayList<>();
        group.forEach((c, origin) -> out.add(member(c, origin, check.check(action(), c))));
        members.setAll(out);
    }

    private GroupMember member(Complaint c, String origin, List<Problem> problems) {
        // A blank text is everyone's problem, said once under the text box, not as a reason to skip.
        List<String> reasons = problems.stream().filter(p -> !p.field().equals("text"))
                .map(p -> messages.get(p.messageKey(), p.args().stream()
                        .map(a -> a instanceof Enum<?> e ? messages.label(e) : a).toArray()))
                .toList();
        return new GroupMember(c, c.trackingId().value(), c.title(), c.agency().map(a -> a.name()).orElse(""),
                messages.label(c.status(), c.statusName()), deadline(c), origin, String.join(" ", reasons));
    }

    private String deadline(Complaint c) {
        Optional<Deadline> d = deadlines.apply(c).mostUrgent();
        if (d.isEmpty()) {
            return messages.get("ui.group.noDeadline");
        }
        if (d.get().isOverdue(clock.instant())) {
            return messages.get("ui.group.overdue", messages.label(d.get().kind()));
        }
        return messages.get("ui.group.due", messages.label(d.get().kind()), d.get().workingDaysRemaining());
    }

    private OfficerAction action() {
        String value = text.get() == null ? "" : text.get().strip();
        return type.get() == ActionType.COMPLETE ? new Complete(value, List.of()) : new Respond(value, List.of());
    }

    /** How many members the answer would go to now. */
    public int toSend() {
        return (int) members.stream().filter(GroupMember::sent).count();
    }

    /**
     * Queues the answer for every member the check allows, one action each on its own complaint and
     * version; false (nothing queued) when the text is blank or no member would take it.
     */
    public boolean send() {
        OfficerAction action = action();
        List<GroupMember> planned = members.stream().filter(GroupMember::sent).toList();
        boolean blank = text.get() == null || text.get().isBlank();
        if (busy.get() || planned.isEmpty() || blank) {
            result.set(messages.get(blank ? "validation.text.blank" : "ui.group.nobody"));
            return false;
        }
        int skipped = members.size() - planned.size();
        busy.set(true);
        io.execute(() -> {
            int queued = 0;
            String failure = "";
            for (GroupMember m : planned) {
                try {
                    data.enqueue(m.complaint().id(), m.complaint().version(), action);
                    queued++;
                } catch (RuntimeException e) {
                    failure = OfficerText.of(messages, e);
                    break;
                }
            }
            int done = queued;
            String failed = failure;
            fx.execute(() -> {
                busy.set(false);
                result.set(messages.get("ui.group.queued", done, skipped) + (failed.isEmpty() ? "" : "\n" + failed));
                if (done > 0) {
                    onQueued.run();
                }
            });
        });
        return true;
    }

    public ObservableList<GroupMember> members() {
        return members;
    }

    public ObjectProperty<ActionType> typeProperty() {
        return type;
    }

    public StringProperty textProperty() {
        return text;
    }

    public ReadOnlyStringProperty resultProperty() {
        return result.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public Messages messages() {
        return messages;
    }

    public void setOnQueued(Runnable value) {
        onQueued = Objects.requireNonNull(value);
    }
}
