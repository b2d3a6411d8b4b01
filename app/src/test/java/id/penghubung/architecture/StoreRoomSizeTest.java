package id.penghubung.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The store stays in rooms a reader takes in at once: the facade {@code CaseStore} under 400 lines,
 * every other class of {@code store} (its rooms, sub-packages included) under 350. A class that
 * outgrows it is split along its own sections into a new room, not let grow.
 */
class StoreRoomSizeTest {
    private static final Path STORE = Path.of("src/main/java/id/penghubung/store");
    static final int FACADE_LIMIT = 400;
    static final int ROOM_LIMIT = 350;

    @Test
    void theFacadeAndEveryRoomStayUnderTheirLimits() throws IOException {
        assertThat(oversized(STORE)).as("store classes at or over their line limit (split them into rooms)").isEmpty();
    }

    @Test
    void theCheckSeesAnOversizedRoom(@TempDir Path dir) throws IOException {
        Files.write(dir.resolve("CaseStore.java"), lines(FACADE_LIMIT - 1));
        Files.write(dir.resolve("Small.java"), lines(ROOM_LIMIT - 1));
        Files.createDirectories(dir.resolve("sub"));
        Files.write(dir.resolve("sub/Big.java"), lines(ROOM_LIMIT));
        assertThat(oversized(dir)).containsExactly("sub/Big.java: 350 lines (limit 350)");
        Files.write(dir.resolve("CaseStore.java"), lines(FACADE_LIMIT));
        assertThat(oversized(dir)).contains("CaseStore.java: 400 lines (limit 400)");
    }

    static List<String> oversized(Path root) throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                String name = root.relativize(file).toString().replace('\\', '/');
                int limit = name.equals("CaseStore.java") ? FACADE_LIMIT : ROOM_LIMIT;
                long count;
                try (Stream<String> lines = Files.lines(file)) {
                    count = lines.count();
                }
                if (count >= limit) {
                    found.add(name + ": " + count + " lines (limit " + limit + ")");
                }
            }
        }
        return found;
    }

    private static List<String> lines(int n) {
        return Collections.nCopies(n, "//");
    }
}
