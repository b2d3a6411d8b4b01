package id.penghubung.ui.app;

import id.penghubung.model.Attachment;
import id.penghubung.sync.AttachmentFiles;
import id.penghubung.sync.UploadRules;
import id.penghubung.ui.detail.AttachmentAccess;
import id.penghubung.ui.detail.AttachmentRefused;
import id.penghubung.ui.detail.PlainCopies;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The desk's attachments over the sync engine's encrypted attachment folder: reads decrypt through
 * {@link id.penghubung.sync.AttachmentFiles#open} (the files on disk are ciphertext), a missing file
 * is downloaded first when online, and copies for the desktop's viewer are kept in {@link PlainCopies}.
 */
public final class SessionAttachments implements AttachmentAccess {
    private static final Logger LOG = LoggerFactory.getLogger(SessionAttachments.class);

    private final AttachmentFiles files;
    private final BooleanSupplier online;
    private final Consumer<Attachment> download;
    private final PlainCopies copies;
    private final UploadRules rules;
    /** Names of the files picked in this session, by SHA-256 (the outbox shows them by name). */
    private final Map<String, String> names = new ConcurrentHashMap<>();

    /**
     * {@code download} fetches a missing file (the engine's on-demand download), given the attachment
     * so that the download can stop at its declared size.
     */
    public SessionAttachments(AttachmentFiles files, BooleanSupplier online,
            Consumer<Attachment> download, PlainCopies copies) {
        this(files, online, download, copies, UploadRules.contract());
    }

    /** As above, checking attached files against {@code rules} (the server's published limits). */
    public SessionAttachments(AttachmentFiles files, BooleanSupplier online,
            Consumer<Attachment> download, PlainCopies copies, UploadRules rules) {
        this.rules = Objects.requireNonNull(rules);
        this.files = Objects.requireNonNull(files);
        this.online = Objects.requireNonNull(online);
        this.download = Objects.requireNonNull(download);
        this.copies = Objects.requireNonNull(copies);
    }

    @Override
    public Optional<InputStream> open(Attachment attachment) throws IOException {
        String sha = attachment.sha256();
        if (files.file(sha).isEmpty()) {
            if (!online.getAsBoolean()) {
                return Optional.empty();
            }
            try {
                download.accept(attachment);
            } catch (RuntimeException e) {
                LOG.warn("Attachment download failed: {}", e.toString());
                return Optional.empty();
            }
            if (files.file(sha).isEmpty()) {
                return Optional.empty();
            }
        }
        return Optional.of(files.open(sha));
    }

    @Override
    public Optional<byte[]> localBytes(String sha256) {
        if (files.file(sha256).isEmpty()) {
            return Optional.empty();
        }
        try {
            // Printing never downloads: only what is already here, decrypted through the key.
            return Optional.of(files.readAll(sha256));
        } catch (IOException | RuntimeException e) {
            LOG.warn("Attachment {} unreadable: {}", sha256, e.toString());
            return Optional.empty();
        }
    }

    @Override
    public Optional<Path> viewableCopy(Attachment attachment) throws IOException {
        Optional<InputStream> in = open(attachment);
        if (in.isEmpty()) {
            return Optional.empty();
        }
        try (InputStream content = in.get()) {
            return Optional.of(copies.copy(content, attachment.fileName()));
        }
    }

    /** The private folder of the viewer copies handed out since the last delete (tests). */
    public Optional<Path> copiesFolder() {
        return copies.folder();
    }

    @Override
    public void deleteCopies() {
        copies.deleteAll();
    }

    @Override
    public Optional<String> importFile(Path file) {
        String name = file.getFileName().toString();
        String type = UploadRules.typeOf(name).orElseGet(() -> probe(file));
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // Checked now, with the server's limits, never first at sync as 413 or 400.
        if (size == 0) {
            throw new AttachmentRefused("ui.action.attachEmpty", name);
        }
        if (size > rules.maxBytes()) {
            throw new AttachmentRefused("ui.action.attachTooLarge", name, megabytes(size), megabytes(rules.maxBytes()));
        }
        if (!rules.accepts(type)) {
            throw new AttachmentRefused("ui.action.attachType", name);
        }
        String sha = files.importFile(file, type);
        names.put(sha, file.getFileName().toString());
        return Optional.of(sha);
    }

    private static String probe(Path file) {
        try {
            return Objects.requireNonNullElse(Files.probeContentType(file), "application/octet-stream");
        } catch (IOException e) {
            return "application/octet-stream";
        }
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }

    @Override
    public Optional<String> fileName(String sha256) {
        String picked = names.get(sha256);
        return picked != null ? Optional.of(picked) : files.fileName(sha256);
    }

    @Override
    public boolean canImport() {
        return true;
    }
}
