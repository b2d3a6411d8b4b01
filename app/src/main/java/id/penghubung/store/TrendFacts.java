package id.penghubung.store;

import id.penghubung.model.Complaint;
import id.penghubung.model.report.FactsOf;
import id.penghubung.model.report.ReportBuilder;
import id.penghubung.model.report.ReportGrouping;
import id.penghubung.model.report.ReportPeriod;
import id.penghubung.model.sla.DeadlineCalculator;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

/**
 * The dashboard's trends (weeks and months of received, answered, completed and on-time follow-up) from
 * the facts table ({@code complaint_facts}, {@link FactRows}; decision 0015): three GROUP BYs over the
 * day of each instant, added to the report's own {@link ReportBuilder}, instead of a walk that rebuilds
 * every complaint and its clocks.
 *
 * <p>A row describes its complaint as it stands after its last instant, which is what the walk sees at
 * any later moment. So the table counts the complaints whose last instant lies before the trends' moment
 * ({@link ReportBuilder#asOf()}); the few submitted before that moment but with something after it (a
 * period that ended, a complaint in the middle of its handling at that moment) are read and turned into
 * facts at that moment by the walk's own code, one by one. When the table does not cover the cache
 * (rules without a calculator: {@link DeadlineIndex#factsCalculator()}) or the counting zone changes its
 * offset within the period, the whole walk runs as before ({@link SplitWalk}).
 */
public final class TrendFacts {
    private static final long DAY_MS = 86_400_000L;
    private static final String DUE = "follow_up_not_applicable = 0 AND follow_up_due_at IS NOT NULL";
    private static final String RECEIVED = "SELECT (disposed_at + ?) / " + DAY_MS + ", count(*),"
            + " sum(" + DUE + " AND (follow_up_at IS NOT NULL OR follow_up_due_at <= ?)),"
            + " sum(" + DUE + " AND follow_up_at IS NOT NULL AND follow_up_at < follow_up_due_at)"
            + " FROM complaint_facts WHERE last_at < ? AND disposed_at >= ? AND disposed_at < ? GROUP BY 1";

    private TrendFacts() {
    }

    /**
     * Adds the trends of {@code period} to {@code builder} (made for that period, by institution), the
     * same counts as handing every complaint's facts to {@link ReportBuilder#add}. Rows the table is
     * missing are written first (on the store's writer); a walk, when one is needed, uses {@code readers}.
     */
    public static void count(CaseStore store, int readers, DeadlineCalculator calculator, ReportPeriod period,
            ReportBuilder builder) {
        store.serverCopy.facts.fillMissing();
        ZoneId zone = calculator.calendar().zone();
        Instant start = period.start(zone);
        Instant asOf = builder.asOf();
        OptionalLong offset = fixedOffsetMillis(zone, start, asOf);
        Db db = Db.reader(store.file());
        try {
            long[] rest = offset.isEmpty() ? null : db.read(() -> FactRows.missing(db) != 0 ? null
                    : countDays(db, offset.getAsLong(), start.toEpochMilli(), asOf.toEpochMilli(), builder));
            if (rest == null) {
                SplitWalk.forEach(store.file(), readers, ReportGrouping.INSTITUTION, calculator, start, asOf, builder::add);
                return;
            }
            for (int from = 0; from < rest.length; from += ReportFacts.PAGE) {
                int first = from;
                ReportFacts.Listed page = db.read(() -> ReportFacts.listed(db, rest, first,
                        Math.min(rest.length, first + ReportFacts.PAGE), asOf, ReportGrouping.INSTITUTION));
                for (Complaint c : page.complaints()) {
                    builder.add(FactsOf.of(c, ReportGrouping.INSTITUTION, calculator, asOf));
                }
            }
        } finally {
            db.close();
        }
    }

    /** The zone's offset over [start, asOf) when it is one (days are then a division), else empty. */
    static OptionalLong fixedOffsetMillis(ZoneId zone, Instant start, Instant asOf) {
        ZoneRules rules = zone.getRules();
        ZoneOffsetTransition next = rules.nextTransition(start);
        if (next != null && next.getInstant().isBefore(asOf)) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(rules.getOffset(start).getTotalSeconds() * 1000L);
    }

    /** Counts the covered complaints' days into the builder; returns the row ids the table leaves to the walk. */
    private static long[] countDays(Db db, long offset, long start, long asOf, ReportBuilder builder) throws SQLException {
        PreparedStatement received = db.ps(RECEIVED);
        received.setLong(1, offset);
        received.setLong(2, asOf);
        received.setLong(3, asOf);
        received.setLong(4, start);
        received.setLong(5, asOf);
        try (ResultSet rs = received.executeQuery()) {
            while (rs.next()) {
                builder.receivedOn(LocalDate.ofEpochDay(rs.getLong(1)), rs.getInt(2), rs.getInt(3), rs.getInt(4));
            }
        }
        for (String column : List.of("follow_up_at", "completed_at")) {
            PreparedStatement p = db.ps("SELECT (" + column + " + ?) / " + DAY_MS + ", count(*) FROM complaint_facts"
                    + " WHERE last_at < ? AND " + column + " >= ? AND " + column + " < ? GROUP BY 1");
            p.setLong(1, offset);
            p.setLong(2, asOf);
            p.setLong(3, start);
            p.setLong(4, asOf);
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    LocalDate day = LocalDate.ofEpochDay(rs.getLong(1));
                    if (column.equals("follow_up_at")) {
                        builder.answeredOn(day, rs.getInt(2));
                    } else {
                        builder.completedOn(day, rs.getInt(2));
                    }
                }
            }
        }
        PreparedStatement rest = db.ps("SELECT rid FROM complaint_facts WHERE last_at >= ? AND submitted_at < ? ORDER BY rid");
        rest.setLong(1, asOf);
        rest.setLong(2, asOf);
        List<Long> out = new ArrayList<>();
        try (ResultSet rs = rest.executeQuery()) {
            while (rs.next()) {
                out.add(rs.getLong(1));
            }
        }
        return out.stream().mapToLong(Long::longValue).toArray();
    }
}
