package id.penghubung.store;

import id.penghubung.store.crypto.FieldCipher;
import java.nio.file.Path;
import java.time.Clock;

/**
 * Opens a cache whose search index waits for its first use: a one-shot command that reads complaints by id
 * (print, export, report) neither opens the index file nor catches it up with the cache. A search, a write of
 * complaints or an integrity check opens it then, as {@link CaseStore#open(Path, DeadlineIndex, Clock, FieldCipher)}
 * does at once.
 */
public final class SearchLater {
    private SearchLater() {
    }

    /** As {@link CaseStore#open(Path, DeadlineIndex, Clock, FieldCipher)}, the search index opened at its first use. */
    public static CaseStore open(Path file, DeadlineIndex deadlines, Clock clock, FieldCipher cipher) {
        return Opening.open(file, deadlines, clock, cipher, false);
    }
}
