package id.penghubung.ui;

import id.penghubung.store.InboxRow;
import id.penghubung.ui.inbox.LazyRowList;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.TableView;
import javafx.stage.Window;

/**
 * One whole desk process for {@link DeskStartCdsBench}: opens the desk on a filled store (args: the store file),
 * prints {@code READY <process CPU ms>} once the inbox shows its first loaded row, and exits (which is when a training run writes
 * its class-data archive). With {@code -Ddeskstart.tasks=true} (Linux) it also prints {@code TASK <thread name> <CPU ms>} for
 * every thread of the process, the JVM's compilers and collector included, to see where the start's CPU went.
 */
public final class DeskStartMain {
    private DeskStartMain() {
    }

    public static void main(String[] args) throws Exception {
        Path store = Path.of(args[0]);
        PenghubungApp.setClock(DeskFixture.CLOCK);
        PenghubungApp.setDeskOpener(ctx -> DeskFixture.parts(store));
        Path data = Files.createTempDirectory("desk-start-data");
        Thread fx = new Thread(() -> Application.launch(PenghubungApp.class, "--lang=id", "--data=" + data), "launch");
        fx.setDaemon(true);
        fx.start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(300);
        // Asks the FX thread every 5 ms, on a scheduler, whether the inbox is interactive yet.
        CompletableFuture<Void> ready = new CompletableFuture<>();
        ScheduledExecutorService poll =
                Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().daemon().name("ready-poll").factory());
        poll.scheduleWithFixedDelay(() -> {
            try {
                if (interactive(deadline)) {
                    ready.complete(null);
                }
            } catch (Exception e) {
                ready.completeExceptionally(e);
            }
        }, 0, 5, TimeUnit.MILLISECONDS);
        try {
            ready.get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            System.out.println("TIMEOUT");
            System.exit(2);
        }
        poll.shutdownNow();
        // The process's CPU time so far: on a machine shared with other work, wall time says little.
        long cpuNanos = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
        System.out.println("READY " + cpuNanos / 1_000_000);
        if (Boolean.getBoolean("deskstart.tasks")) {
            // Every thread of the process, the JVM's own too (compilers, GC): Linux's per-task CPU ticks.
            Map<String, Long> ticks = new TreeMap<>();
            try (var tasks = Files.list(Path.of("/proc/self/task"))) {
                for (Path task : (Iterable<Path>) tasks::iterator) {
                    String stat = Files.readString(task.resolve("stat"));
                    String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')')).replaceAll("[0-9]+$", "#");
                    String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    ticks.merge(name, Long.parseLong(f[11]) + Long.parseLong(f[12]), Long::sum);
                }
            }
            ticks.forEach((name, t) -> System.out.println("TASK " + name + " " + t * 10));
        }
        System.out.flush();
        System.exit(0);
    }

    /** Prints the scene's subtrees with their node counts, down to {@code deskstart.depth} levels. */
    private static int nodes(Node node, String indent, int depth) {
        int count = 1;
        List<String> lines = new ArrayList<>();
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                count += nodes(child, indent + "  ", depth + 1);
            }
        }
        if (depth <= Integer.getInteger("deskstart.depth", 4)) {
            System.out.println("NODES " + indent + count + " " + node.getClass().getSimpleName() + " #" + node.getId() + " "
                    + node.getStyleClass() + (node.isVisible() ? "" : " HIDDEN"));
        }
        return count;
    }

    @SuppressWarnings("unchecked")
    private static boolean interactive(long deadline) throws Exception {
        CompletableFuture<Boolean> answer = new CompletableFuture<>();
        try {
            Platform.runLater(() -> {
                boolean ready = false;
                for (Window window : Window.getWindows()) {
                    Node node = window.getScene() == null ? null : window.getScene().lookup("#inboxTable");
                    if (node instanceof TableView<?> table && !table.getItems().isEmpty()
                            && !((LazyRowList.Line<InboxRow>) table.getItems().get(0)).loading()) {
                        ready = true;
                        if (Boolean.getBoolean("deskstart.nodes")) {
                            nodes(window.getScene().getRoot(), "", 0);
                        }
                    }
                }
                answer.complete(ready);
            });
        } catch (IllegalStateException toolkitNotYetStarted) {
            return false;
        }
        // The FX thread may be busy for long on a loaded machine: wait for its answer up to the deadline.
        return answer.get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
    }
}
