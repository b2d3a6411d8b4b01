package id.penghubung.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import id.penghubung.model.report.GroupIndicators;
import id.penghubung.model.report.IndicatorReport;
import id.penghubung.model.report.ReportColumns;
import id.penghubung.protocol.Json;
import id.penghubung.store.export.SpreadsheetText;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * A report as JSON (the shape of issue 18: from, to, by, calendar, groups) or CSV (the same columns,
 * a header row, UTF-8), both from {@link ReportColumns}.
 */
final class ReportFiles {
    private ReportFiles() {
    }

    static void json(IndicatorReport report, Writer target) throws IOException {
        try (JsonGenerator json = Json.lenient().getFactory().createGenerator(target)
                .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)) {
            json.useDefaultPrettyPrinter();
            json.writeStartObject();
            json.writeStringField("from", report.period().from().toString());
            json.writeStringField("to", report.period().to().toString());
            json.writeStringField("by", report.grouping().wireName());
            json.writeStringField("calendar", report.calendarVersion());
            json.writeArrayFieldStart("groups");
            for (GroupIndicators g : report.groups()) {
                json.writeStartObject();
                List<Object> values = ReportColumns.values(g);
                for (int i = 0; i < values.size(); i++) {
                    json.writeFieldName(ReportColumns.NAMES.get(i));
                    Object v = values.get(i);
                    if (v == null) {
                        json.writeNull();
                    } else if (v instanceof Integer n) {
                        json.writeNumber(n);
                    } else if (v instanceof Double d) {
                        json.writeNumber(d);
                    } else {
                        json.writeString(v.toString());
                    }
                }
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        target.write('\n');
    }

    static void csv(IndicatorReport report, Writer target) throws IOException {
        CSVPrinter csv = new CSVPrinter(target,
                CSVFormat.RFC4180.builder().setHeader(ReportColumns.NAMES.toArray(String[]::new)).build());
        for (GroupIndicators g : report.groups()) {
            List<Object> row = ReportColumns.values(g).stream().map(v -> v == null ? "" : v).toList();
            // A name that starts like a formula is shown as text by the spreadsheet.
            csv.printRecord(SpreadsheetText.cells(row));
        }
        csv.flush();
    }
}
