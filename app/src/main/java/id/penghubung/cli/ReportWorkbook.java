package id.penghubung.cli;

import id.penghubung.model.report.GroupIndicators;
import id.penghubung.model.report.IndicatorReport;
import id.penghubung.model.report.ReportColumns;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * A report as an XLSX workbook (org.dhatim:fastexcel): the first sheet has the CSV's header and rows
 * ({@link ReportColumns}), counts, medians and scores as numbers, an empty median or score as an empty
 * cell; the second sheet names the report: its first and last day as spreadsheet dates, the grouping
 * and the calendar version. Texts are written as text cells, so nothing in a name becomes a formula.
 */
final class ReportWorkbook {
    static final String ROWS_SHEET = "groups";
    static final String PERIOD_SHEET = "report";
    private static final String DATE_FORMAT = "yyyy-mm-dd";

    private ReportWorkbook() {
    }

    static void write(IndicatorReport report, OutputStream target) throws IOException {
        Workbook workbook = new Workbook(target, "Penghubung", "1.0");
        Worksheet rows = workbook.newWorksheet(ROWS_SHEET);
        List<String> names = ReportColumns.NAMES;
        for (int c = 0; c < names.size(); c++) {
            rows.value(0, c, names.get(c));
            rows.style(0, c).bold().set();
        }
        int r = 1;
        for (GroupIndicators g : report.groups()) {
            List<Object> values = ReportColumns.values(g);
            for (int c = 0; c < values.size(); c++) {
                Object v = values.get(c);
                if (v instanceof Number n) {
                    rows.value(r, c, n);
                } else if (v != null) {
                    rows.value(r, c, v.toString());
                }
            }
            r++;
        }
        rows.freezePane(0, 1);
        rows.width(1, 40);
        Worksheet period = workbook.newWorksheet(PERIOD_SHEET);
        period.value(0, 0, "from");
        period.value(0, 1, report.period().from());
        period.style(0, 1).format(DATE_FORMAT).set();
        period.value(1, 0, "to");
        period.value(1, 1, report.period().to());
        period.style(1, 1).format(DATE_FORMAT).set();
        period.value(2, 0, "by");
        period.value(2, 1, report.grouping().wireName());
        period.value(3, 0, "calendar");
        period.value(3, 1, report.calendarVersion());
        period.width(1, 16);
        workbook.finish();
    }
}
