package id.penghubung.ui.inbox;

import id.penghubung.i18n.Messages;
import id.penghubung.store.InboxRow;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import id.penghubung.model.Reporter;
import id.penghubung.store.export.PrivateFile;
import id.penghubung.store.export.SpreadsheetText;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes the table's current rows (view, filter, sort, or search results) to CSV, a page at a time
 * so 100,000 rows never sit in memory. The columns are the table's; no complaint text leaves
 * through this file, and reporter identities only when the officer ticked the box that says what
 * it means ({@code identities} present) — as the CLI's {@code --include-identities}. The file is
 * owner-only (0600) from its first byte, also over an older file ({@link PrivateFile}), and a cell that
 * starts like a formula is written as text ({@link SpreadsheetText}).
 */
public final class CsvExport {
    private static final int CHUNK = 1000;

    private CsvExport() {
    }

    /** Writes every row of {@code source} to {@code target}; returns the number of rows written. */
    public static int write(PagedSource<InboxRow> source, Path target, Messages messages, ZoneId zone) throws IOException {
        return write(source, target, messages, zone, Optional.empty());
    }

    /** As {@link #write(PagedSource, Path, Messages, ZoneId)}, with the reporter columns when {@code identities} is given. */
    public static int write(PagedSource<InboxRow> source, Path target, Messages messages, ZoneId zone,
            Optional<Function<InboxRow, Optional<Reporter>>> identities) throws IOException {
        DateTimeFormatter iso = DateTimeFormatter.ISO_OFFSET_DATE_TIME.withZone(zone);
        List<String> header = new ArrayList<>(List.of(
                messages.get("ui.column.tracking"), messages.get("ui.column.title"),
                messages.get("ui.column.category"), messages.get("ui.column.unit"),
                messages.get("ui.column.channel"), messages.get("ui.column.submitted"),
                messages.get("ui.column.deadline"), messages.get("ui.column.status"),
                messages.get("ui.badge.anonymous"), messages.get("ui.badge.confidential")));
        if (identities.isPresent()) {
            header.addAll(List.of(messages.get("ui.export.column.reporterName"),
                    messages.get("ui.export.column.reporterPhone"), messages.get("ui.export.column.reporterEmail"),
                    messages.get("ui.export.column.reporterNik")));
        }
        return PrivateFile.write(target, stream -> {
            Writer out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8));
            CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(header.toArray(String[]::new)).build());
            int written = 0;
            int total = source.count();
            for (int offset = 0; offset < total; offset += CHUNK) {
                List<InboxRow> rows = source.page(offset, CHUNK);
                if (rows.isEmpty()) {
                    break;
                }
                for (InboxRow r : rows) {
                    List<Object> record = new ArrayList<>(List.of(r.trackingId().value(), r.title(), r.categoryName(),
                            r.unitName().orElse(""), messages.label(r.channel()), iso.format(r.submittedAt()),
                            r.nextDueAt().map(iso::format).orElse(""), messages.label(r.status()),
                            r.anonymous(), r.confidential()));
                    if (identities.isPresent()) {
                        // An anonymous report has no identity on this machine: its cells stay empty.
                        Optional<Reporter> who = r.anonymous() ? Optional.empty() : identities.get().apply(r);
                        record.add(who.map(Reporter::name).orElse(""));
                        record.add(who.flatMap(Reporter::phone).orElse(""));
                        record.add(who.flatMap(Reporter::email).orElse(""));
                        record.add(who.flatMap(Reporter::nik).orElse(""));
                    }
                    // A title, unit or name that starts like a formula is shown as text by the spreadsheet.
                    csv.printRecord(SpreadsheetText.cells(record));
                    written++;
                }
            }
            csv.flush();
            return written;
        });
    }
}
