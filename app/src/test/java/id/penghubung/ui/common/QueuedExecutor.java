package id.penghubung.ui.common;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;

/** An executor that only collects tasks; the test decides when, and in which order, they run. */
public final class QueuedExecutor implements Executor {
    private final List<Runnable> tasks = new ArrayList<>();

    @Override
    public synchronized void execute(Runnable command) {
        tasks.add(command);
    }

    public synchronized int size() {
        return tasks.size();
    }

    /** Runs task {@code i} of those waiting now (tasks it queues wait for a later call). */
    public void run(int i) {
        Runnable r;
        synchronized (this) {
            r = tasks.remove(i);
        }
        r.run();
    }

    /** Runs everything, including what the tasks queue, until nothing is left. */
    public void runAll() {
        while (size() > 0) {
            run(0);
        }
    }
}
