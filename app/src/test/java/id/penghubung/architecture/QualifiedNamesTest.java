package id.penghubung.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Main code names classes through imports, not inline fully qualified names
 * ({@code java.util.List.of(...)}, {@code new id.penghubung.model.UnitRef(...)}): a reader sees a
 * file's dependencies at its top. Comments and string literals are not checked.
 */
class QualifiedNamesTest {
    private static final Path MAIN = Path.of("src/main/java");
    private static final Pattern QUALIFIED = Pattern.compile(
            "(?<![\\w.])(?:java|javax|javafx|id\\.penghubung|org|com)(?:\\.[a-z_]\\w*)+\\.[A-Z]\\w*");
    private static final Pattern STRING = Pattern.compile("\"(?:[^\"\\\\]|\\\\.)*\"");
    /** Files allowed to keep them: none (a file listed here without any fails the check too). */
    private static final Set<String> NOT_YET = Set.of();

    @Test
    void mainCodeImportsInsteadOfQualifyingInline() throws IOException {
        Path root = MAIN.resolve("id/penghubung");
        List<String> found = new ArrayList<>();
        Set<String> clean = new TreeSet<>(NOT_YET);
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                String name = root.relativize(file).toString().replace('\\', '/');
                List<String> here = qualifiedNames(Files.readAllLines(file));
                if (!here.isEmpty()) {
                    clean.remove(name);
                    if (!NOT_YET.contains(name)) {
                        here.forEach(h -> found.add(name + ": " + h));
                    }
                }
            }
        }
        assertThat(found).as("inline fully qualified names in main code (import them)").isEmpty();
        assertThat(clean).as("files listed as not yet clean that are clean now: take them off NOT_YET").isEmpty();
    }

    @Test
    void theCheckSeesCodeButNotCommentsImportsOrStrings() {
        assertThat(qualifiedNames(List.of(
                "import java.util.List;",
                "    // java.util.List.of() in a comment",
                "    /** {@link java.util.Map} */",
                "    String bundle = \"id.penghubung.i18n.Messages\";",
                "    List<String> a = java.util.List.of();",
                "    var u = new id.penghubung.model.UnitRef(\"a\", \"b\", \"c\");",
                "    Object o = Foo.Bar.baz(); x.y.z();")))
                .containsExactly("java.util.List", "id.penghubung.model.UnitRef");
    }

    static List<String> qualifiedNames(List<String> lines) {
        List<String> out = new ArrayList<>();
        boolean inComment = false;
        for (String line : lines) {
            String t = line.strip();
            if (inComment) {
                inComment = !t.contains("*/");
                continue;
            }
            if (t.startsWith("/*")) {
                inComment = !t.contains("*/");
                continue;
            }
            if (t.startsWith("*") || t.startsWith("//") || t.startsWith("import ") || t.startsWith("package ")) {
                continue;
            }
            String code = STRING.matcher(line).replaceAll("\"\"");
            int comment = code.indexOf("//");
            if (comment >= 0) {
                code = code.substring(0, comment);
            }
            Matcher m = QUALIFIED.matcher(code);
            while (m.find()) {
                out.add(m.group());
            }
        }
        return out;
    }
}
