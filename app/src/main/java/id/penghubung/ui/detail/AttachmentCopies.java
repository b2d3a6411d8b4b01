package id.penghubung.ui.detail;

import id.penghubung.i18n.Messages;
import id.penghubung.model.Attachment;
import id.penghubung.ui.common.OfficerText;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The detail pane's attachments opened or saved as plain copies, in the background; what went wrong
 * (or where the copy went) is said through {@code say} on the FX thread.
 */
final class AttachmentCopies {
    private static final Logger LOG = LoggerFactory.getLogger(AttachmentCopies.class);

    private final Messages messages;
    private final AttachmentAccess files;
    private final Executor background;
    private final Executor ui;
    private final Consumer<String> say;

    AttachmentCopies(Messages messages, AttachmentAccess files, Executor background, Executor ui, Consumer<String> say) {
        this.messages = Objects.requireNonNull(messages);
        this.files = Objects.requireNonNull(files);
        this.background = Objects.requireNonNull(background);
        this.ui = Objects.requireNonNull(ui);
        this.say = Objects.requireNonNull(say);
    }

    /** Opens a decrypted temporary copy through {@code opener}; says so when there is none. */
    void open(Attachment attachment, Consumer<Path> opener) {
        background.execute(() -> {
            Optional<Path> file;
            try {
                file = files.viewableCopy(attachment);
            } catch (IOException | RuntimeException e) {
                LOG.warn("Attachment copy failed: {}", e.toString());
                file = Optional.empty();
            }
            Optional<Path> shown = file;
            ui.execute(() -> shown.ifPresentOrElse(opener,
                    () -> say.accept(messages.get("ui.detail.attachmentUnavailable", attachment.fileName()))));
        });
    }

    /** Writes an attachment's decrypted bytes to {@code target} chosen by the officer (0600). */
    void save(Attachment attachment, Path target) {
        background.execute(() -> {
            String result;
            try {
                Optional<InputStream> in = files.open(attachment);
                if (in.isEmpty()) {
                    result = messages.get("ui.detail.attachmentUnavailable", attachment.fileName());
                } else {
                    try (InputStream content = in.get()) {
                        PlainCopies.save(content, target);
                    }
                    result = messages.get("ui.detail.attachmentSaved", target.getFileName().toString());
                }
            } catch (IOException | RuntimeException e) {
                result = messages.get("ui.detail.attachmentNotSaved", OfficerText.of(messages, e));
            }
            String shown = result;
            ui.execute(() -> say.accept(shown));
        });
    }
}
