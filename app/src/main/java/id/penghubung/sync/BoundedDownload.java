package id.penghubung.sync;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import okhttp3.Response;

/**
 * Writes an attachment's answer into its sink, never past {@code maxBytes} of the whole file (its
 * declared size, at most the protocol's maximum): a larger announced size is refused before a byte
 * is written, and a body that runs on is refused at the first byte too many, which is not written.
 */
final class BoundedDownload {
    private BoundedDownload() {
    }

    /** Returns the total size of the file when the server said it, else -1. */
    static long write(Response response, String sha256, long fromByte, long maxBytes, AttachmentSink sink) throws IOException {
        boolean resumed = response.code() == 206;
        long start = resumed ? fromByte : 0;
        long total = totalSize(response, start);
        if (total > maxBytes) {
            throw tooLarge(sha256, maxBytes);
        }
        // The body is closed with the response by the exchange, which first drops a refused answer's connection.
        InputStream in = response.body().byteStream();
        try (OutputStream out = sink.openAt(start)) {
            byte[] buffer = new byte[64 * 1024];
            long room = maxBytes - start;
            long copied = 0;
            int n;
            while ((n = in.read(buffer, 0, (int) Math.min(buffer.length, room - copied + 1))) >= 0) {
                if (copied + n > room) {
                    throw tooLarge(sha256, maxBytes);
                }
                out.write(buffer, 0, n);
                copied += n;
            }
        }
        return total;
    }

    private static AnswerRefusedException tooLarge(String sha256, long maxBytes) {
        return new AnswerRefusedException(AnswerRefusedException.Reason.TOO_LARGE,
                "The attachment " + sha256.substring(0, 12) + " is larger than its " + maxBytes + " bytes");
    }

    private static long totalSize(Response response, long start) {
        String range = response.header("Content-Range");
        if (range != null && range.contains("/")) {
            String total = range.substring(range.indexOf('/') + 1).trim();
            return total.matches("\\d{1,18}") ? Long.parseLong(total) : -1;
        }
        long length = response.body().contentLength();
        return length < 0 ? -1 : start + length;
    }
}
