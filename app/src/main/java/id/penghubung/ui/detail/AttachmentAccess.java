package id.penghubung.ui.detail;

import id.penghubung.model.Attachment;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Optional;

/**
 * An attachment's bytes on this machine. The sync engine keeps them encrypted in its
 * content-addressed folder and implements this; without it the desk shows the attachment list but
 * cannot open the files. Called on a background thread: may download (blocking).
 */
public interface AttachmentAccess {
    /**
     * The attachment's plain (decrypted) bytes, fetching it first if needed; empty if unavailable.
     * The caller closes the stream.
     */
    Optional<InputStream> open(Attachment attachment) throws IOException;

    /**
     * A plain copy another program (the desktop's viewer) can read: 0600 in a private temporary
     * folder, deleted by {@link #deleteCopies()}. Empty if unavailable.
     */
    default Optional<Path> viewableCopy(Attachment attachment) throws IOException {
        return Optional.empty();
    }

    /** Deletes every plain copy handed out (lock, sign-out, exit). Never throws. */
    default void deleteCopies() {
    }

    /**
     * Copies a file the officer picked into the attachment store and returns its SHA-256, so a
     * response can name it (uploaded at the next sync). Empty when attaching is not possible here
     * (no sync engine). Blocking: background thread.
     */
    default Optional<String> importFile(Path file) {
        return Optional.empty();
    }

    /**
     * The attachment's bytes, decrypted, when it is already on this machine, never downloading
     * (printing many case files must not wait for the network). Empty when not here or unreadable.
     */
    default Optional<byte[]> localBytes(String sha256) {
        return Optional.empty();
    }

    /** The name of a file picked through {@link #importFile}, when known on this machine. */
    default Optional<String> fileName(String sha256) {
        return Optional.empty();
    }

    /** True when {@link #importFile} works. */
    default boolean canImport() {
        return false;
    }

    static AttachmentAccess none() {
        return a -> Optional.empty();
    }
}
