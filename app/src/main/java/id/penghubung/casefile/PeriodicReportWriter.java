package id.penghubung.casefile;

import id.penghubung.i18n.Messages;
import id.penghubung.model.calendar.WorkingCalendar;
import id.penghubung.model.report.ComplianceScore;
import id.penghubung.model.report.GroupIndicators;
import id.penghubung.model.report.IndicatorReport;
import id.penghubung.model.report.OverdueCase;
import id.penghubung.model.report.ReportBuilder;
import id.penghubung.model.report.VolumeGroup;
import id.penghubung.model.sla.DeadlineKind;
import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.Collections;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.TimeZone;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPageContentStream;

/**
 * The periodic report ("Laporan berkala pengelolaan pengaduan", monthly, quarterly or yearly by its
 * period) as a PDF, with the case file's fonts, page flow, header and footer: the summary, the
 * indicators of every row, the trend charts ({@link ReportCharts}), the ranking by volume group with
 * a bar of each row's score, the longest overdue complaints, and the method with the calendar version.
 * Holds no state between calls.
 */
public final class PeriodicReportWriter {
    /** A table's heading stays on the page of the table's header and at least this many first rows. */
    static final int KEPT_ROWS = 3;
    /** The ranking's notes beside the bars (points). */
    private static final float NOTE_SIZE = 6.5f;
    private final Messages msg;
    private final String printedBy;
    private final Instant printedAt;

    public PeriodicReportWriter(Locale locale, String printedBy, Instant printedAt) {
        this.msg = Messages.of(Objects.requireNonNull(locale, "locale"));
        this.printedBy = Objects.requireNonNull(printedBy, "printedBy");
        this.printedAt = Objects.requireNonNull(printedAt, "printedAt");
    }

    /** Writes the report to {@code out} (not closed); returns the number of pages. */
    public int write(IndicatorReport report, OutputStream out) throws IOException {
        ZoneId zone = WorkingCalendar.DEFAULT_ZONE;
        DateTimeFormatter date = DateTimeFormatter.ofPattern(msg.get("casefile.format.date"), msg.locale());
        DateTimeFormatter dateTime = DateTimeFormatter.ofPattern(msg.get("casefile.format.dateTime"), msg.locale()).withZone(zone);
        String period = msg.get("report.pdf.period", date.format(report.period().from()), date.format(report.period().to()));
        String title = msg.get("report.pdf.title");
        try (PDDocument doc = new PDDocument(IOUtils.createMemoryOnlyStreamCache())) {
            PageFlow flow = new PageFlow(doc, PageFlow.Fonts.load(doc));
            String printed = TextSanitizer.cleanLine(msg.get("casefile.footer.printedBy", printedBy, dateTime.format(printedAt)),
                    FontFace.REGULAR);
            flow.begin(new PageFlow.Decor(TextSanitizer.cleanLine(title, FontFace.REGULAR), TextSanitizer.cleanLine(period, FontFace.BOLD),
                    false, msg.get("casefile.mark.confidential"), printed), (page, pages) -> msg.get("casefile.footer.pageOf", page, pages));
            flow.newPage();
            flow.paragraph(title, true, 16f, 0, PageFlow.INK);
            flow.paragraph(msg.get(switch (report.period().kind()) {
                case MONTHLY -> "report.pdf.kind.MONTHLY";
                case QUARTERLY -> "report.pdf.kind.QUARTERLY";
                case YEARLY -> "report.pdf.kind.YEARLY";
                case CUSTOM -> "report.pdf.kind.CUSTOM";
            }) + " · " + period, false, 11f, 0, PageFlow.MUTED);
            flow.space(8);
            flow.keyValue(msg.get("report.pdf.by"), groupingName(report));
            flow.keyValue(msg.get("report.pdf.asOf"), dateTime.format(report.asOf()));
            flow.keyValue(msg.get("report.pdf.calendar"), report.calendarVersion());
            summary(flow, report);
            indicators(flow, report);
            flow.heading(msg.get("report.pdf.trends"), 200);
            ReportCharts charts = new ReportCharts(flow, msg);
            flow.ensure(ReportCharts.NEED + 16);
            flow.paragraph(msg.get("report.pdf.chart.volumesTitle"), true, 9f, 0, PageFlow.INK);
            charts.volumes(report.months());
            flow.space(10);
            flow.ensure(ReportCharts.NEED + 16);
            flow.paragraph(msg.get("report.pdf.chart.onTimeTitle"), true, 9f, 0, PageFlow.INK);
            charts.onTime(report.months());
            ranking(flow, report);
            overdue(flow, report, date);
            method(flow, report);
            flow.finish();
            describe(doc, title + " · " + period, zone);
            doc.save(out);
            return doc.getNumberOfPages();
        }
    }

