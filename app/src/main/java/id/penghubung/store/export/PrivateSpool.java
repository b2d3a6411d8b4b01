package id.penghubung.store.export;

import id.penghubung.store.crypto.OwnerOnly;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A private (0700) folder in the data folder where exports and case files are written before
 * they are moved to where the officer asked. A process killed mid-write (kill -9 runs no hooks)
 * leaves its partial file here, never at the destination; {@link #sweep()} at the next start
 * deletes it. Each process writes in its own sub-folder named by its process id, so a sweep never
 * touches the files of a print still running in another process. When the destination is on
 * another file system, the finished file is copied to a hidden 0600 temporary file beside it and
 * renamed into place; that temporary file is noted in the spool first, so a kill during the copy is
 * swept as well.
 */
public final class PrivateSpool {
    public static final String FOLDER = "spool";
    private static final String PENDING = ".pending";
    private static final Logger LOG = LoggerFactory.getLogger(PrivateSpool.class);

    private final Path root;
    private final Path folder;

    private PrivateSpool(Path root, Path folder) {
        this.root = root;
        this.folder = folder;
    }

    /** The spool of a data folder ({@code <data>/spool/<pid>}, created 0700). */
    public static PrivateSpool in(Path dataFolder) {
        Path root = dataFolder.resolve(FOLDER);
        try {
            OwnerOnly.createDirectories(root);
            return new PrivateSpool(root, OwnerOnly.createDirectories(root.resolve(Long.toString(ProcessHandle.current().pid()))));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the spool folder in " + dataFolder, e);
        }
    }

    /** This process's private folder in the spool (for scratch files of a long write, too). */
    public Path folder() {
        return folder;
    }

    /**
     * Deletes what a killed process left: every file in the spool, and the temporary files beside a
     * destination that a note names. Call once at start, before this process writes. Returns how many
     * files were deleted.
     */
    public int sweep() {
        int deleted = 0;
        long self = ProcessHandle.current().pid();
        try (DirectoryStream<Path> processes = Files.newDirectoryStream(root)) {
            for (Path dir : processes) {
                String name = dir.getFileName().toString();
                if (!name.matches("[0-9]{1,19}") || !Files.isDirectory(dir)) {
                    continue;
                }
                long pid = Long.parseLong(name);
                // Our own id here is a dead process's folder (ids are reused): this process has not written yet.
                if (pid != self && ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
                    continue;
                }
                deleted += sweepFolder(dir);
                if (pid != self) {
                    Files.deleteIfExists(dir);
                }
            }
        } catch (IOException e) {
            LOG.warn("Spool {} not swept: {}", root, e.getMessage());
        }
        if (deleted > 0) {
            LOG.info("Deleted {} partial file(s) left by an interrupted export or print", deleted);
        }
        return deleted;
    }

    private static int sweepFolder(Path dir) throws IOException {
        int deleted = 0;
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir)) {
            for (Path file : files) {
                if (file.getFileName().toString().endsWith(PENDING)) {
                    deleted += deleteNoted(file);
                }
                if (Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) && Files.deleteIfExists(file)) {
                    deleted++;
                }
            }
        }
        return deleted;
    }

    private static int deleteNoted(Path note) throws IOException {
        Path noted = Path.of(Files.readString(note, StandardCharsets.UTF_8).strip());
        String name = noted.getFileName() == null ? "" : noted.getFileName().toString();
        // Only ever a temporary file this class made: a hostile note cannot delete anything else.
        if (name.startsWith(PrivateFile.PREFIX) && name.endsWith(PrivateFile.PART) && Files.deleteIfExists(noted)) {
            return 1;
        }
        return 0;
    }

    /** A new empty 0600 file in the spool for {@code target}'s content; {@link #publish} moves it there. */
    public Path newPart(Path target) throws IOException {
        return PrivateFile.newTempIn(folder, target.getFileName().toString());
    }

    /** Writes {@code target} through the spool: the destination sees the complete file or nothing. */
    public <T> T write(Path target, PrivateFile.Body<T> body) throws IOException {
        return PrivateFile.writeThrough(newPart(target), body, part -> publish(part, target));
    }

    /** Moves a finished part file to {@code target} (replacing it), owner-only. */
    public void publish(Path part, Path target) throws IOException {
        Path dir = PrivateFile.folderOf(target);
        OwnerOnly.restrict(part);
        try {
            Files.move(part, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            OwnerOnly.restrict(target);
            return;
        } catch (AtomicMoveNotSupportedException e) {
            // Another file system: copy beside the target, then rename there.
        }
        Path beside = PrivateFile.newTempIn(dir, target.getFileName().toString());
        Path note = folder.resolve(UUID.randomUUID() + PENDING);
        Files.writeString(note, beside.toAbsolutePath().toString(), StandardCharsets.UTF_8);
        try {
            // Into the 0600 file already there: a copy with REPLACE_EXISTING would re-create it with the umask.
            try (OutputStream out = Files.newOutputStream(beside)) {
                Files.copy(part, out);
            }
            PrivateFile.moveIntoPlace(beside, target);
        } finally {
            Files.deleteIfExists(beside);
            Files.deleteIfExists(note);
            Files.deleteIfExists(part);
        }
    }
}
