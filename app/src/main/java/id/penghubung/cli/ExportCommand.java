package id.penghubung.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import id.penghubung.i18n.Messages;
import id.penghubung.model.Actor;
import id.penghubung.model.ActorKind;
import id.penghubung.model.Complaint;
import id.penghubung.model.Event;
import id.penghubung.protocol.Json;
import id.penghubung.protocol.WireMapper;
import id.penghubung.store.CachePage;
import id.penghubung.store.CaseStore;
import id.penghubung.store.account.Account;
import id.penghubung.store.export.PrivateSpool;
import id.penghubung.store.export.SpreadsheetText;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code penghubung export}: the local cache's complaints as CSV or JSON. JSON is an array of
 * complaints in the wire shape; CSV one row per complaint. Reporter identities (and the reporter's
 * name on their own events) are left out unless {@code --include-identities} is given. The cache is
 * encrypted, so the account's password is needed ({@code PENGHUBUNG_PASSWORD}, the console, or
 * standard input); every export is written to the account's audit log. CSV cells that start like
 * a spreadsheet formula are written as text ({@link SpreadsheetText}); the file is 0600 ({@link PrivateSpool}).
 */
@Command(name = "export", mixinStandardHelpOptions = true)
final class ExportCommand implements Callable<Integer> {
    enum Format { CSV, JSON }

    static final List<String> CSV_HEADER = List.of("id", "trackingId", "version", "status", "classification", "channel",
            "anonymous", "confidential", "category", "title", "body", "submittedAt", "disposedAt", "incidentDate",
            "province", "regency", "district", "village", "agency", "unit", "attachments", "events", "lastEventAt");
    /** Appended to {@link #CSV_HEADER} only with {@code --include-identities}. */
    static final List<String> CSV_IDENTITY_HEADER = List.of("reporterName", "reporterPhone", "reporterEmail", "reporterNik");
    /** What stands for the reporter's name when identities are left out (as for an anonymous report). */
    static final String REPORTER_PLACEHOLDER = "Pelapor";
    private static final int PAGE = 1000;

    @ParentCommand
    private RootCommand root;

    @Spec
    private CommandSpec spec;

    @Mixin
    private DataOption data;

    @Option(names = "--format", paramLabel = "csv|json", required = true, descriptionKey = "cli.export.format")
    private Format format;

    @Option(names = "--out", paramLabel = "FILE", descriptionKey = "cli.export.out")
    private Path out;

    @Option(names = "--user", paramLabel = "NAME", descriptionKey = "cli.export.user")
    private String user;

    @Option(names = "--include-identities", descriptionKey = "security.export.includeIdentities")
    private boolean includeIdentities;

