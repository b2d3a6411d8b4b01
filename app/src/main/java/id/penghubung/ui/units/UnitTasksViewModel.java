package id.penghubung.ui.units;

import id.penghubung.casefile.UnitStepText;
import id.penghubung.i18n.Messages;
import id.penghubung.model.Complaint;
import id.penghubung.model.UnitTask;
import id.penghubung.model.action.OfficerAction;
import id.penghubung.model.action.UnitRemind;
import id.penghubung.model.action.UnitReply;
import id.penghubung.model.action.UnitWithdraw;
import id.penghubung.model.calendar.OfficeTime;
import id.penghubung.ui.action.ActionCheck;
import id.penghubung.ui.common.Urgency;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The coordination pane of the shown complaint (issue 20): each unit it was disposed to with a due
 * badge (overdue first, then the nearest due date, answered and withdrawn last), and what the officer
 * does about it: record the unit's answer, remind it, withdraw the disposition, or quote the answer
 * into the follow-up being drafted. Each goes through the same check and outbox as any action.
 */
public final class UnitTasksViewModel {
    /** One unit of the complaint as the pane shows it. */
    public record Line(UnitTask task, String unitName, String badge, Urgency urgency, String detail, String answer) {
    }

    private final Messages messages;
    private final Executor ui;
    private final InternalActions actions;
    private final Clock clock;
    private final ZoneId zone;
    private final UnitStepText text;
    private final DateTimeFormatter day;
    private final ObservableList<Line> lines = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper result = new ReadOnlyStringWrapper("");
    private Complaint complaint;
    private Runnable onQueued = () -> { };
    private Consumer<String> quoter = s -> { };

    public UnitTasksViewModel(Messages messages, UnitsData data, ActionCheck check, Executor background, Executor ui, Clock clock,
            ZoneId zone) {
        this.messages = Objects.requireNonNull(messages);
        this.ui = Objects.requireNonNull(ui);
        this.actions = new InternalActions(messages, data, check, background, ui);
        this.clock = Objects.requireNonNull(clock);
        this.zone = Objects.requireNonNull(zone);
        this.day = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(messages.locale());
        DateTimeFormatter dateTime = OfficeTime.dateTime(messages.locale(), zone);
        this.text = new UnitStepText(messages, dateTime, day, zone);
    }

    /** Called after an action entered the outbox (the desk refreshes the complaint and its counts). */
    public void setOnQueued(Runnable value) {
        onQueued = Objects.requireNonNull(value);
    }

    /** Where a quoted answer goes: the action form's text. */
    public void setQuoter(Consumer<String> value) {
        quoter = Objects.requireNonNull(value);
    }

    /** Shows a complaint's units (none for null). */
    public void show(Complaint c) {
        complaint = c;
        result.set("");
        if (c == null) {
            lines.clear();
            return;
        }
        LocalDate today = LocalDate.ofInstant(clock.instant(), zone);
        lines.setAll(UnitTask.of(c).stream().sorted(UnitDueBadge.order(today)).map(t -> line(t, today)).toList());
    }

    private Line line(UnitTask t, LocalDate today) {
        String badge;
        Urgency urgency;
        switch (t.state()) {
            case OPEN -> {
                UnitDueBadge due = UnitDueBadge.of(t, today, messages, day);
                badge = due.text();
                urgency = due.urgency();
            }
            case ANSWERED -> {
                boolean met = t.metDeadline(zone).orElse(true);
                badge = messages.get("units.badge.answered") + " \u00b7 " + text.verdict(met);
                urgency = met ? Urgency.STOPPED : Urgency.SOON;
            }
            default -> {
                badge = messages.get("units.badge.withdrawn");
                urgency = Urgency.STOPPED;
            }
        }
        String answer = t.reply().map(r -> r.text()).orElse("");
        return new Line(t, t.unitName(), badge, urgency, text.taskDetail(t), answer);
    }

    /** Records a unit's answer; the problems found (empty when queued). */
    public List<String> reply(UnitTask t, String answer, String answeredBy, Instant answeredAt) {
        return queue(new UnitReply(t.unitId(), answer.strip(), List.of(), answeredBy.strip(), answeredAt));
    }

    public List<String> remind(UnitTask t, String note) {
        return queue(new UnitRemind(t.unitId(), note.strip()));
    }

    public List<String> withdraw(UnitTask t, String reason) {
        return queue(new UnitWithdraw(t.unitId(), reason.strip()));
    }

    /** Puts a unit's answer into the follow-up being drafted: "Jawaban Dinas …, 4 Mar 2026: …". */
    public void quote(UnitTask t) {
        t.reply().ifPresent(r -> quoter.accept(messages.get("units.quote", t.unitName(),
                day.format(t.answeredAt().orElse(r.at()).atZone(zone).toLocalDate()), r.text().strip())));
    }

    private List<String> queue(OfficerAction action) {
        return actions.queue(complaint, action, result::set, () -> onQueued.run());
    }

    public ObservableList<Line> lines() {
        return lines;
    }

    public ReadOnlyStringProperty resultProperty() {
        return result.getReadOnlyProperty();
    }

    public Messages messages() {
        return messages;
    }

    public Clock clock() {
        return clock;
    }

    public ZoneId zone() {
        return zone;
    }
}
