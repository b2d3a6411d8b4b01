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

    static AttachmentFiles none() {
        return a -> Optional.empty();
    }
}