    /** What the rows are: "Instansi", "Unit internal", … (a row of the tables is one of these). */
    private String groupingName(IndicatorReport report) {
        return msg.get(switch (report.grouping()) {
            case INSTITUTION -> "report.pdf.grouping.INSTITUTION";
            case UNIT -> "report.pdf.grouping.UNIT";
            case CATEGORY -> "report.pdf.grouping.CATEGORY";
            case REGENCY -> "report.pdf.grouping.REGENCY";
        });
    }

    private void summary(PageFlow flow, IndicatorReport report) throws IOException {
        GroupIndicators t = report.totals();
        flow.heading(msg.get("report.pdf.summary"));
        flow.keyValue(msg.get("report.col.received"), Integer.toString(t.received()));
        flow.keyValue(msg.get("report.col.followUpDue"), Integer.toString(t.followUpDue()));
        flow.keyValue(msg.get("report.col.followUpOnTime"), t.followUpOnTime() + share(t.followUpOnTimeRate()));
        flow.keyValue(msg.get("report.col.followUpLate"), Integer.toString(t.followUpLate()));
        flow.keyValue(msg.get("report.col.medianFollowUpWorkingDays"), decimal(t.medianFollowUpWorkingDays()));
        flow.keyValue(msg.get("report.col.completed"), Integer.toString(t.completed()));
        flow.keyValue(msg.get("report.col.completedOnTime"), t.completedOnTime() + share(t.completionOnTimeRate()));
        flow.keyValue(msg.get("report.col.overdueOpen"), Integer.toString(t.overdueOpen()));
        flow.keyValue(msg.get("report.col.notAuthorized"), Integer.toString(t.notAuthorized()));
        flow.keyValue(msg.get("report.col.redirected"), Integer.toString(t.redirected()));
        flow.keyValue(msg.get("report.col.reopened"), Integer.toString(t.reopened()));
        flow.keyValue(msg.get("report.col.score"), decimal(t.score()));
        flow.keyValue(msg.get("report.pdf.rows", groupingName(report).toLowerCase(msg.locale())), Integer.toString(report.groups().size()));
    }

    private void indicators(PageFlow flow, IndicatorReport report) throws IOException {
        flow.heading(msg.get("report.pdf.indicators", groupingName(report).toLowerCase(msg.locale())), IndicatorTable.start(KEPT_ROWS));
        IndicatorTable.draw(flow, msg, report);
    }

    private void ranking(PageFlow flow, IndicatorReport report) throws IOException {
        flow.heading(msg.get("report.pdf.ranking"));
        for (VolumeGroup vg : VolumeGroup.values()) {
            List<GroupIndicators> rows = report.groups().stream().filter(g -> g.volumeGroup() == vg).toList();
            if (rows.isEmpty()) {
                continue;
            }
            flow.space(4);
            String heading = switch (vg) {
                case A -> "report.pdf.volumeGroup.A";
                case B -> "report.pdf.volumeGroup.B";
                case C -> "report.pdf.volumeGroup.C";
            };
            flow.paragraph(msg.get(heading, VolumeGroup.A_PER_YEAR, VolumeGroup.B_PER_YEAR), true, 9f, 0, PageFlow.INK);
            for (GroupIndicators g : rows) {
                rankingRow(flow, g);
            }
        }
        flow.space(6);
    }

    private void rankingRow(PageFlow flow, GroupIndicators g) throws IOException {
        float size = 8f;
        float lead = PageFlow.leading(size) + 1;
        // The note (a shared rank, no score) in full, on as many short lines as it needs beside the bar.
        String note = g.tieNote().map(n -> msg.get(n.key(), n.argsArray())).orElse("");
        float noteX = PageFlow.LEFT + 175 + 150 + 36;
        List<String> noteLines = note.isEmpty() ? List.of()
                : LineBreaker.wrap(TextSanitizer.clean(note, FontFace.REGULAR), FontFace.REGULAR, NOTE_SIZE, PageFlow.RIGHT - noteX);
        float height = lead + Math.max(0, noteLines.size() - 1) * PageFlow.leading(NOTE_SIZE);
        flow.ensure(height);
        float baseline = flow.y() - lead + 3;
        flow.show(Integer.toString(g.rank()), flow.fonts().bold(), size, PageFlow.LEFT, baseline, PageFlow.INK);
        flow.show(LineBreaker.fit(TextSanitizer.cleanLine(name(g), FontFace.REGULAR), FontFace.REGULAR, size, 150), flow.fonts().regular(),
                size, PageFlow.LEFT + 20, baseline, PageFlow.INK);
        float barX = PageFlow.LEFT + 175;
        float barWidth = 150;
        PDPageContentStream cs = flow.stream();
        cs.setNonStrokingColor(new Color(0xEE, 0xEE, 0xEE));
        cs.addRect(barX, baseline - 1, barWidth, size);
        cs.fill();
        if (g.score().isPresent()) {
            double s = g.score().getAsDouble();
            cs.setNonStrokingColor(s >= 50 ? ReportCharts.ON_TIME : ReportCharts.LATE);
            cs.addRect(barX, baseline - 1, (float) (barWidth * s / 100), size);
            cs.fill();
        }
        flow.show(TextSanitizer.cleanLine(decimal(g.score()), FontFace.BOLD), flow.fonts().bold(), size, barX + barWidth + 6, baseline,
                PageFlow.INK);
        for (int i = 0; i < noteLines.size(); i++) {
            flow.show(noteLines.get(i), flow.fonts().regular(), NOTE_SIZE, noteX, baseline - i * PageFlow.leading(NOTE_SIZE), PageFlow.MUTED);
        }
        flow.moveTo(flow.y() - height);
    }

