package id.penghubung.ui.inbox;

import id.penghubung.i18n.Messages;
import id.penghubung.model.UnitTask;
import id.penghubung.store.InboxRow;
import id.penghubung.store.InboxView;
import id.penghubung.ui.common.Urgency;
import id.penghubung.ui.units.UnitDueBadge;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The per-unit due badges of a "Menunggu unit" row (issue 20): each unit the complaint still waits on
 * with its due date, overdue units first and red, by the detail's own rule ({@link UnitDueBadge}).
 * The units are read with the row's page on the background thread, in that view only.
 */
final class UnitBadges {
    /** More than the table keeps loaded, so shown rows stay known (as {@link RowBadges}). */
    private static final int MAX_KNOWN = 4_000;

    /**
     * One unit on a row: {@code text} short, its date first so a narrow badge keeps it ("Lewat 3 Mar ·
     * Dinas Perhubungan"); {@code full} the detail's wording ("Dinas Perhubungan · Lewat tenggat unit 3 Mar 2026").
     */
    record Line(String unitId, String text, String full, Urgency urgency) {
    }

    private final Map<String, List<UnitTask>> known = new ConcurrentHashMap<>();
    private final InboxData data;
    private final Messages messages;
    private final ZoneId zone;
    private final DateTimeFormatter day;
    private final DateTimeFormatter shortDay;

    UnitBadges(InboxData data, Messages messages, ZoneId zone) {
        this.data = Objects.requireNonNull(data);
        this.messages = Objects.requireNonNull(messages);
        this.zone = Objects.requireNonNull(zone);
        this.day = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(messages.locale());
        this.shortDay = DateTimeFormatter.ofPattern("d MMM", messages.locale());
    }

    /** Reads the open unit tasks of a page of rows (background thread) when the rows are of "Menunggu unit". */
    void read(InboxView view, List<InboxRow> rows) {
        if (view != InboxView.AWAITING_UNITS) {
            return;
        }
        if (known.size() + rows.size() > MAX_KNOWN) {
            known.clear();
        }
        for (InboxRow r : rows) {
            known.put(r.id(), data.openUnitTasks(r));
        }
    }

    void forget() {
        known.clear();
    }

    /** The row's waiting units with their badges, overdue first; empty when not read (another view). */
    List<Line> of(InboxRow row, Instant now) {
        LocalDate today = LocalDate.ofInstant(now, zone);
        return known.getOrDefault(row.id(), List.of()).stream().sorted(UnitDueBadge.order(today)).map(t -> {
            UnitDueBadge b = UnitDueBadge.of(t, today, messages, day);
            String when = t.dueDate().map(shortDay::format).orElse("");
            String key = t.isOverdue(today) ? "ui.inbox.unitOverdue" : t.dueDate().isPresent() ? "ui.inbox.unitDue" : "ui.inbox.unitOpen";
            return new Line(t.unitId(), messages.get(key, when, t.unitName()), messages.get("ui.inbox.unitBadge", t.unitName(), b.text()),
                    b.urgency());
        }).toList();
    }
}
