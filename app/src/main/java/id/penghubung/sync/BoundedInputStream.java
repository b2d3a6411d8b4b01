package id.penghubung.sync;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Passes at most {@code limit} bytes of an answer through; reading one byte more throws
 * {@link LimitExceeded}. Wrapped around the decompressed stream, so it bounds what a gzip body
 * unpacks to as well. Closing it does not close the answer (the exchange does).
 */
final class BoundedInputStream extends FilterInputStream {
    private final long limit;
    private final String what;
    private long count;

    /** The answer went past its limit; carries what it was and the limit, for the officer's message. */
    static final class LimitExceeded extends IOException {
        final long limit;
        final String what;

        LimitExceeded(String what, long limit) {
            super(what + " is larger than " + limit + " bytes");
            this.what = what;
            this.limit = limit;
        }
    }

    BoundedInputStream(InputStream in, long limit, String what) {
        super(in);
        this.limit = limit;
        this.what = what;
    }

    long count() {
        return count;
    }

    /**
     * Leaves the answer open: the exchange closes the response, after cancelling the call when the
     * answer was refused, so a refused body is dropped with its connection instead of being read on.
     */
    @Override
    public void close() {
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            counted(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        // Never ask for more than one byte past the limit, so the overflow is seen without reading on.
        long room = limit - count + 1;
        int n = super.read(buffer, offset, (int) Math.min(length, Math.max(1, room)));
        if (n > 0) {
            counted(n);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        long skipped = super.skip(Math.min(n, limit - count + 1));
        counted(skipped);
        return skipped;
    }

    private void counted(long n) throws LimitExceeded {
        count += n;
        if (count > limit) {
            throw new LimitExceeded(what, limit);
        }
    }

    /** The LimitExceeded behind an exception (Jackson may wrap it), if any. */
    static LimitExceeded findIn(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof LimitExceeded exceeded) {
                return exceeded;
            }
        }
        return null;
    }
}
