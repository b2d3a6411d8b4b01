package id.penghubung.model;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/** A file attached to a report or a response, known by the SHA-256 of its bytes. */
public record Attachment(String sha256, String fileName, String mediaType, long size) {
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    public Attachment {
        Objects.requireNonNull(sha256, "sha256");
        sha256 = sha256.toLowerCase(Locale.ROOT);
        if (!SHA256.matcher(sha256).matches()) {
            throw new IllegalArgumentException("Not a SHA-256 hex digest: " + sha256);
        }
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(mediaType, "mediaType");
        if (size < 0) {
            throw new IllegalArgumentException("Negative size");
        }
    }

    public boolean isImage() {
        return mediaType.startsWith("image/");
    }
}
