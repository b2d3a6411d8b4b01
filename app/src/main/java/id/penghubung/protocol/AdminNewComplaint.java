package id.penghubung.protocol;

import id.penghubung.model.Channel;
import id.penghubung.model.Classification;
import java.time.LocalDate;
import java.util.List;

/**
 * {@code POST /api/v1/admin/complaints}: a complaint as a reporter would file it. reporter must be
 * null when anonymous; attachments must already be uploaded.
 */
public record AdminNewComplaint(
        String title,
        String body,
        Classification classification,
        boolean anonymous,
        boolean confidential,
        String categoryId,
        Channel channel,
        LocalDate incidentDate,
        WireLocation location,
        WireReporter reporter,
        List<String> attachmentIds) {
}
