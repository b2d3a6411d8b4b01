package id.penghubung.sync;

/**
 * How many bytes the client reads of a server's answer, counted after decompression (a small gzip
 * body may unpack to gigabytes): {@code pageBytes} for a page of changes and for the results of a
 * batch of actions (which carry complaints too), {@code answerBytes} for reference data,
 * {@code smallBytes} for sign-in, refresh and error answers. Beyond a limit the call ends with
 * {@link AnswerRefusedException}.
 */
public record BodyLimits(long pageBytes, long answerBytes, long smallBytes) {
    public BodyLimits {
        if (pageBytes < 1 || answerBytes < 1 || smallBytes < 1) {
            throw new IllegalArgumentException("Body limits must be positive");
        }
    }

    /** 16 MiB per page or batch result, 8 MiB of reference data, 64 KiB for the rest. */
    public static BodyLimits standard() {
        return new BodyLimits(16L << 20, 8L << 20, 64L << 10);
    }
}