    @Override
    public Integer call() throws IOException {
        Path dataFolder = data.resolve();
        Logging.configure(dataFolder);
        Messages messages = root.messages();
        PrintWriter err = spec.commandLine().getErr();
        // Deadlines are not exported, so the store needs no calendar here.
        try (AccountCache cache = AccountCache.open(dataFolder, user, messages)) {
            CaseStore store = cache.store();
            Account account = cache.account();
            long count;
            if (out == null) {
                PrintWriter stdout = spec.commandLine().getOut();
                count = write(store, stdout);
                stdout.flush();
            } else {
                // An export may hold identities: 0600 from its first byte, written in the private spool
                // and renamed over the destination (also over an older, wider-open file).
                PrivateSpool spool = PrivateSpool.in(dataFolder);
                spool.sweep();
                count = spool.write(out, stream -> {
                    Writer file = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8));
                    long n = write(store, file);
                    file.flush();
                    return n;
                });
                err.println(messages.get("sync.export.done", count, out));
            }
            store.recordExport(account.username() + "@" + account.serverHost(), format.name(), count,
                    out == null ? "stdout" : out.getFileName().toString(), includeIdentities);
        }
        return ExitCodes.OK;
    }

    private long write(CaseStore store, Writer target) throws IOException {
        return format == Format.JSON ? writeJson(store, target) : writeCsv(store, target);
    }

    /** The complaint without its reporter and with the reporter's name on events replaced. */
    static Complaint withoutIdentity(Complaint c) {
        if (c.reporter().isEmpty() && c.events().stream().noneMatch(e -> e.actor().kind() == ActorKind.REPORTER)) {
            return c;
        }
        List<Event> events = c.events().stream().map(e -> e.actor().kind() != ActorKind.REPORTER ? e
                : new Event(e.id(), e.type(), e.at(), new Actor(ActorKind.REPORTER, REPORTER_PLACEHOLDER), e.text(),
                        e.attachments(), e.typeName(), e.unitStep(), e.review())).toList();
        return new Complaint(c.id(), c.trackingId(), c.version(), c.title(), c.body(), c.classification(), c.anonymous(),
                c.confidential(), c.category(), c.channel(), c.status(), c.submittedAt(), c.disposedAt(), c.incidentDate(),
                c.location(), c.agency(), c.unit(), Optional.empty(), c.attachments(), events, c.asReceived());
    }

    private long writeJson(CaseStore store, Writer target) throws IOException {
        // The caller owns the writer (standard output stays open).
        try (JsonGenerator json = Json.lenient().getFactory().createGenerator(target)
                .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)) {
            json.useDefaultPrettyPrinter();
            json.writeStartArray();
            long count = each(store, c -> {
                try {
                    Json.lenient().writeValue(json, WireMapper.toWire(includeIdentities ? c : withoutIdentity(c)));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            json.writeEndArray();
            return count;
        }
    }

    private long writeCsv(CaseStore store, Writer target) throws IOException {
        List<String> header = new ArrayList<>(CSV_HEADER);
        if (includeIdentities) {
            header.addAll(CSV_IDENTITY_HEADER);
        }
        CSVPrinter csv = new CSVPrinter(target, CSVFormat.RFC4180.builder().setHeader(header.toArray(String[]::new)).build());
        long count = each(store, c -> {
            try {
                List<Object> row = new ArrayList<>(List.of(c.id(), c.trackingId().value(), c.version(), c.statusName(),
                        c.classificationName(), c.channelName(), c.anonymous(), c.confidential(), c.category().name(), c.title(),
                        c.body(), c.submittedAt(), c.disposedAt().map(Instant::toString).orElse(""),
                        c.incidentDate().map(Object::toString).orElse(""), c.location().province(), c.location().regency(),
                        c.location().district(), c.location().village(), c.agency().map(a -> a.name()).orElse(""),
                        c.unit().map(u -> u.name()).orElse(""), c.attachments().size(), c.events().size(),
                        c.events().isEmpty() ? "" : c.events().getLast().at().toString()));
                // The reporter's identity leaves the application only when the officer asked for it.
                if (includeIdentities) {
                    row.add(c.reporter().map(r -> r.name()).orElse(""));
                    row.add(c.reporter().flatMap(r -> r.phone()).orElse(""));
                    row.add(c.reporter().flatMap(r -> r.email()).orElse(""));
                    row.add(c.reporter().flatMap(r -> r.nik()).orElse(""));
                }
                // A title or name that starts like a formula is shown as text by the spreadsheet.
                csv.printRecord(SpreadsheetText.cells(row));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        csv.flush();
        return count;
    }

    /**
     * Every cached complaint once, in the cache's own order: keyset pages of {@link #PAGE}, each read
     * with a fixed few statements, only one page in memory.
     */
    private static long each(CaseStore store, Consumer<Complaint> action) {
        long count = 0;
        CachePage.Position at = CachePage.Position.START;
        while (true) {
            CachePage page = store.complaintsAfter(at, PAGE);
            page.complaints().forEach(action);
            count += page.complaints().size();
            if (page.complaints().size() < PAGE) {
                return count;
            }
            at = page.next();
        }
    }
}
