package id.penghubung.protocol;

/** A file known by the SHA-256 (lower-case hex) of its bytes; fetch it from {@code /api/v1/attachments/{sha256}}. */
public record WireAttachment(String sha256, String fileName, String mediaType, long size) {
}
