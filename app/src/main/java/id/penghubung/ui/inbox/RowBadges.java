package id.penghubung.ui.inbox;

import id.penghubung.i18n.Messages;
import id.penghubung.model.sla.Deadline;
import id.penghubung.model.sla.DeadlineKind;
import id.penghubung.model.sla.DeadlineSummary;
import id.penghubung.model.sla.DeadlineUrgency;
import id.penghubung.model.sla.DueDay;
import id.penghubung.model.sla.MessageRef;
import id.penghubung.model.sla.RemainingTime;
import id.penghubung.store.InboxRow;
import id.penghubung.store.InboxView;
import id.penghubung.ui.common.Urgency;
import id.penghubung.ui.common.WorkingDays;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * The deadline badge of each inbox row, naming its clock ("Tindak lanjut: Terlambat 12 hari kerja")
 * with the due day beside it and every clock on hover. The clocks are read with the row's page on the
 * background thread ({@link #read}); a row whose clocks are not known yet shows its next due only.
 */
final class RowBadges {
    /** More than the table keeps loaded ({@code PAGE_SIZE × CACHED_PAGES}), so shown rows stay known. */
    private static final int MAX_KNOWN = 4_000;

    /** What a row's deadline cell shows. */
    record Badge(Urgency urgency, String text, String tooltip) {
    }

    private final Map<String, DeadlineSummary> known = new ConcurrentHashMap<>();
    /** Why a row's next deadline is an estimate, read with its clocks. */
    private final Map<String, MessageRef> estimates = new ConcurrentHashMap<>();
    private final InboxData data;
    private final Messages messages;
    private final WorkingDays workingDays;
    private final ZoneId zone;
    private final DateTimeFormatter day;
    private final UnitBadges units;

    RowBadges(InboxData data, Messages messages, WorkingDays workingDays, ZoneId zone) {
        this.data = Objects.requireNonNull(data);
        this.messages = Objects.requireNonNull(messages);
        this.workingDays = Objects.requireNonNull(workingDays);
        this.zone = Objects.requireNonNull(zone);
        this.day = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(messages.locale());
        this.units = new UnitBadges(data, messages, zone);
    }

    /** The units a "Menunggu unit" row waits on, with their due badges, overdue first; empty in other views. */
    List<UnitBadges.Line> units(InboxRow row, Instant now) {
        return units.of(row, now);
    }

    /** Reads the clocks of a page of rows of {@code view} (background thread), and their units in "Menunggu unit"; returns the rows. */
    List<InboxRow> read(InboxView view, List<InboxRow> rows) {
        units.read(view, rows);
        if (known.size() + rows.size() > MAX_KNOWN) {
            known.clear();
            estimates.clear();
        }
        for (InboxRow r : rows) {
            Optional<DeadlineSummary> clocks = data.clocks(r); // one read of the complaint for both
            clocks.ifPresent(s -> known.put(r.id(), s));
            data.estimate(r, clocks).ifPresentOrElse(e -> estimates.put(r.id(), e), () -> estimates.remove(r.id()));
        }
        return rows;
    }

    /** Forgets every row's clocks (a new query reads them again, at the new instant). */
    void forget() {
        units.forget();
        known.clear();
        estimates.clear();
    }

    /** The badge, marked "≈" first (the column may cut its end) with its reason on hover when the deadline rests on estimated days (issue 22). */
    Badge of(InboxRow row, Instant now) {
        Badge b = plain(row, now);
        MessageRef why = estimates.get(row.id());
        if (why == null || b.urgency() == Urgency.STOPPED) {
            return b;
        }
        String reason = messages.get(why.key(), why.argsArray());
        return new Badge(b.urgency(), messages.get("ui.badge.estimated", b.text()), b.tooltip().isEmpty() ? reason : b.tooltip() + "\n" + reason);
    }

    private Badge plain(InboxRow row, Instant now) {
        DeadlineSummary clocks = known.get(row.id());
        if (clocks == null) {
            Urgency.Badge b = Urgency.of(row.nextDueAt(), now, workingDays);
            String due = row.nextDueAt().map(this::dueText).orElse("");
            return new Badge(b.urgency(), messages.get(b.key(), b.workingDays()), due);
        }
        Optional<Deadline> shown = DeadlineUrgency.badgeClock(clocks, now);
        if (shown.isEmpty()) {
            return new Badge(Urgency.STOPPED, messages.get("ui.deadline.none"), "");
        }
        Deadline d = shown.get();
        String text = clockBadge(messages, d.kind(), RemainingTime.remaining(d));
        String every = clocks.deadlines().stream()
                .filter(c -> c.dueAt().isPresent())
                .map(c -> messages.get("ui.badge.clock", messages.label(c.kind()), reading(c)) + " · " + dueText(c.dueAt().get()))
                .collect(Collectors.joining("\n"));
        return new Badge(Urgency.of(DeadlineUrgency.of(d, now)), text, every);
    }

    /**
     * A badge's words for a clock, shorter than the clock's full reading (which the tooltip keeps), so that every
     * badge fits the deadline column whole: the clock's short name ("Jawaban pelapor") and a missed clock as
     * "Terlewat 10 hari kerja" instead of "Tidak terpenuhi, terlambat 10 hari kerja".
     */
    static String clockBadge(Messages messages, DeadlineKind kind, MessageRef reading) {
        String words = reading.key().equals(RemainingTime.MISSED)
                ? messages.get("ui.badge.missed", reading.argsArray())
                : messages.get(reading.key(), reading.argsArray());
        String name = messages.get(switch (kind) {
            case VERIFICATION -> "ui.badge.kind.VERIFICATION";
            case FOLLOW_UP -> "ui.badge.kind.FOLLOW_UP";
            case AUTO_FINISH -> "ui.badge.kind.AUTO_FINISH";
            case COMPLETION -> "ui.badge.kind.COMPLETION";
            case REPLY_WINDOW -> "ui.badge.kind.REPLY_WINDOW";
            case REOPEN -> "ui.badge.kind.REOPEN";
        });
        return messages.get("ui.badge.clock", name, words);
    }

    private String reading(Deadline d) {
        MessageRef ref = RemainingTime.remaining(d);
        return messages.get(ref.key(), ref.argsArray());
    }

    private String dueText(Instant exclusiveDue) {
        return messages.get("ui.deadline.dueOn", day.format(DueDay.of(exclusiveDue, zone)));
    }
}
