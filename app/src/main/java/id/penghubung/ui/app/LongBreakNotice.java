package id.penghubung.ui.app;

import id.penghubung.i18n.Messages;
import id.penghubung.model.TrackingId;
import id.penghubung.model.calendar.LongBreak;
import id.penghubung.model.calendar.WorkingCalendar;
import id.penghubung.store.InboxQuery;
import id.penghubung.store.InboxRow;
import id.penghubung.store.InboxSort;
import id.penghubung.store.InboxView;
import id.penghubung.ui.inbox.InboxData;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The "libur panjang" notice (issue 22): before a long break (Lebaran, Natal and Tahun Baru, a long
 * weekend; {@link LongBreak}) starting within {@link #LOOKAHEAD_DAYS} days, which of the officer's
 * open complaints fall due inside it or just after it, and the last working day before it to answer
 * them. Told once per break per desk; names complaints by tracking ID only (a notification shows on
 * a shared screen). A break resting on estimated days says so.
 */
public final class LongBreakNotice {
    /** How far ahead a break is announced, in calendar days. */
    public static final int LOOKAHEAD_DAYS = 10;
    private static final int MAX_ROWS = 1_000;

    private final Messages messages;
    private final Supplier<WorkingCalendar> calendars;
    private final InboxData data;
    private LocalDate told;

    /** {@code calendars}: the calendar in force at each check (a decree may arrive mid-session). */
    public LongBreakNotice(Messages messages, Supplier<WorkingCalendar> calendars, InboxData data) {
        this.messages = Objects.requireNonNull(messages);
        this.calendars = Objects.requireNonNull(calendars);
        this.data = Objects.requireNonNull(data);
    }

    /** The notice for the coming break, once; empty when none is near or nothing falls due in it. Blocking: background thread. */
    public synchronized Optional<Notices.Notice> check(Instant now) {
        WorkingCalendar calendar = calendars.get();
        Optional<LongBreak> coming = LongBreak.next(calendar, calendar.localDate(now), LOOKAHEAD_DAYS);
        if (coming.isEmpty() || coming.get().firstDayOff().equals(told)) {
            return Optional.empty();
        }
        LongBreak b = coming.get();
        List<TrackingId> due = dueIn(b, now, calendar);
        if (due.isEmpty()) {
            return Optional.empty();
        }
        told = b.firstDayOff();
        DateTimeFormatter day = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(messages.locale());
        DateTimeFormatter full = DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(messages.locale());
        String ids = due.stream().limit(Notices.SHOWN_IDS).map(TrackingId::toString).collect(Collectors.joining(", "));
        String text = messages.get("ui.notify.longBreak", due.size(), full.format(b.lastWorkingDayBefore()), ids);
        if (b.estimated()) {
            text = text + " " + messages.get("ui.notify.longBreakEstimated");
        }
        return Optional.of(new Notices.Notice(messages.get("ui.notify.longBreakTitle", day.format(b.firstDayOff()),
                day.format(b.lastDayOff())), text));
    }

    /** Open complaints whose next deadline falls inside the break or within the squeeze after it, soonest first. */
    List<TrackingId> dueIn(LongBreak b, Instant now, WorkingCalendar calendar) {
        Instant from = calendar.endOf(b.firstDayOff().minusDays(1));
        Instant to = calendar.endOf(calendar.addWorkingDays(b.lastDayOff(), LongBreak.SQUEEZE_WORKING_DAYS));
        InboxQuery q = InboxQuery.of(InboxView.DUE_SOON, from.isAfter(now) ? from : now, to).withSort(InboxSort.DEADLINE, false);
        return data.page(q, 0, MAX_ROWS).stream()
                .filter(r -> r.nextDueAt().map(d -> d.isAfter(from) && b.squeezes(calendar, calendar.dueDate(d))).orElse(false))
                .map(InboxRow::trackingId).toList();
    }
}
