package id.penghubung.ui.detail;

import id.penghubung.store.crypto.OwnerOnly;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Decrypted attachment bytes that must leave the application: a temporary copy for the desktop's
 * viewer (0600, in a 0700 folder of its own, deleted on lock, sign-out and exit) and a copy the
 * officer saves where they chose (written 0600: it may hold a reporter's KTP scan).
 */
public final class PlainCopies {
    private static final Logger LOG = LoggerFactory.getLogger(PlainCopies.class);
    /** Characters a file name may keep: the viewer needs the extension, nothing else matters. */
    private static final Pattern UNSAFE = Pattern.compile("[^A-Za-z0-9._-]");

    private final Path parent;
    private final AtomicInteger next = new AtomicInteger();
    private Path folder;

    /** Copies go under a fresh private folder inside {@code parent} (the system temp folder normally). */
    public PlainCopies(Path parent) {
        this.parent = Objects.requireNonNull(parent);
    }

    public static PlainCopies inSystemTemp() {
        return new PlainCopies(Path.of(System.getProperty("java.io.tmpdir")));
    }

    /** Writes {@code content} to a new 0600 file named like {@code fileName}; returns it. */
    public synchronized Path copy(InputStream content, String fileName) throws IOException {
        if (folder == null || !Files.isDirectory(folder)) {
            folder = Files.createTempDirectory(parent, "penghubung-view-");
            OwnerOnly.restrict(folder);
        }
        // One sub-folder per copy keeps the original name (the viewer's title) without collisions.
        Path dir = OwnerOnly.createDirectories(folder.resolve(Integer.toString(next.incrementAndGet())));
        Path file = OwnerOnly.createFile(dir.resolve(safeName(fileName)));
        try (OutputStream out = Files.newOutputStream(file, StandardOpenOption.TRUNCATE_EXISTING)) {
            content.transferTo(out);
        }
        return file;
    }

    /** Writes {@code content} to {@code target} (0600), through a temporary sibling so a failure leaves no half file. */
    public static void save(InputStream content, Path target) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Path tmp = dir.resolve("." + target.getFileName() + ".part");
        Files.deleteIfExists(tmp);
        OwnerOnly.createFile(tmp);
        try {
            try (OutputStream out = Files.newOutputStream(tmp, StandardOpenOption.TRUNCATE_EXISTING)) {
                content.transferTo(out);
            }
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            OwnerOnly.restrict(target);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** Deletes every copy made so far (and the private folder). Logs, never throws: it runs on lock and exit. */
    public synchronized void deleteAll() {
        Path f = folder;
        folder = null;
        if (f == null || !Files.exists(f)) {
            return;
        }
        try {
            Files.walkFileTree(f, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Files.delete(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                    Files.delete(dir);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException | UncheckedIOException e) {
            LOG.warn("Temporary attachment copies not all deleted: {}", e.toString());
        }
    }

    /** The private folder of the current copies, if any (tests). */
    public synchronized Optional<Path> folder() {
        return Optional.ofNullable(folder);
    }

    static String safeName(String fileName) {
        String name = fileName == null ? "" : fileName.substring(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1);
        name = UNSAFE.matcher(name).replaceAll("_").replaceAll("^\\.+", "");
        return name.isBlank() ? "lampiran" : name;
    }
}
