package id.penghubung.casefile;

import id.penghubung.i18n.Messages;
import id.penghubung.model.report.GroupIndicators;
import id.penghubung.model.report.IndicatorReport;
import java.awt.Color;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.OptionalDouble;

/**
 * The indicators of every row of a report as one table (rank, volume group, name, then the counts,
 * the median and the score; on-time green, late and overdue red), with its legend: the same table in
 * the periodic report and on the ranking page in front of a batch of case files.
 */
final class IndicatorTable {
    static final float SIZE = 6.5f;
    private static final List<String> COLUMNS = List.of("report.th.rank", "report.th.volumeGroup", "report.th.name",
            "report.th.received", "report.th.followUpDue", "report.th.followUpOnTime", "report.th.followUpLate",
            "report.th.medianFollowUpWorkingDays", "report.th.completed", "report.th.completedOnTime", "report.th.overdueOpen",
            "report.th.notAuthorized", "report.th.redirected", "report.th.reopened", "report.th.score");
    private static final float[] WIDTHS = {18, 22, 110, 26, 28, 26, 26, 30, 30, 30, 28, 22, 24, 30, 28};

    private IndicatorTable() {
    }

    /** The height of the header and the first {@code rows} rows (what a heading keeps with it). */
    static float start(int rows) {
        return ReportTable.start(SIZE, rows);
    }

    static void draw(PageFlow flow, Messages msg, IndicatorReport report) throws IOException {
        ReportTable table = new ReportTable(flow, WIDTHS, COLUMNS.stream().map(msg::get).toList(), 3, SIZE);
        table.header();
        for (GroupIndicators g : report.groups()) {
            List<Color> colors = new ArrayList<>(Collections.nCopies(COLUMNS.size(), (Color) null));
            colors.set(5, g.followUpOnTime() > 0 ? ReportCharts.ON_TIME : null);
            colors.set(6, g.followUpLate() > 0 ? ReportCharts.LATE : null);
            colors.set(10, g.overdueOpen() > 0 ? ReportCharts.LATE : null);
            table.row(List.of(Integer.toString(g.rank()), g.volumeGroup().name(), name(msg, g), Integer.toString(g.received()),
                    Integer.toString(g.followUpDue()), Integer.toString(g.followUpOnTime()), Integer.toString(g.followUpLate()),
                    decimal(msg, g.medianFollowUpWorkingDays()), Integer.toString(g.completed()), Integer.toString(g.completedOnTime()),
                    Integer.toString(g.overdueOpen()), Integer.toString(g.notAuthorized()), Integer.toString(g.redirected()),
                    Integer.toString(g.reopened()), decimal(msg, g.score())), colors);
        }
        table.end();
        flow.paragraph(msg.get("report.pdf.legend"), false, 7f, 0, PageFlow.MUTED);
    }

    static String name(Messages msg, GroupIndicators g) {
        return g.name().isEmpty() ? msg.get("report.pdf.noGroup") : g.name();
    }

    static String decimal(Messages msg, OptionalDouble value) {
        return value.isPresent() ? String.format(msg.locale(), "%.1f", value.getAsDouble()) : "\u2013";
    }
}
