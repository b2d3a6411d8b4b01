package id.penghubung.central;

import id.penghubung.model.ActionType;
import id.penghubung.model.Classification;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The Bahasa Indonesia texts of the simulated world, from {@code /penghubung/seed/*.txt}. */
final class SeedTexts {
    record Template(String title, Classification classification, String body) {
    }

    /** A response template; {@code actionTypes} from its optional {@code jenis:} line (comma-separated). */
    record NamedText(String id, String title, String body, List<ActionType> actionTypes) {
    }

    private static final String ROOT = "/penghubung/seed/";

    final Map<String, List<Template>> byTopic = new LinkedHashMap<>();
    final List<String> responses;
    final List<String> replies;
    final List<NamedText> responseTemplates;

    private SeedTexts() {
        for (Catalog.Topic topic : Catalog.TOPICS) {
            List<Template> templates = new ArrayList<>();
            for (String block : blocks(topic.file())) {
                String[] lines = block.split("\n");
                String title = after(lines[0], "judul:");
                int bodyStart = 1;
                Classification classification = Classification.PENGADUAN;
                if (lines.length > 1 && lines[1].startsWith("klasifikasi:")) {
                    classification = Classification.valueOf(after(lines[1], "klasifikasi:"));
                    bodyStart = 2;
                }
                templates.add(new Template(title, classification, join(lines, bodyStart)));
            }
            byTopic.put(topic.file(), List.copyOf(templates));
        }
        responses = blocks("tanggapan");
        replies = blocks("balasan");
        List<NamedText> named = new ArrayList<>();
        for (String block : blocks("templat-tanggapan")) {
            String[] lines = block.split("\n");
            int bodyStart = 2;
            List<ActionType> types = List.of();
            if (lines.length > 2 && lines[2].startsWith("jenis:")) {
                types = Arrays.stream(after(lines[2], "jenis:").split(","))
                        .map(t -> ActionType.valueOf(t.strip())).toList();
                bodyStart = 3;
            }
            named.add(new NamedText(after(lines[0], "id:"), after(lines[1], "judul:"), join(lines, bodyStart), types));
        }
        responseTemplates = List.copyOf(named);
    }

    private static final class Holder {
        static final SeedTexts INSTANCE = new SeedTexts();
    }

    static SeedTexts get() {
        return Holder.INSTANCE;
    }

    private static String after(String line, String prefix) {
        if (!line.startsWith(prefix)) {
            throw new IllegalStateException("seed text: expected '" + prefix + "' in: " + line);
        }
        return line.substring(prefix.length()).strip();
    }

    private static String join(String[] lines, int from) {
        StringBuilder sb = new StringBuilder();
        for (int i = from; i < lines.length; i++) {
            if (!sb.isEmpty()) {
                sb.append('\n');
            }
            sb.append(lines[i]);
        }
        return sb.toString().strip();
    }

    private static List<String> blocks(String name) {
        try (InputStream in = SeedTexts.class.getResourceAsStream(ROOT + name + ".txt")) {
            if (in == null) {
                throw new IllegalStateException("missing seed text " + ROOT + name + ".txt");
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n");
            List<String> blocks = new ArrayList<>();
            for (String block : text.split("(?m)^---\\s*$")) {
                if (!block.isBlank()) {
                    blocks.add(block.strip());
                }
            }
            return List.copyOf(blocks);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
