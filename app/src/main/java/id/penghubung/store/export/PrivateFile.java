package id.penghubung.store.export;

import id.penghubung.store.crypto.OwnerOnly;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Writes a file that may hold personal data so that it is owner-only (0600 where POSIX) from its
 * first byte and appears complete or not at all: the bytes go to a hidden temporary file created
 * 0600, which is then renamed over the target. An existing target with wider permissions is
 * replaced, not rewritten in place, so it ends 0600 too. See {@link PrivateSpool} for writes that
 * must leave nothing beside the target even when the process is killed.
 */
public final class PrivateFile {
    static final String PREFIX = ".penghubung-";
    static final String PART = ".part";

    /** Writes the content; what it returns is passed on. */
    @FunctionalInterface
    public interface Body<T> {
        T write(OutputStream out) throws IOException;
    }

    private PrivateFile() {
    }

    /** Writes {@code target} through a hidden 0600 temporary file in the same folder. */
    public static <T> T write(Path target, Body<T> body) throws IOException {
        return writeThrough(newTempBeside(target), body, temp -> moveIntoPlace(temp, target));
    }

    /** How a finished temporary file reaches its destination. */
    interface Publish {
        void from(Path temp) throws IOException;
    }

    /** Writes {@code body} into {@code temp}, publishes it, and never leaves {@code temp} behind. */
    static <T> T writeThrough(Path temp, Body<T> body, Publish publish) throws IOException {
        try {
            T result;
            try (OutputStream out = Files.newOutputStream(temp)) {
                result = body.write(out);
            }
            publish.from(temp);
            return result;
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** A new hidden 0600 temporary file beside {@code target}, for {@link #moveIntoPlace}. */
    public static Path newTempBeside(Path target) throws IOException {
        return newTempIn(folderOf(target), target.getFileName().toString());
    }

    /** The target's folder (created if missing). */
    static Path folderOf(Path target) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        return dir;
    }

    /** A new, empty, hidden file {@code .penghubung-<name>-<random>.part}, 0600 from creation. */
    static Path newTempIn(Path dir, String name) throws IOException {
        // The target's name, cleaned and shortened: the temporary name stays within the file system's limit.
        String clean = name.replaceAll("[^A-Za-z0-9._-]", "_");
        String stem = PREFIX + clean.substring(0, Math.min(clean.length(), 100)) + "-";
        if (Files.getFileStore(dir).supportsFileAttributeView("posix")) {
            return Files.createTempFile(dir, stem, PART, PosixFilePermissions.asFileAttribute(OwnerOnly.FILE));
        }
        return Files.createTempFile(dir, stem, PART);
    }

    /** Renames {@code temp} over {@code target} (atomically where the file system can) and makes it 0600. */
    public static void moveIntoPlace(Path temp, Path target) throws IOException {
        OwnerOnly.restrict(temp);
        OwnerOnly.moveOver(temp, target);
        OwnerOnly.restrict(target);
    }
}
