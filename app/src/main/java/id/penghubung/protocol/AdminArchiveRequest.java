package id.penghubung.protocol;

/** {@code POST /api/v1/admin/complaints/{id}/archive}: archive with a reason ("masukan terlalu umum"...). */
public record AdminArchiveRequest(String reason) {
}
