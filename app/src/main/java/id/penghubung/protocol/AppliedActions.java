package id.penghubung.protocol;

import java.util.List;

/** {@code GET /api/v1/admin/complaints/{id}/actions}. */
public record AppliedActions(List<AppliedAction> actions) {
}
