package id.penghubung.sync;

import id.penghubung.protocol.AttachmentLimits;
import id.penghubung.protocol.AttachmentTypes;
import id.penghubung.protocol.ReferenceData;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * What the server accepts as an attachment (its published limits, else the contract's), for checking
 * a file when the officer attaches it rather than first at sync as 413 or 400.
 */
public final class UploadRules {
    /** The accepted types by file extension (the contract's list): a name says more than a guess from the OS. */
    private static final Map<String, String> BY_EXTENSION = AttachmentTypes.TYPE_BY_EXTENSION;

    private final Supplier<AttachmentLimits> limits;

    private UploadRules(Supplier<AttachmentLimits> limits) {
        this.limits = limits;
    }

    /** The limits the server last published (read when asked: a refreshed reference applies at once). */
    public static UploadRules of(ReferenceCache reference) {
        Objects.requireNonNull(reference, "reference");
        return new UploadRules(() -> reference.current().map(ReferenceData::uploadLimits).orElse(AttachmentLimits.CONTRACT));
    }

    /** The contract's limits (no reference data at hand). */
    public static UploadRules contract() {
        return new UploadRules(() -> AttachmentLimits.CONTRACT);
    }

    public long maxBytes() {
        return limits.get().maxBytes();
    }

    public boolean accepts(String mediaType) {
        return limits.get().mediaTypes().contains(mediaType);
    }

    /** The media type a file name stands for among the accepted ones, by its extension. */
    public static Optional<String> typeOf(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? Optional.empty()
                : Optional.ofNullable(BY_EXTENSION.get(fileName.substring(dot + 1).toLowerCase(Locale.ROOT)));
    }
}
