package id.penghubung.sync;

import id.penghubung.protocol.WireComplaint;

/**
 * Receives one page of {@code GET /changes} while it is parsed, item by item. {@link #complete} is
 * called only once the whole body has been read and is well formed; if the body breaks off, the
 * call throws instead and the consumer must forget what it received (never apply a half page).
 */
public interface PageConsumer {
    void item(WireComplaint complaint);

    void removed(String complaintId);

    void complete(String nextCursor, boolean hasMore);
}
