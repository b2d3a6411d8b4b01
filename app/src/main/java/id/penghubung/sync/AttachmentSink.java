package id.penghubung.sync;

import java.io.IOException;
import java.io.OutputStream;

/** Where a downloaded attachment goes. The client says from which byte it writes: the asked offset when the server resumed (206), else 0. */
@FunctionalInterface
public interface AttachmentSink {
    OutputStream openAt(long offset) throws IOException;
}
