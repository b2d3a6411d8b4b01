package id.penghubung.ui.ombudsman;

import id.penghubung.i18n.Messages;
import id.penghubung.model.Complaint;
import id.penghubung.model.Event;
import id.penghubung.model.EventType;
import id.penghubung.model.RedirectLoop;
import id.penghubung.model.TrackingId;
import id.penghubung.model.calendar.WorkingCalendar;
import id.penghubung.store.DuplicateGroup;
import id.penghubung.ui.common.OfficerText;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Ombudsman's view across institutions (issue 17): the duplicate groups of the region whose
 * members lie with two or more institutions, each member's institution, status and latest answer side
 * by side; and the redirect loops, each with the working days lost. Computed on the background
 * executor with progress (the whole cache is grouped), shown on the UI thread.
 */
public final class CrossInstitutionViewModel {
    private final Messages messages;
    private final OmbudsmanData data;
    private final WorkingCalendar calendar;
    private final ZoneId zone;
    private final Executor io;
    private final Executor fx;
    private final ObservableList<InstitutionMember> groups = FXCollections.observableArrayList();
    private final ObservableList<LoopRow> loops = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper state = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);

    public CrossInstitutionViewModel(Messages messages, OmbudsmanData data, WorkingCalendar calendar, ZoneId zone, Executor io,
            Executor fx) {
        this.messages = Objects.requireNonNull(messages);
        this.data = Objects.requireNonNull(data);
        this.calendar = Objects.requireNonNull(calendar);
        this.zone = Objects.requireNonNull(zone);
        this.io = Objects.requireNonNull(io);
        this.fx = Objects.requireNonNull(fx);
    }

    /** Groups the cache and finds the loops, in the background. */
    public void load() {
        if (busy.get()) {
            return;
        }
        busy.set(true);
        state.set(messages.get("ui.cross.loading", 0, 0));
        io.execute(() -> {
            try {
                List<DuplicateGroup> found = data.groups((done, total) ->
                        fx.execute(() -> state.set(messages.get("ui.cross.loading", done, total))));
                List<InstitutionMember> members = new ArrayList<>();
                int n = 0;
                for (DuplicateGroup g : found) {
                    List<Complaint> cs = g.trackingIds().stream().map(t -> TrackingId.parse(t).flatMap(data::byTrackingId))
                            .flatMap(Optional::stream).toList();
                    // Institutions, not "none yet": a complaint still waiting for verification has no agency.
                    if (cs.stream().flatMap(c -> c.agency().stream()).map(a -> a.id()).distinct().count() < 2) {
                        continue;
                    }
                    n++;
                    String label = messages.get("ui.cross.group", n, Math.round(g.score() * 100));
                    cs.stream().sorted(Comparator.comparing((Complaint c) -> c.agency().map(a -> a.name()).orElse("")))
                            .forEach(c -> members.add(member(label, c)));
                }
                List<LoopRow> bounced = new ArrayList<>();
                data.forEach(c -> RedirectLoop.of(c, calendar).ifPresent(l -> bounced.add(loop(c, l))));
                bounced.sort(Comparator.comparingInt(LoopRow::workingDaysLost).reversed());
                int groupCount = n;
                fx.execute(() -> {
                    groups.setAll(members);
                    loops.setAll(bounced);
                    state.set(messages.get("ui.cross.summary", groupCount, bounced.size()));
                    busy.set(false);
                });
            } catch (RuntimeException e) {
                fx.execute(() -> {
                    state.set(messages.get("ui.cross.failed", OfficerText.of(messages, e)));
                    busy.set(false);
                });
            }
        });
    }

    private InstitutionMember member(String group, Complaint c) {
        Optional<Event> answer = c.events().stream()
                .filter(e -> e.type() == EventType.RESPONDED || e.type() == EventType.COMPLETED || e.type() == EventType.NOT_AUTHORIZED)
                .reduce((a, b) -> b);
        return new InstitutionMember(group, c.trackingId().value(), c.title(), c.agency().map(a -> a.name()).orElse(""),
                messages.label(c.status(), c.statusName()),
                answer.map(e -> messages.label(e.type()) + ": " + e.text()).orElse(messages.get("ui.cross.noAnswer")));
    }

    private LoopRow loop(Complaint c, RedirectLoop l) {
        DateTimeFormatter date = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(messages.locale()).withZone(zone);
        return new LoopRow(l.trackingId(), c.title(), String.join(" → ", l.path()),
                messages.get("ui.cross.span", date.format(l.leftAt()), date.format(l.backAt())), l.workingDaysLost());
    }

    public ObservableList<InstitutionMember> groups() {
        return groups;
    }

    public ObservableList<LoopRow> loops() {
        return loops;
    }

    public ReadOnlyStringProperty stateProperty() {
        return state.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public Messages messages() {
        return messages;
    }
}
