package id.penghubung.store;

import java.time.Instant;
import java.util.Objects;

/** What the intake form knows of a complaint not made yet, for {@link SimilarComplaints#similarTo}. */
public record IntakeProbe(String title, String body, String categoryId, String regency, String district, String village,
        Instant receivedAt) {
    public IntakeProbe {
        title = Objects.requireNonNullElse(title, "");
        body = Objects.requireNonNullElse(body, "");
        categoryId = Objects.requireNonNullElse(categoryId, "");
        regency = Objects.requireNonNullElse(regency, "");
        district = Objects.requireNonNullElse(district, "");
        village = Objects.requireNonNullElse(village, "");
        Objects.requireNonNull(receivedAt, "receivedAt");
    }
}
