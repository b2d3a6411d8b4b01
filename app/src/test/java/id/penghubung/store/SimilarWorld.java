package id.penghubung.store;

import id.penghubung.model.Complaint;
import java.time.Instant;
import java.util.List;

/** The matcher tests' small world, for tests outside the store package (the intake form). */
public final class SimilarWorld {
    /** When the website report of the Cikapayang pothole (tracking {@code trackingOf(1)}) came in. */
    public static final Instant T0 = SimilarComplaintsTest.T0;

    private SimilarWorld() {
    }

    public static List<Complaint> complaints() {
        return SimilarComplaintsTest.world();
    }
}
