package id.penghubung.protocol;

import java.util.List;

/**
 * What the server accepts as an attachment upload ({@code ReferenceData.attachmentLimits}): its
 * largest size and the media types. A client checks a file against them when it is attached.
 */
public record AttachmentLimits(long maxBytes, List<String> mediaTypes) {
    /** What a server that does not publish its limits accepts by the contract (25 MiB; images, PDF, office). */
    public static final AttachmentLimits CONTRACT = new AttachmentLimits(Endpoints.MAX_ATTACHMENT_BYTES,
            AttachmentTypes.mediaTypes());

    public AttachmentLimits {
        mediaTypes = mediaTypes == null ? List.of() : List.copyOf(mediaTypes);
    }
}
