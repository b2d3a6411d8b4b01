package id.penghubung.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import id.penghubung.i18n.Messages;
import id.penghubung.protocol.Json;
import id.penghubung.store.DuplicateGroup;
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
 * {@code penghubung duplicates}: the groups of likely duplicates over the whole cache, best first
 * (tracking IDs and scores only), compared within blocks of category and area, with progress on
 * standard error.
 */
@Command(name = "duplicates", mixinStandardHelpOptions = true)
final class DuplicatesCommand implements Callable<Integer> {
    @ParentCommand
    private RootCommand root;

    @Spec
    private CommandSpec spec;

    @Mixin
    private DataOption data;

    @Option(names = "--min-score", paramLabel = "X", descriptionKey = "cli.duplicates.minScore")
    private Double minScore;

    @Option(names = "--format", paramLabel = "json|text", defaultValue = "JSON", descriptionKey = "cli.similar.format")
    private SimilarCommand.Format format;

    @Option(names = "--user", paramLabel = "NAME", descriptionKey = "sync.cli.userOption")
    private String user;

    @Override
    public Integer call() throws IOException {
        Messages messages = root.messages();
        double floor = minScore == null ? SimilarComplaints.MIN_SCORE : minScore;
        if (!(floor > 0 && floor <= 1)) {
            throw new CommandProblem(ExitCodes.USAGE, messages.get("cli.duplicates.badScore", String.valueOf(minScore)));
        }
        Path dataFolder = data.resolve();
        Logging.configure(dataFolder);
        PrintWriter err = spec.commandLine().getErr();
        List<DuplicateGroup> groups;
        try (AccountCache cache = AccountCache.open(dataFolder, user, messages);
                SimilarComplaints matcher = SimilarComplaints.open(cache.store(), cache.key().cipher())) {
            int[] shown = {-1};
            groups = matcher.duplicates(floor, (done, total) -> {
                int percent = total == 0 ? 100 : (int) (100L * done / total);
                if (percent / 10 != shown[0] / 10 || done == total) {
                    shown[0] = percent;
                    err.println(messages.get("cli.duplicates.progress", done, total));
                    err.flush();
                }
            });
        }
        PrintWriter out = spec.commandLine().getOut();
        if (format == SimilarCommand.Format.JSON) {
            try (JsonGenerator json = Json.lenient().getFactory().createGenerator(out)
                    .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)) {
                json.useDefaultPrettyPrinter();
                json.writeStartArray();
                for (DuplicateGroup g : groups) {
                    json.writeStartObject();
                    json.writeStringField("groupId", g.groupId());
                    json.writeNumberField("score", g.score());
                    json.writeArrayFieldStart("trackingIds");
                    for (String t : g.trackingIds()) {
                        json.writeString(t);
                    }
                    json.writeEndArray();
                    json.writeEndObject();
                }
                json.writeEndArray();
            }
            out.println();
        } else if (groups.isEmpty()) {
            out.println(messages.get("cli.duplicates.none"));
        } else {
            for (DuplicateGroup g : groups) {
                out.println(messages.get("cli.duplicates.line", g.groupId(), SimilarWords.score(g.score()),
                        String.join(", ", g.trackingIds())));
            }
        }
        out.flush();
        return ExitCodes.OK;
    }
}
