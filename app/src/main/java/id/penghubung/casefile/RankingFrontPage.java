package id.penghubung.casefile;

import id.penghubung.i18n.Messages;
import id.penghubung.model.report.GroupIndicators;
import id.penghubung.model.report.IndicatorReport;
import java.io.IOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * The ranking page the Ombudsman puts in front of a batch of case files: the report's period, moment
 * and calendar version, then the same indicator table as the periodic report (the ranking table's
 * numbers, by volume group and rank), then the notes of shared ranks. Drawn by the batch writer
 * before the summary, with the batch's front-page header and footers.
 */
final class RankingFrontPage {
    private RankingFrontPage() {
    }

    static void draw(PageFlow flow, Messages msg, IndicatorReport report, ZoneId zone) throws IOException {
        DateTimeFormatter date = DateTimeFormatter.ofPattern(msg.get("casefile.format.date"), msg.locale());
        DateTimeFormatter dateTime = DateTimeFormatter.ofPattern(msg.get("casefile.format.dateTime"), msg.locale()).withZone(zone);
        String grouping = msg.get(switch (report.grouping()) {
            case INSTITUTION -> "report.pdf.grouping.INSTITUTION";
            case UNIT -> "report.pdf.grouping.UNIT";
            case CATEGORY -> "report.pdf.grouping.CATEGORY";
            case REGENCY -> "report.pdf.grouping.REGENCY";
        });
        flow.newPage();
        flow.paragraph(msg.get("casefile.ranking.title", grouping), true, 14f, 0, PageFlow.INK);
        flow.paragraph(msg.get("casefile.ranking.period", msg.get("report.pdf.period", date.format(report.period().from()),
                date.format(report.period().to())), dateTime.format(report.asOf()), report.calendarVersion()), false, 9f, 0,
                PageFlow.MUTED);
        flow.space(8);
        IndicatorTable.draw(flow, msg, report);
        boolean heading = false;
        for (GroupIndicators g : report.groups()) {
            if (g.tieNote().isEmpty()) {
                continue;
            }
            if (!heading) {
                flow.space(4);
                flow.paragraph(msg.get("casefile.ranking.notes"), true, 8f, 0, PageFlow.INK);
                heading = true;
            }
            flow.paragraph(msg.get("casefile.ranking.note", g.rank(), IndicatorTable.name(msg, g),
                    msg.get(g.tieNote().get().key(), g.tieNote().get().argsArray())), false, 7.5f, 0, PageFlow.MUTED);
        }
    }
}
