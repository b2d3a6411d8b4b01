package id.penghubung.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * {@code docs/architecture.md} names every package of the main code (in back-quotes, by its dotted
 * name under {@code id.penghubung} or, inside its layer's row, by its last part), so a new package
 * is drawn where a newcomer looks first. The arrows themselves are {@code ArchitectureTest}'s rules.
 */
class ArchitecturePackagesTest {
    private static final Path MAIN = Path.of("src/main/java/id/penghubung");

    @Test
    void everyPackageIsNamedInTheArchitecturePage() throws IOException {
        String page = Files.readString(Path.of("../docs/architecture.md"));
        assertThat(unnamed(packages(MAIN), page)).as("packages docs/architecture.md does not name").isEmpty();
    }

    @Test
    void theCheckSeesAPackageLeftOut() {
        assertThat(unnamed(List.of("model", "store.crypto", "ui.lock", "ui.nowhere"),
                "| `model` | … | `store.crypto` (keys) | JavaFX desk: `lock` (the idle lock) |"))
                .containsExactly("ui.nowhere");
    }

    static List<String> unnamed(List<String> packages, String page) {
        return packages.stream().filter(p -> {
            String last = p.substring(p.lastIndexOf('.') + 1);
            return !page.contains("`" + p) && !page.contains(p + "`") && !page.contains("`" + last + "`");
        }).toList();
    }

    static List<String> packages(Path root) throws IOException {
        try (Stream<Path> dirs = Files.walk(root)) {
            return dirs.filter(Files::isDirectory).filter(d -> !d.equals(root))
                    .map(d -> root.relativize(d).toString().replace('\\', '/').replace('/', '.')).sorted().toList();
        }
    }
}