    private void overdue(PageFlow flow, IndicatorReport report, DateTimeFormatter date) throws IOException {
        ReportTable table = new ReportTable(flow, new float[] {50, 116, 138, 62, 76, 40},
                List.of(msg.get("report.pdf.overdue.tracking"), groupingName(report), msg.get("report.pdf.overdue.title"),
                        msg.get("report.pdf.overdue.clock"), msg.get("report.pdf.overdue.due"), msg.get("report.pdf.overdue.late")),
                5, 7.5f);
        String heading = msg.get("report.pdf.overdue", ReportBuilder.LONGEST_OVERDUE);
        if (report.longestOverdue().isEmpty()) {
            flow.heading(heading);
            flow.paragraph(msg.get("report.pdf.overdue.none"), false, 9f, 0, PageFlow.MUTED);
            return;
        }
        flow.heading(heading, table.start(Math.min(KEPT_ROWS, report.longestOverdue().size())));
        table.header();
        for (OverdueCase c : report.longestOverdue()) {
            List<Color> colors = new ArrayList<>(Collections.nCopies(6, (Color) null));
            colors.set(5, ReportCharts.LATE);
            table.row(List.of(c.trackingId(), c.groupName(), c.title().isEmpty() ? msg.get("report.pdf.overdue.withheld") : c.title(),
                    msg.get(c.kind() == DeadlineKind.FOLLOW_UP ? "report.pdf.clock.FOLLOW_UP" : "report.pdf.clock.COMPLETION"),
                    date.format(c.dueDay()), Integer.toString(c.workingDaysLate())),
                    colors);
        }
        table.end();
    }

    private void method(PageFlow flow, IndicatorReport report) throws IOException {
        flow.heading(msg.get("report.pdf.method"));
        for (String key : List.of("report.pdf.method.received", "report.pdf.method.followUp", "report.pdf.method.median",
                "report.pdf.method.completion", "report.pdf.method.overdueOpen", "report.pdf.method.others",
                "report.pdf.method.verification")) {
            flow.paragraph(msg.get(key), false, 8.5f, 0, PageFlow.INK);
            flow.space(3);
        }
        flow.paragraph(msg.get("report.pdf.method.score", Math.round(ComplianceScore.FOLLOW_UP_WEIGHT * 100),
                Math.round(ComplianceScore.COMPLETION_WEIGHT * 100)), false, 8.5f, 0, PageFlow.INK);
        flow.space(3);
        flow.paragraph(msg.get("report.pdf.method.volume", VolumeGroup.A_PER_YEAR, VolumeGroup.B_PER_YEAR), false, 8.5f, 0, PageFlow.INK);
        flow.space(3);
        flow.paragraph(msg.get("report.pdf.method.ties"), false, 8.5f, 0, PageFlow.INK);
        flow.space(3);
        flow.paragraph(msg.get("report.pdf.method.calendar", report.calendarVersion()), false, 8.5f, 0, PageFlow.INK);
    }

    private String name(GroupIndicators g) {
        return IndicatorTable.name(msg, g);
    }

    private String decimal(OptionalDouble value) {
        return IndicatorTable.decimal(msg, value);
    }

    private String share(OptionalDouble rate) {
        return rate.isPresent() ? String.format(msg.locale(), " (%.1f%%)", rate.getAsDouble() * 100) : "";
    }

    private void describe(PDDocument doc, String title, ZoneId zone) {
        PDDocumentInformation info = doc.getDocumentInformation();
        info.setTitle(title);
        info.setAuthor(printedBy);
        info.setCreator("Penghubung");
        info.setProducer("Penghubung (Apache PDFBox)");
        Calendar when = new GregorianCalendar(TimeZone.getTimeZone(zone));
        when.setTimeInMillis(printedAt.toEpochMilli());
        info.setCreationDate(when);
        doc.getDocumentCatalog().setLanguage(msg.locale().getLanguage());
    }
}
