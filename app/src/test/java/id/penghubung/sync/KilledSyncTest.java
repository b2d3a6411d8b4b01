package id.penghubung.sync;

import static org.assertj.core.api.Assertions.assertThat;

import id.penghubung.model.ActionType;
import id.penghubung.model.Complaint;
import id.penghubung.model.action.Note;
import id.penghubung.protocol.AppliedAction;
import id.penghubung.store.CaseStore;
import id.penghubung.store.Draft;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The CLI {@code sync} in a child JVM, killed (SIGKILL) at random moments over several rounds, then
 * run to completion: no draft or action lost, none applied twice.
 */
class KilledSyncTest {
    @TempDir
    Path data;

    @Test
    void aSyncKilledAtRandomPointsLosesNothingAndDuplicatesNothing() throws Exception {
        try (TrainingWorld world = TrainingWorld.start(600, "latency=20-120ms,dropAfterCommit=0.05")) {
            List<UUID> queued = new ArrayList<>();
            List<String> complaintIds = new ArrayList<>();
            Map<String, String> drafts = new java.util.HashMap<>();
            try (Session session = world.session(data, "penghubung")) {
                CaseStore store = session.store();
                session.engine().sync(SyncListener.NONE);
                for (Complaint c : TrainingWorld.openComplaints(store, 40)) {
                    complaintIds.add(c.id());
                    for (int i = 0; i < 3; i++) {
                        queued.add(store.enqueue(c.id(), c.version(), new Note("catatan " + i + " " + c.id())).actionId());
                    }
                    String text = "draf tanggapan untuk " + c.id();
                    store.saveDraft(c.id(), ActionType.RESPOND, text);
                    drafts.put(c.id(), text);
                }
                // Make the pull long too: forget the cursor so the child pulls everything again.
                store.resetCursor();
            }
            Random random = new Random(42);
            int killed = 0;
            for (int round = 0; round < 6; round++) {
                Process child = startSync(world.url());
                long delay = 300 + random.nextInt(2500);
                if (!child.waitFor(delay, TimeUnit.MILLISECONDS)) {
                    child.destroyForcibly();
                    child.waitFor(10, TimeUnit.SECONDS);
                    killed++;
                }
            }
            assertThat(killed).as("rounds that were really killed mid-way").isGreaterThanOrEqualTo(3);
            Process last = startSync(world.url());
            assertThat(last.waitFor(120, TimeUnit.SECONDS)).isTrue();
            String output = new String(last.getInputStream().readAllBytes());
            assertThat(last.exitValue()).as(output).isZero();

            try (Session session = world.session(data, "penghubung")) {
                CaseStore store = session.store();
                assertThat(store.outbox()).isEmpty();
                for (UUID id : queued) {
                    assertThat(store.outboxEntry(id)).as("action %s kept", id).isPresent();
                }
                for (Map.Entry<String, String> d : drafts.entrySet()) {
                    assertThat(store.draft(d.getKey(), ActionType.RESPOND).map(Draft::text)).contains(d.getValue());
                }
            }
            Set<String> ours = queued.stream().map(UUID::toString).collect(Collectors.toSet());
            List<String> applied = new ArrayList<>();
            for (String id : complaintIds) {
                for (AppliedAction a : world.applied(id)) {
                    if (ours.contains(a.actionId())) {
                        applied.add(a.actionId());
                    }
                }
            }
            assertThat(applied).doesNotHaveDuplicates();
            assertThat(new HashSet<>(applied)).isEqualTo(ours);
        }
    }

    private Process startSync(String url) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        // The quick compiler only and the serial collector, as the test JVMs (decision 0012): each child lives seconds.
        ProcessBuilder builder = new ProcessBuilder(java, "-Xmx256m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"),
                "id.penghubung.cli.Launcher", "sync", "--server", url, "--user", "penghubung", "--data", data.toString())
                .redirectErrorStream(true)
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        builder.environment().put("PENGHUBUNG_PASSWORD", TrainingWorld.PASSWORD);
        builder.environment().put("PENGHUBUNG_LANG", "en");
        // The CLI prints a handful of lines: the pipe never fills, so nobody needs to drain it while it runs.
        return builder.start();
    }
}
