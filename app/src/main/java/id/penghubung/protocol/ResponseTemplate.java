package id.penghubung.protocol;

/**
 * A response template. The body may hold the placeholders {trackingId}, {title}, {reporterName}
 * and {unitName}, filled by the client (reporterName becomes "Pelapor" on an anonymous report).
 */
public record ResponseTemplate(String id, String title, String body) {
}
