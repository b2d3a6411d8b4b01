package id.penghubung.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import id.penghubung.i18n.Messages;
import id.penghubung.model.TrackingId;
import id.penghubung.protocol.Json;
import id.penghubung.store.SimilarCandidate;
import id.penghubung.store.SimilarComplaints;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code penghubung similar}: the cached complaints most likely about the same thing as one, best
 * first, with a score and the reasons in words. Never the complaint itself, never its text or
 * reporter: tracking IDs, scores and reasons only. Signs in to the cache like {@code export}.
 */
@Command(name = "similar", mixinStandardHelpOptions = true)
final class SimilarCommand implements Callable<Integer> {
    enum Format { JSON, TEXT }

    @ParentCommand
    private RootCommand root;

    @Spec
    private CommandSpec spec;

    @Mixin
    private DataOption data;

    @Option(names = "--case", paramLabel = "TRACKING_ID", required = true, descriptionKey = "cli.similar.case")
    private String trackingId;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "10", descriptionKey = "cli.similar.limit")
    private int limit;

    @Option(names = "--format", paramLabel = "json|text", defaultValue = "JSON", descriptionKey = "cli.similar.format")
    private Format format;

    @Option(names = "--user", paramLabel = "NAME", descriptionKey = "sync.cli.userOption")
    private String user;

    @Override
    public Integer call() throws IOException {
        Messages messages = root.messages();
        TrackingId id = TrackingId.parse(trackingId.startsWith("#") ? trackingId.substring(1) : trackingId)
                .orElseThrow(() -> new CommandProblem(ExitCodes.USAGE, messages.get("cli.similar.badCase", trackingId)));
        if (limit < 1 || limit > 100) {
            throw new CommandProblem(ExitCodes.USAGE, messages.get("cli.similar.badLimit", limit));
        }
        Path dataFolder = data.resolve();
        Logging.configure(dataFolder);
        List<SimilarCandidate> found;
        try (AccountCache cache = AccountCache.open(dataFolder, user, messages);
                SimilarComplaints matcher = SimilarComplaints.open(cache.store(), cache.key().cipher())) {
            found = matcher.similar(id, limit)
                    .orElseThrow(() -> new CommandProblem(ExitCodes.FAILURE, messages.get("cli.similar.unknownCase", id.value())));
        }
        PrintWriter out = spec.commandLine().getOut();
        if (format == Format.JSON) {
            try (JsonGenerator json = Json.lenient().getFactory().createGenerator(out)
                    .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)) {
                json.useDefaultPrettyPrinter();
                json.writeStartArray();
                for (SimilarCandidate c : found) {
                    SimilarWords.writeJson(json, c, messages);
                }
                json.writeEndArray();
            }
            out.println();
        } else if (found.isEmpty()) {
            out.println(messages.get("cli.similar.none", id.value()));
        } else {
            for (SimilarCandidate c : found) {
                out.println(messages.get("cli.similar.line", c.trackingId(), SimilarWords.score(c.score()),
                        SimilarWords.explain(c, messages)));
            }
        }
        out.flush();
        return ExitCodes.OK;
    }
}
