package id.penghubung.ui.inbox;

import id.penghubung.casefile.IdentityRule;
import id.penghubung.i18n.Messages;
import id.penghubung.model.Reporter;
import id.penghubung.model.sla.DeadlineKind;
import id.penghubung.model.sla.DueDay;
import id.penghubung.store.InboxRow;
import id.penghubung.store.export.PrivateFile;
import id.penghubung.store.export.SpreadsheetText;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes the table's current rows (view, filter, sort, or search results) to CSV, a page at a time
 * so 100,000 rows never sit in memory. The columns are the table's; no complaint text leaves
 * through this file, and reporter identities only when the officer ticked the box that says what
 * it means ({@code identities} present) — as the CLI's {@code --include-identities}. The file is
 * owner-only (0600) from its first byte, also over an older file ({@link PrivateFile}), and a cell that
 * starts like a formula is written as text ({@link SpreadsheetText}).
 * <p>
 * The file is for a person's spreadsheet with Indonesian settings: UTF-8 with a byte-order mark,
 * {@code ;} between cells (the decimal comma takes {@code ,}), dates as {@code yyyy-MM-dd} (read as
 * dates), the due DAY the case file prints ({@link DueDay}), the clock's name and its lateness in the
 * desk's words. The command line's {@code export} stays machine-oriented (comma, ISO-8601).
 */
public final class CsvExport {
    private static final int CHUNK = 1000;
    /** Byte-order mark: a spreadsheet opens the file as UTF-8 instead of the system code page. */
    static final char BOM = '\uFEFF';
    static final char SEPARATOR = ';';

    /** The deadline columns a row's clock fills: its name and, when late, "Terlambat N hari kerja". */
    public record Deadlines(Function<InboxRow, Optional<DeadlineKind>> clock, Function<InboxRow, String> lateness,
            Function<InboxRow, String> estimate) {
        /** Empty cells: for callers that know no clocks. */
        public static final Deadlines NONE = new Deadlines(r -> Optional.empty(), r -> "");

        /** Without the estimate column's text (left empty). */
        public Deadlines(Function<InboxRow, Optional<DeadlineKind>> clock, Function<InboxRow, String> lateness) {
            this(clock, lateness, r -> "");
        }
    }

    private CsvExport() {
    }

    /** Writes every row of {@code source} to {@code target}; returns the number of rows written. */
    public static int write(PagedSource<InboxRow> source, Path target, Messages messages, ZoneId zone) throws IOException {
        return write(source, target, messages, zone, Optional.empty());
    }

    /** As {@link #write(PagedSource, Path, Messages, ZoneId)}, with the reporter columns when {@code identities} is given. */
    public static int write(PagedSource<InboxRow> source, Path target, Messages messages, ZoneId zone,
            Optional<Function<InboxRow, Optional<Reporter>>> identities) throws IOException {
        return write(source, target, messages, zone, identities, Deadlines.NONE);
    }

    /** As above, with the clock-name and lateness columns filled by {@code deadlines}. */
    public static int write(PagedSource<InboxRow> source, Path target, Messages messages, ZoneId zone,
            Optional<Function<InboxRow, Optional<Reporter>>> identities, Deadlines deadlines) throws IOException {
        DateTimeFormatter dateTime = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(zone);
        List<String> header = new ArrayList<>(List.of(
                messages.get("ui.column.tracking"), messages.get("ui.column.title"),
                messages.get("ui.column.category"), messages.get("ui.column.unit"),
                messages.get("ui.column.channel"), messages.get("ui.column.submitted"),
                messages.get("ui.column.deadline"), messages.get("ui.export.column.clock"),
                messages.get("ui.export.column.lateness"), messages.get("ui.column.status"),
                messages.get("ui.badge.anonymous"), messages.get("ui.badge.confidential")));
        if (identities.isPresent()) {
            header.addAll(List.of(messages.get("ui.export.column.reporterName"),
                    messages.get("ui.export.column.reporterPhone"), messages.get("ui.export.column.reporterEmail"),
                    messages.get("ui.export.column.reporterNik")));
        }
        // Last, so the columns before it keep their places: why the deadline may still move (issue 22).
        header.add(messages.get("ui.export.column.estimate"));
        String yes = messages.get("ui.export.yes");
        String no = messages.get("ui.export.no");
        return PrivateFile.write(target, stream -> {
            Writer out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8));
            out.write(BOM);
            CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setDelimiter(SEPARATOR)
                    .setHeader(header.toArray(String[]::new)).build());
            int written = 0;
            int total = source.count();
            for (int offset = 0; offset < total; offset += CHUNK) {
                List<InboxRow> rows = source.page(offset, CHUNK);
                if (rows.isEmpty()) {
                    break;
                }
                for (InboxRow r : rows) {
                    List<Object> record = new ArrayList<>(List.of(r.trackingId().value(), r.title(), r.categoryName(),
                            r.unitName().orElse(""), messages.label(r.channel()), dateTime.format(r.submittedAt()),
                            r.nextDueAt().map(due -> DueDay.of(due, zone).toString()).orElse(""),
                            r.nextDueAt().flatMap(due -> deadlines.clock().apply(r)).map(messages::label).orElse(""),
                            r.nextDueAt().map(due -> deadlines.lateness().apply(r)).orElse(""),
                            messages.label(r.status()), r.anonymous() ? yes : no, r.confidential() ? yes : no));
                    if (identities.isPresent()) {
                        // The one identity rule (as in print): an anonymous report has none, a confidential one is
                        // withheld; the name cell says which, the others stay empty.
                        IdentityRule rule = IdentityRule.of(r.anonymous(), r.confidential(), true, true);
                        Optional<Reporter> who = rule == IdentityRule.SHOWN ? identities.get().apply(r) : Optional.empty();
                        record.add(switch (rule) {
                            case ANONYMOUS -> messages.get("ui.export.reporterAnonymous");
                            case CONFIDENTIAL -> messages.get("ui.export.reporterConfidential");
                            default -> who.map(Reporter::name).orElse("");
                        });
                        record.add(who.flatMap(Reporter::phone).orElse(""));
                        record.add(who.flatMap(Reporter::email).orElse(""));
                        record.add(who.flatMap(Reporter::nik).orElse(""));
                    }
                    record.add(r.nextDueAt().map(due -> deadlines.estimate().apply(r)).orElse(""));
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
