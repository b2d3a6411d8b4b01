package id.penghubung.ui.similar;

/**
 * One candidate as the pane lists it: what it is, how sure the matcher is, why, and how it is
 * linked already ({@code link} empty when it is not).
 */
public record SimilarRow(String complaintId, String trackingId, String title, String agency, String status,
        int scorePercent, String reasons, String link) {
}
