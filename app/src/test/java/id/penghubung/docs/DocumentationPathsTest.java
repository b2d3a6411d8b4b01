package id.penghubung.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every file the documentation names exists: a Markdown link, or a path in back-quotes that ends in a
 * file extension, resolved from the page's own folder, the repository's top, or the package root of
 * the code. A bare file name must exist somewhere in the repository. (JSON names are the user's data
 * files — {@code key.json}, {@code account.json} — and are not checked.)
 */
class DocumentationPathsTest {
    private static final Pattern QUOTED = Pattern.compile(
            "`([A-Za-z0-9_.\\-/]+\\.(?:md|java|yaml|csv|sh|args|png|svg|icns|ico|properties|xml))`");
    private static final Pattern LINK = Pattern.compile("\\]\\(([^)#\\s]+)(?:#[^)]*)?\\)");
    /** A Markdown link with an anchor: the page (empty: this page) and the anchor. */
    private static final Pattern ANCHORED = Pattern.compile("\\]\\(([^)#\\s]*)#([^)\\s]+)\\)");
    private static final Pattern HEADING = Pattern.compile("(?m)^#{1,6}\\s+(.+?)\\s*#*\\s*$");
    private static final Pattern HTML_ANCHOR = Pattern.compile("<a\\s+(?:id|name)=\"([^\"]+)\"");
    private static final Set<String> SKIPPED_FOLDERS = Set.of(".git", "target", "node_modules");

    @Test
    void everyNamedFileExists() throws IOException {
        Path top = repositoryTop();
        List<String> dangling = new ArrayList<>();
        for (Path page : pages(top)) {
            String text = Files.readString(page);
            for (String reference : references(text)) {
                if (!resolves(top, page, reference)) {
                    dangling.add(top.relativize(page) + ": " + reference);
                }
            }
        }
        assertThat(dangling).as("paths named in the documentation that do not exist").isEmpty();
    }

    @Test
    void everyLinkedAnchorExists() throws IOException {
        Path top = repositoryTop();
        List<String> dangling = new ArrayList<>();
        for (Path page : pages(top)) {
            Matcher link = ANCHORED.matcher(Files.readString(page));
            while (link.find()) {
                String target = link.group(1);
                if (target.contains("://") || target.startsWith("../shared/")) {
                    continue;
                }
                Path linked = target.isEmpty() ? page : page.getParent().resolve(target).normalize();
                if (Files.isRegularFile(linked) && linked.toString().endsWith(".md")
                        && !anchors(Files.readString(linked)).contains(link.group(2))) {
                    dangling.add(top.relativize(page) + ": " + target + "#" + link.group(2));
                }
            }
        }
        assertThat(dangling).as("anchors linked in the documentation that no heading makes").isEmpty();
    }

    @Test
    void theCheckFindsADanglingAnchor() {
        String page = "# Arsitektur\n## Store rooms (`store`)\n<a id=\"khusus\"></a>\n### Satu — dua\n";
        assertThat(anchors(page)).contains("arsitektur", "store-rooms-store", "khusus", "satu--dua")
                .doesNotContain("store-rooms", "tidak-ada");
    }

    /** The anchors a page offers: GitHub's slugs of its headings (numbered when repeated), and explicit ids. */
    static Set<String> anchors(String markdown) {
        Set<String> out = new HashSet<>();
        Map<String, Integer> seen = new HashMap<>();
        Matcher heading = HEADING.matcher(markdown.replaceAll("(?s)```.*?```", ""));
        while (heading.find()) {
            String slug = heading.group(1).toLowerCase(Locale.ROOT)
                    .replaceAll("[^\\p{L}\\p{N} _-]", "").replace(' ', '-');
            int n = seen.merge(slug, 1, Integer::sum);
            out.add(n == 1 ? slug : slug + "-" + (n - 1));
        }
        Matcher html = HTML_ANCHOR.matcher(markdown);
        while (html.find()) {
            out.add(html.group(1));
        }
        return out;
    }

    @Test
    void theCheckFindsADanglingPath() throws IOException {
        Path top = repositoryTop();
        Path page = top.resolve("docs/architecture.md");
        assertThat(resolves(top, page, "store/NoSuchClass.java")).isFalse();
        assertThat(resolves(top, page, "no-such-page.md")).isFalse();
        assertThat(resolves(top, page, "store/Schema.java")).isTrue();
        assertThat(resolves(top, page, "decisions/0005-encryption-at-rest.md")).isTrue();
        assertThat(references("see [x](decisions/a.md#part) and `b/c.java`, not https://e.org/d.md"))
                .containsExactly("b/c.java", "decisions/a.md");
    }

    private static List<String> references(String text) {
        List<String> found = new ArrayList<>();
        Matcher quoted = QUOTED.matcher(text);
        while (quoted.find()) {
            found.add(quoted.group(1));
        }
        Matcher link = LINK.matcher(text);
        while (link.find()) {
            if (!link.group(1).contains("://") && !link.group(1).startsWith("mailto:")) {
                found.add(link.group(1));
            }
        }
        return found;
    }

    private static boolean resolves(Path top, Path page, String reference) throws IOException {
        if (reference.startsWith("../shared/") || reference.startsWith("/")) {
            return true; // outside the repository: the read-only design folder, or a path on a user's PC
        }
        List<Path> bases = List.of(page.getParent(), top, top.resolve("app/src/main/java/id/penghubung"),
                top.resolve("app/src/test/java/id/penghubung"), top.resolve("resources"), top.resolve("installer"));
        for (Path base : bases) {
            if (Files.exists(base.resolve(reference).normalize())) {
                return true;
            }
        }
        if (!reference.contains("/")) {
            try (Stream<Path> files = walk(top)) {
                return files.anyMatch(p -> p.getFileName().toString().equals(reference));
            }
        }
        return false;
    }

    private static List<Path> pages(Path top) throws IOException {
        try (Stream<Path> files = walk(top)) {
            return files.filter(p -> p.toString().endsWith(".md")).toList();
        }
    }

    private static Stream<Path> walk(Path top) throws IOException {
        return Files.walk(top).filter(Files::isRegularFile)
                .filter(p -> {
                    for (Path part : top.relativize(p)) {
                        if (SKIPPED_FOLDERS.contains(part.toString())) {
                            return false;
                        }
                    }
                    return true;
                });
    }

    private static Path repositoryTop() {
        Path here = Path.of("").toAbsolutePath();
        for (Path p = here; p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve("docs")) && Files.isRegularFile(p.resolve("README.md"))
                    && Files.isDirectory(p.resolve("app"))) {
                return p;
            }
        }
        throw new IllegalStateException("repository top not found above " + here);
    }
}
