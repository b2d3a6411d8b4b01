package id.penghubung.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The formatter check of the build for imports: in main code the static imports come first, then
 * the others, each block in order, nothing imported twice, nothing imported that the file does not
 * name (a {@code {@link}} counts). With {@link QualifiedNamesTest} a file's dependencies read at its top.
 */
class ImportOrderTest {
    private static final Path MAIN = Path.of("src/main/java/id/penghubung");
    private static final Pattern IMPORT = Pattern.compile("import (static )?([\\w.]+(?:\\.\\*)?);");

    @Test
    void mainCodeImportsAreOrderedAndUsed() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                problems(Files.readAllLines(file)).forEach(p -> found.add(MAIN.relativize(file) + ": " + p));
            }
        }
        assertThat(found).as("imports out of order, twice or unused (sort them: static first, then the rest)").isEmpty();
    }

    @Test
    void theCheckSeesDisorderAndUnusedImports() {
        assertThat(problems(List.of("package a;", "", "import java.util.Map;", "import java.util.List;",
                "import static java.util.Objects.requireNonNull;", "import java.util.Set;", "",
                "class A { List<String> l; Map<String, String> m; Object o = requireNonNull(l); }")))
                .containsExactlyInAnyOrder("static import after the others: java.util.Objects.requireNonNull",
                        "out of order: java.util.List after java.util.Map", "unused: java.util.Set");
        assertThat(problems(List.of("import static java.util.Objects.requireNonNull;", "", "import java.util.List;",
                "/** {@link List} */ class A { Object o = requireNonNull(null); }"))).isEmpty();
    }

    static List<String> problems(List<String> lines) {
        List<String> out = new ArrayList<>();
        StringBuilder body = new StringBuilder();
        List<String[]> imports = new ArrayList<>();
        for (String line : lines) {
            Matcher m = IMPORT.matcher(line);
            if (m.matches()) {
                imports.add(new String[] {m.group(1) == null ? "" : "static", m.group(2)});
            } else {
                body.append(line).append('\n');
            }
        }
        Comparator<String> order = Comparator.naturalOrder();
        String[] previous = null;
        List<String> seen = new ArrayList<>();
        for (String[] i : imports) {
            if (previous != null) {
                if (i[0].equals("static") && previous[0].isEmpty()) {
                    out.add("static import after the others: " + i[1]);
                } else if (i[0].equals(previous[0]) && order.compare(previous[1], i[1]) > 0) {
                    out.add("out of order: " + i[1] + " after " + previous[1]);
                }
            }
            if (seen.contains(i[0] + i[1])) {
                out.add("twice: " + i[1]);
            }
            seen.add(i[0] + i[1]);
            String name = i[1].substring(i[1].lastIndexOf('.') + 1);
            if (!name.equals("*") && !Pattern.compile("\\b" + Pattern.quote(name) + "\\b").matcher(body).find()) {
                out.add("unused: " + i[1]);
            }
            previous = i;
        }
        return out;
    }
}
