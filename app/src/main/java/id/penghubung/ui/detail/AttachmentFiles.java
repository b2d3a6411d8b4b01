package id.penghubung.ui.detail;

import id.penghubung.model.Attachment;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where an attachment's bytes are on this machine. The sync engine downloads attachments into its
 * content-addressed folder and implements this; without it the desk shows the attachment list but
 * cannot open the files. Called on a background thread: may download (blocking).
 */
public interface AttachmentFiles {
    /** The local file with the attachment's bytes, fetching it first if needed; empty if unavailable. */
    Optional<Path> fetch(Attachment attachment);

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

    /** True when {@link #importFile} works. */
    default boolean canImport() {
        return false;
    }

    static AttachmentFiles none() {
        return a -> Optional.empty();
    }
}
