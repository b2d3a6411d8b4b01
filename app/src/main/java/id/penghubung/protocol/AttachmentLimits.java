package id.penghubung.protocol;

import java.util.List;

/**
 * What the server accepts as an attachment upload ({@code ReferenceData.attachmentLimits}): its
 * largest size and the media types. A client checks a file against them when it is attached.
 */
public record AttachmentLimits(long maxBytes, List<String> mediaTypes) {
    /** What a server that does not publish its limits accepts by the contract (25 MiB; images, PDF, office). */
    public static final AttachmentLimits CONTRACT = new AttachmentLimits(Endpoints.MAX_ATTACHMENT_BYTES, List.of(
            "image/png", "image/jpeg", "image/gif", "image/webp", "application/pdf", "application/msword",
            "application/vnd.ms-excel", "application/vnd.ms-powerpoint",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "application/vnd.openxmlformats-officedocument.presentationml.presentation",
            "application/vnd.oasis.opendocument.text", "application/vnd.oasis.opendocument.spreadsheet"));

    public AttachmentLimits {
        mediaTypes = mediaTypes == null ? List.of() : List.copyOf(mediaTypes);
    }
}
