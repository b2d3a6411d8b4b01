package id.penghubung.model.report;

import java.util.ArrayList;
import java.util.List;

/**
 * The columns of a report row, in the order of the JSON object in issue 18 and of the CSV header, with
 * each row's values: one table for the JSON, the CSV, the desk's table and the PDF. An empty median or
 * score is {@code null} (JSON {@code null}, an empty CSV cell).
 */
public final class ReportColumns {
    public static final List<String> NAMES = List.of("id", "name", "received", "followUpDue", "followUpOnTime",
            "followUpLate", "medianFollowUpWorkingDays", "completed", "completedOnTime", "overdueOpen", "notAuthorized",
            "redirected", "reopened", "score", "rank", "volumeGroup");

    private ReportColumns() {
    }

    /** The row's values in {@link #NAMES} order: strings, integers, doubles or null. */
    public static List<Object> values(GroupIndicators g) {
        List<Object> out = new ArrayList<>(NAMES.size());
        out.add(g.id());
        out.add(g.name());
        out.add(g.received());
        out.add(g.followUpDue());
        out.add(g.followUpOnTime());
        out.add(g.followUpLate());
        out.add(g.medianFollowUpWorkingDays().isPresent() ? g.medianFollowUpWorkingDays().getAsDouble() : null);
        out.add(g.completed());
        out.add(g.completedOnTime());
        out.add(g.overdueOpen());
        out.add(g.notAuthorized());
        out.add(g.redirected());
        out.add(g.reopened());
        out.add(g.score().isPresent() ? g.score().getAsDouble() : null);
        out.add(g.rank());
        out.add(g.volumeGroup().name());
        return out;
    }
}
