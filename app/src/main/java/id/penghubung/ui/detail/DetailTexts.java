package id.penghubung.ui.detail;

import id.penghubung.casefile.UnitStepText;
import id.penghubung.i18n.Messages;
import id.penghubung.model.Complaint;
import id.penghubung.model.ComplaintLink;
import id.penghubung.model.CompletionTier;
import id.penghubung.model.Event;
import id.penghubung.model.EventType;
import id.penghubung.model.Location;
import id.penghubung.model.UnitTask;
import id.penghubung.model.calendar.CalendarEdition;
import id.penghubung.model.calendar.OfficeZone;
import id.penghubung.model.sla.ClosedBy;
import id.penghubung.model.sla.CompletionRules;
import id.penghubung.model.sla.Deadline;
import id.penghubung.model.sla.DeadlineCalculator;
import id.penghubung.model.sla.DeadlineEstimate;
import id.penghubung.model.sla.DeadlineUrgency;
import id.penghubung.model.sla.DueDay;
import id.penghubung.model.sla.MessageRef;
import id.penghubung.model.sla.RemainingTime;
import id.penghubung.ui.common.Urgency;
import id.penghubung.ui.detail.DetailViewModel.ClockLine;
import id.penghubung.ui.detail.DetailViewModel.TimelineLine;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The detail pane's texts for one complaint, in the officer's language: the header line, the place,
 * each deadline clock, each step of the chronology, the privacy note and the holiday table's edition.
 * Pure: reads nothing but the complaint, the calendar and the clock.
 */
final class DetailTexts {
    private final Messages messages;
    private final DeadlineCalculator deadlines;
    private final Clock clock;
    private final ZoneId zone;
    private final DateTimeFormatter dateTime;
    private final DateTimeFormatter dueDay;
    private final UnitStepText unitText;

    DetailTexts(Messages messages, DeadlineCalculator deadlines, Clock clock, ZoneId zone, DateTimeFormatter dateTime,
            DateTimeFormatter dueDay) {
        this.messages = Objects.requireNonNull(messages);
        this.deadlines = Objects.requireNonNull(deadlines);
        this.clock = Objects.requireNonNull(clock);
        this.zone = Objects.requireNonNull(zone);
        this.dateTime = Objects.requireNonNull(dateTime);
        this.dueDay = Objects.requireNonNull(dueDay);
        this.unitText = new UnitStepText(messages, dateTime, dueDay, zone);
    }

    /** Status, classification, category, channel, submitted, unit and counting zone; the redirect under it. */
    String meta(Complaint c) {
        return String.join("  ·  ",
                messages.label(c.status(), c.statusName())
                        + ClosedBy.of(c).map(by -> " (" + messages.label(by) + ")").orElse("")
                        + (CompletionRules.reopenCount(c) > 0 ? " (" + messages.get("ui.detail.reopenCount", CompletionRules.reopenCount(c)) + ")" : ""),
                messages.label(c.classification(), c.classificationName()),
                c.category().name(),
                messages.label(c.channel(), c.channelName()),
                messages.get("ui.detail.submitted", dateTime.format(c.submittedAt())),
                c.unit().map(u -> messages.get("ui.detail.unit", u.name())).orElse(messages.get("ui.detail.noUnit")),
                // Stated once: the zone working days are counted in (server policy, WIB by default).
                messages.get("ui.detail.countingZone", OfficeZone.label(zone)))
                + c.redirect().map(r -> "\n" + messages.get("ui.detail.redirected", r.to().name(),
                        dateTime.format(r.at()), r.reason())).orElse("");
    }

    static String location(Location l) {
        return Stream.of(l.detail(), l.village(), l.district(), l.regency(), l.province())
                .filter(s -> s != null && !s.isBlank())
                .collect(Collectors.joining(", "));
    }

    ClockLine clockLine(Deadline d) {
        MessageRef reading = RemainingTime.remaining(d);
        Urgency urgency = Urgency.of(DeadlineUrgency.of(d, clock.instant()));
        // The due day beside the reading: the last day that still counts (the model's due is exclusive).
        String due = d.dueAt().map(at -> messages.get("ui.deadline.dueOn", dueDay.format(DueDay.of(at, zone)))).orElse("");
        // A deadline resting on estimated days says so, and why (issue 22).
        due = due + DeadlineEstimate.reason(d, deadlines).map(why -> " · " + messages.get(why.key(), why.argsArray())).orElse("");
        return new ClockLine(messages.label(d.kind()), messages.get(reading.key(), reading.argsArray()), urgency, due);
    }

    /** The chronology, oldest first, each step naming the unit task it belongs to. */
    List<TimelineLine> timeline(Complaint c) {
        List<UnitTask> tasks = UnitTask.of(c);
        return c.events().stream().map(e -> timelineLine(e, tasks)).toList();
    }

    private TimelineLine timelineLine(Event e, List<UnitTask> tasks) {
        String unit = unitText.eventLine(e, tasks);
        // A link's text is "<relation> <trackingId>" on the wire: said in words here (issue 17).
        String text = e.type() == EventType.TIER_SET ? CompletionTier.parse(e.text()).map(messages::label).orElse(e.text())
                : ComplaintLink.of(e).map(l -> messages.label(l.relation()) + " #" + l.trackingId()).orElse(e.text());
        String what = messages.label(e.type(), e.typeName()) + ClosedBy.of(e).map(by -> " (" + messages.label(by) + ")").orElse("")
                + (unit.isEmpty() ? "" : " \u2014 " + unit);
        return new TimelineLine(dateTime.format(e.at()), what, e.actor().name(), text, e.attachments());
    }

    /** "Kalender: SKB … · diperbarui …": the edition of the holiday table in force. */
    String calendar() {
        CalendarEdition edition = deadlines.calendar().edition();
        String version = edition.version().isBlank() ? messages.get("casefile.calendar.unnamed") : edition.version();
        return edition.updated().map(day -> messages.get("ui.detail.calendar", version, dueDay.format(day)))
                .orElse(messages.get("ui.detail.calendarUndated", version));
    }

    /** Why no identity is shown: an anonymous report has none; a confidential one keeps it withheld. */
    String privacy(Complaint c) {
        if (c.anonymous()) {
            return messages.get("ui.detail.privacy.anonymous");
        }
        return c.confidential() ? messages.get("ui.detail.privacy.confidential") : "";
    }
}
