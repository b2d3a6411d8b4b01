package id.penghubung.ui.ombudsman;

/** A complaint passed back and forth: its path in words, the span and the working days lost. */
public record LoopRow(String trackingId, String title, String path, String span, int workingDaysLost) {
}
