package id.penghubung.casefile;

/** Told after each case file of a batch; called on the writing thread. */
@FunctionalInterface
public interface ProgressListener {
    ProgressListener NONE = (done, total) -> { };

    void progress(int done, int total);
}
