package id.penghubung.ui.inbox;

import id.penghubung.i18n.Messages;
import id.penghubung.store.InboxRow;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes the table's current rows (view, filter, sort, or search results) to CSV, a page at a time
 * so 100,000 rows never sit in memory. The columns are the table's; no reporter identity and no
 * complaint text ever leave through this file.
 */
public final class CsvExport {
    private static final int CHUNK = 1000;

    private CsvExport() {
    }

    /** Writes every row of {@code source} to {@code target}; returns the number of rows written. */
    public static int write(PagedSource<InboxRow> source, Path target, Messages messages, ZoneId zone) throws IOException {
        DateTimeFormatter iso = DateTimeFormatter.ISO_OFFSET_DATE_TIME.withZone(zone);
        Path tmp = target.resolveSibling(target.getFileName() + ".part");
        int written = 0;
        try (Writer out = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8);
                CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(
                        messages.get("ui.column.tracking"), messages.get("ui.column.title"),
                        messages.get("ui.column.category"), messages.get("ui.column.unit"),
                        messages.get("ui.column.channel"), messages.get("ui.column.submitted"),
                        messages.get("ui.column.deadline"), messages.get("ui.column.status"),
                        messages.get("ui.badge.anonymous"), messages.get("ui.badge.confidential")).build())) {
            int total = source.count();
            for (int offset = 0; offset < total; offset += CHUNK) {
                List<InboxRow> rows = source.page(offset, CHUNK);
                if (rows.isEmpty()) {
                    break;
                }
                for (InboxRow r : rows) {
                    csv.printRecord(r.trackingId().value(), r.title(), r.categoryName(), r.unitName().orElse(""),
                            messages.label(r.channel()), iso.format(r.submittedAt()),
                            r.nextDueAt().map(iso::format).orElse(""), messages.label(r.status()),
                            r.anonymous(), r.confidential());
                    written++;
                }
            }
        }
        Files.move(tmp, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        return written;
    }
}
