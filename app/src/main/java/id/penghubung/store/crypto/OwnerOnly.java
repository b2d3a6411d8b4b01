package id.penghubung.store.crypto;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Files and folders readable only by the OS user: 0600 / 0700 where the file system is POSIX.
 * On Windows (no POSIX view) these are no-ops: files under %APPDATA% already inherit an ACL that
 * admits only the user, SYSTEM and administrators (docs/security.md).
 */
public final class OwnerOnly {
    public static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");
    public static final Set<PosixFilePermission> DIRECTORY = PosixFilePermissions.fromString("rwx------");

    private OwnerOnly() {
    }

    /** Creates the folder and any missing parents; the folder itself is then made 0700. */
    public static Path createDirectories(Path folder) throws IOException {
        Files.createDirectories(folder);
        restrict(folder);
        return folder;
    }

    /** Creates an empty file that is 0600 from the first instant (no window with wider rights). */
    public static Path createFile(Path file) throws IOException {
        if (posix(file.toAbsolutePath().getParent())) {
            FileAttribute<Set<PosixFilePermission>> attr = PosixFilePermissions.asFileAttribute(FILE);
            return Files.createFile(file, attr);
        }
        return Files.createFile(file);
    }

    /** Makes an existing file 0600 or folder 0700; does nothing for a missing path or on Windows. */
    public static void restrict(Path path) throws IOException {
        if (Files.exists(path) && posix(path)) {
            Files.setPosixFilePermissions(path, Files.isDirectory(path) ? DIRECTORY : FILE);
        }
    }

    /**
     * Replaces {@code target} with {@code content} so that it appears complete or not at all: written
     * to an owner-only {@code <name>.tmp} beside it, then renamed over it ({@link #moveOver}).
     */
    public static void replace(Path target, byte[] content) throws IOException {
        Path abs = target.toAbsolutePath();
        Path temp = abs.resolveSibling(abs.getFileName() + ".tmp");
        Files.deleteIfExists(temp);
        createFile(temp);
        try {
            Files.write(temp, content);
            moveOver(temp, abs);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** Renames {@code temp} over {@code target}: atomically where the file system can, else a plain replace. */
    public static void moveOver(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static boolean posix(Path path) throws IOException {
        if (path == null || !Files.exists(path)) {
            return false;
        }
        try {
            return Files.getFileStore(path).supportsFileAttributeView("posix");
        } catch (IOException storeUnknown) {
            // No mount entry for the path ("Mount point not found": a chroot whose /proc/self/mounts lists the
            // host's mounts, as in installer/check-deb-clean.sh): the file system's answer instead.
            return path.getFileSystem().supportedFileAttributeViews().contains("posix");
        }
    }
}
