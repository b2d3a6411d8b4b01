package id.penghubung.protocol;

/** {@code POST /api/v1/admin/complaints/{id}/hold} (tunda, with a reason) and {@code .../resume} (reason optional). */
public record AdminHoldRequest(String reason) {
}
