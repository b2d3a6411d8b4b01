package id.penghubung.ui.similar;

import id.penghubung.i18n.Messages;
import id.penghubung.model.Complaint;
import id.penghubung.model.LinkRelation;
import id.penghubung.model.action.Link;
import id.penghubung.model.action.OfficerAction;
import id.penghubung.model.action.Problem;
import id.penghubung.model.action.Unlink;
import id.penghubung.store.SimilarCandidate;
import id.penghubung.ui.action.ActionCheck;
import id.penghubung.ui.common.OfficerText;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * "Pengaduan serupa" in the detail pane (issue 17): when a complaint is shown, its candidates are
 * computed on the background executor — a newer complaint makes an older answer stale, so it is
 * dropped and a question not yet started is skipped — with score and reasons in words; a click opens
 * one; the officer links one as related or marks the shown complaint as its duplicate, queued like
 * any action after the model's check.
 */
public final class SimilarPaneViewModel {
    /** Candidates listed under a complaint. */
    public static final int LIMIT = 8;
    /** Candidates this sure (percent) join the complaint's group for a group answer; weaker ones are only listed. */
    public static final int GROUP_MIN_PERCENT = 85;

    private final Messages messages;
    private final SimilarData data;
    private final ActionCheck check;
    private final Executor io;
    private final Executor fx;
    private final ObservableList<SimilarRow> rows = FXCollections.observableArrayList();
    private final ObservableList<String> links = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper state = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper result = new ReadOnlyStringWrapper("");
    private Complaint shown;
    /** Bumped on the UI thread for each complaint shown; read by the background question. */
    private volatile long generation;
    private Consumer<String> onOpen = id -> { };
    private Runnable onQueued = () -> { };

    public SimilarPaneViewModel(Messages messages, SimilarData data, ActionCheck check, Executor io, Executor fx) {
        this.messages = Objects.requireNonNull(messages);
        this.data = Objects.requireNonNull(data);
        this.check = Objects.requireNonNull(check);
        this.io = Objects.requireNonNull(io);
        this.fx = Objects.requireNonNull(fx);
    }

    /** Shows the candidates of this complaint (null: none); on the UI thread. */
    public void show(Complaint c) {
        long mine = generation + 1;
        generation = mine;
        shown = c;
        rows.clear();
        links.clear();
        result.set("");
        if (c == null) {
            state.set("");
            return;
        }
        state.set(messages.get("ui.similar.loading"));
        io.execute(() -> {
            if (!current(mine)) {
                return; // the officer moved on before this question started
            }
            try {
                List<SimilarCandidate> found = data.similar(c.trackingId(), LIMIT);
                Map<String, String> linked = LinkLines.of(c, data.outboxFor(c.id()), messages);
                List<SimilarRow> out = new ArrayList<>();
                for (SimilarCandidate s : found) {
                    data.complaint(s.complaintId()).ifPresent(other -> out.add(row(s, other, linked)));
                }
                fx.execute(() -> {
                    if (mine == generation) {
                        rows.setAll(out);
                        links.setAll(linked.values());
                        state.set(out.isEmpty() ? messages.get("ui.similar.none") : "");
                    }
                });
            } catch (RuntimeException e) {
                fx.execute(() -> {
                    if (mine == generation) {
                        state.set(messages.get("ui.similar.failed", OfficerText.of(messages, e)));
                    }
                });
            }
        });
    }

    private boolean current(long mine) {
        return mine == generation;
    }

    private SimilarRow row(SimilarCandidate s, Complaint other, Map<String, String> linked) {
        return new SimilarRow(other.id(), other.trackingId().value(), other.title(),
                other.agency().map(a -> a.name()).orElse(""), messages.label(other.status(), other.statusName()),
                (int) Math.round(s.score() * 100), SimilarExplanation.explain(s, messages),
                linked.getOrDefault(other.trackingId().value(), ""));
    }

    /** Opens the candidate in the detail pane. */
    public void open(SimilarRow row) {
        onOpen.accept(row.complaintId());
    }

    /** Links the shown complaint to the candidate as related, or marks it as the candidate's duplicate. */
    public boolean link(SimilarRow row, LinkRelation relation) {
        return queue(new Link(row.trackingId(), relation));
    }

    public boolean unlink(SimilarRow row) {
        return queue(new Unlink(row.trackingId()));
    }

    private boolean queue(OfficerAction action) {
        Complaint c = shown;
        if (c == null) {
            return false;
        }
        List<Problem> problems = check.check(action, c);
        if (!problems.isEmpty()) {
            result.set(String.join("\n", problems.stream().map(p -> messages.get(p.messageKey(),
                    p.args().stream().map(a -> a instanceof Enum<?> e ? messages.label(e) : a).toArray())).toList()));
            return false;
        }
        io.execute(() -> {
            try {
                data.enqueue(c.id(), c.version(), action);
                fx.execute(() -> {
                    result.set(messages.get("ui.similar.linkQueued"));
                    onQueued.run();
                    if (shown == c) {
                        show(c);
                        result.set(messages.get("ui.similar.linkQueued"));
                    }
                });
            } catch (RuntimeException e) {
                fx.execute(() -> result.set(OfficerText.of(messages, e)));
            }
        });
        return true;
    }

    /** The listed candidates strong enough to be answered with the shown complaint (by complaint id). */
    public List<String> groupCandidates() {
        return rows.stream().filter(r -> r.scorePercent() >= GROUP_MIN_PERCENT).map(SimilarRow::complaintId).toList();
    }

    public Complaint shown() {
        return shown;
    }

    public ObservableList<SimilarRow> rows() {
        return rows;
    }

    /** The shown complaint's links in words, the queued ones marked. */
    public ObservableList<String> links() {
        return links;
    }

    /** "Mencari…", "Tidak ada pengaduan serupa", or a failure; empty when rows are listed. */
    public ReadOnlyStringProperty stateProperty() {
        return state.getReadOnlyProperty();
    }

    /** The outcome of the last link: queued, or why the model refused it. */
    public ReadOnlyStringProperty resultProperty() {
        return result.getReadOnlyProperty();
    }

    public Messages messages() {
        return messages;
    }

    public void setOnOpen(Consumer<String> value) {
        onOpen = Objects.requireNonNull(value);
    }

    public void setOnQueued(Runnable value) {
        onQueued = Objects.requireNonNull(value);
    }
}
