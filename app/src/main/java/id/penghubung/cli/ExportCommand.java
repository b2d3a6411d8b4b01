package id.penghubung.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import id.penghubung.i18n.Messages;
import id.penghubung.model.Complaint;
import id.penghubung.protocol.Json;
import id.penghubung.protocol.WireMapper;
import id.penghubung.store.CaseStore;
import id.penghubung.store.DeadlineIndex;
import id.penghubung.store.InboxQuery;
import id.penghubung.store.InboxRow;
import id.penghubung.store.InboxView;
import id.penghubung.store.account.Account;
import id.penghubung.store.account.AccountRegistry;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code penghubung export}: the local cache's complaints as CSV or JSON. JSON is an array of
 * complaints in the wire shape; CSV one row per complaint, without the reporter's identity.
 */
@Command(name = "export", mixinStandardHelpOptions = true)
final class ExportCommand implements Callable<Integer> {
    enum Format { CSV, JSON }

    static final List<String> CSV_HEADER = List.of("id", "trackingId", "version", "status", "classification", "channel",
            "anonymous", "confidential", "category", "title", "body", "submittedAt", "disposedAt", "incidentDate",
            "province", "regency", "district", "village", "agency", "unit", "attachments", "events", "lastEventAt");
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

    @Option(names = "--user", paramLabel = "NAME", descriptionKey = "sync.cli.userOption")
    private String user;

    @Override
    public Integer call() throws IOException {
        Path dataFolder = data.resolve();
        Logging.configure(dataFolder);
        Messages messages = root.messages();
        PrintWriter err = spec.commandLine().getErr();
        List<Account> accounts = new AccountRegistry(dataFolder).accounts();
        List<Account> chosen = user == null ? accounts
                : accounts.stream().filter(a -> a.username().equalsIgnoreCase(user)).toList();
        if (accounts.isEmpty()) {
            err.println(messages.get("sync.export.noAccount", dataFolder));
            return ExitCodes.FAILURE;
        }
        if (chosen.isEmpty()) {
            err.println(messages.get("sync.export.unknownUser", user, dataFolder));
            return ExitCodes.USAGE;
        }
        if (chosen.size() > 1) {
            err.println(messages.get("sync.export.manyAccounts",
                    String.join(", ", chosen.stream().map(a -> a.username() + "@" + a.serverHost()).toList())));
            return ExitCodes.USAGE;
        }
        // Deadlines are not exported, so the store needs no calendar here.
        try (CaseStore store = CaseStore.open(chosen.getFirst().cacheFile(), DeadlineIndex.none())) {
            if (out == null) {
                PrintWriter stdout = spec.commandLine().getOut();
                write(store, stdout);
                stdout.flush();
            } else {
                Path parent = out.toAbsolutePath().getParent();
                if (parent != null) {
                    Files.createDirectories(parent);
                }
                long count;
                try (Writer file = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
                    count = write(store, file);
                }
                err.println(messages.get("sync.export.done", count, out));
            }
        }
        return ExitCodes.OK;
    }

    private long write(CaseStore store, Writer target) throws IOException {
        return format == Format.JSON ? writeJson(store, target) : writeCsv(store, target);
    }

    private static long writeJson(CaseStore store, Writer target) throws IOException {
        // The caller owns the writer (standard output stays open).
        try (JsonGenerator json = Json.lenient().getFactory().createGenerator(target)
                .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)) {
            json.useDefaultPrettyPrinter();
            json.writeStartArray();
            long count = each(store, c -> {
                try {
                    Json.lenient().writeValue(json, WireMapper.toWire(c));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            json.writeEndArray();
            return count;
        }
    }

    private static long writeCsv(CaseStore store, Writer target) throws IOException {
        CSVPrinter csv = new CSVPrinter(target, CSVFormat.RFC4180.builder().setHeader(CSV_HEADER.toArray(String[]::new)).build());
        long count = each(store, c -> {
            try {
                // The reporter's identity never leaves the application through an export.
                csv.printRecord(c.id(), c.trackingId().value(), c.version(), c.status(), c.classification(), c.channel(),
                        c.anonymous(), c.confidential(), c.category().name(), c.title(), c.body(), c.submittedAt(),
                        c.disposedAt().map(Instant::toString).orElse(""), c.incidentDate().map(Object::toString).orElse(""),
                        c.location().province(), c.location().regency(), c.location().district(), c.location().village(),
                        c.agency().map(a -> a.name()).orElse(""), c.unit().map(u -> u.name()).orElse(""),
                        c.attachments().size(), c.events().size(),
                        c.events().isEmpty() ? "" : c.events().getLast().at().toString());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        csv.flush();
        return count;
    }

    /** Every cached complaint, in the store's stable order, a page of ids at a time. */
    private static long each(CaseStore store, Consumer<Complaint> action) {
        Instant now = Instant.now();
        InboxQuery all = InboxQuery.of(InboxView.ALL, now, now);
        long count = 0;
        for (int offset = 0; ; offset += PAGE) {
            List<InboxRow> rows = store.page(all, offset, PAGE);
            for (InboxRow row : rows) {
                Optional<Complaint> complaint = store.complaint(row.id());
                if (complaint.isPresent()) {
                    action.accept(complaint.get());
                    count++;
                }
            }
            if (rows.size() < PAGE) {
                return count;
            }
        }
    }
}
