package id.penghubung.protocol;

import java.util.List;

/** {@code POST /api/v1/admin/complaints/{id}/reply}: the reporter answers on the report. */
public record AdminReplyRequest(String text, List<String> attachmentIds) {
}
