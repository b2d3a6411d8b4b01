package id.penghubung.model.calendar;

/** The holiday table could not be read; {@link #line()} is the 1-based line at fault (0 if none). */
public final class HolidayDataException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int line;

    public HolidayDataException(int line, String message) {
        super(line > 0 ? "Holiday data line " + line + ": " + message : "Holiday data: " + message);
        this.line = line;
    }

    public HolidayDataException(String message, Throwable cause) {
        super("Holiday data: " + message, cause);
        this.line = 0;
    }

    public int line() {
        return line;
    }
}
