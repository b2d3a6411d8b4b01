package id.penghubung.model;

import java.util.Optional;
import java.util.regex.Pattern;

/** The number shown to the reporter, written "#1916449". Stored without the hash sign. */
public record TrackingId(String value) implements Comparable<TrackingId> {
    private static final Pattern DIGITS = Pattern.compile("[0-9]{1,12}");

    public TrackingId {
        if (value == null || !DIGITS.matcher(value).matches()) {
            throw new IllegalArgumentException("A tracking ID is 1 to 12 digits: " + value);
        }
    }

    /** Accepts "1916449", "#1916449" and surrounding spaces, as an officer might type it. */
    public static Optional<TrackingId> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String trimmed = text.strip();
        if (trimmed.startsWith("#")) {
            trimmed = trimmed.substring(1);
        }
        return DIGITS.matcher(trimmed).matches() ? Optional.of(new TrackingId(trimmed)) : Optional.empty();
    }

    @Override
    public int compareTo(TrackingId other) {
        int byLength = Integer.compare(value.length(), other.value.length());
        return byLength != 0 ? byLength : value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return "#" + value;
    }
}
