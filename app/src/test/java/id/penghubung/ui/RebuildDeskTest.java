package id.penghubung.ui;

import static org.assertj.core.api.Assertions.assertThat;

import id.penghubung.central.CentralServer;
import id.penghubung.i18n.Messages;
import id.penghubung.model.ActionType;
import id.penghubung.model.Complaint;
import id.penghubung.model.action.Note;
import id.penghubung.store.CaseStore;
import id.penghubung.store.InboxQuery;
import id.penghubung.store.InboxRow;
import id.penghubung.store.InboxView;
import id.penghubung.store.OutboxState;
import id.penghubung.sync.Session;
import id.penghubung.sync.SignInResult;
import id.penghubung.sync.SyncListener;
import id.penghubung.testing.DamagedFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 15, "a damaged cache at sign-in is reported as such, with the rebuild offered": a real cache file, damaged
 * on disk as a failing disk would (one table's pages overwritten), is reported at sign-in in clear words; the
 * rebuild keeps the officer's draft and unsent action, refills the complaints from the training server over HTTP
 * and sends the action; the damaged file is set aside, not deleted.
 */
class RebuildDeskTest extends TrainingDesk {
    private static final Messages TEXTS = Messages.indonesian();

    @BeforeAll
    static void start() throws Exception {
        startServer(40);
    }

    @Test
    void aDamagedCacheIsOfferedForRebuildAndTheOfficersWorkSurvives() throws Exception {
        id.penghubung.sync.SignInService sync = syncSignIn();
        char[] password = CentralServer.TRAINING_PASSWORD.toCharArray();
        Path cache;
        UUID queued;
        String complaintId;
        try (Session session = ((SignInResult.SignedIn) sync.signIn(url, "penghubung", password.clone())).session()) {
            session.sync(SyncListener.NONE);
            CaseStore store = session.store();
            Instant now = Instant.now();
            InboxRow open = store.page(InboxQuery.of(InboxView.ALL, now, now), 0, 500).stream()
                    .filter(r -> !r.status().isClosed()).findFirst().orElseThrow();
            Complaint c = store.complaint(open.id()).orElseThrow();
            complaintId = c.id();
            queued = store.enqueue(c.id(), c.version(), new Note("ditulis sebelum disk rusak")).actionId();
            store.saveDraft(c.id(), ActionType.RESPOND, "draf yang harus selamat");
            cache = session.account().cacheFile();
        }
        DamagedFiles.damageTable(cache, "sync_state");

        openSignIn(sync, url);
        robot.clickOn("#username").write("penghubung");
        robot.clickOn("#password").write(CentralServer.TRAINING_PASSWORD).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> shows("#rebuildCache"));
        assertThat(text("#signinError")).isEqualTo(TEXTS.get("ui.signin.damaged"));
        assertThat(onFx(() -> robot.lookup("#rebuildCache").queryButton().getText())).isEqualTo(TEXTS.get("ui.signin.rebuild"));

        robot.clickOn("#password").write(CentralServer.TRAINING_PASSWORD);
        robot.clickOn("#rebuildCache");
        try {
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> inScene("#inboxTable")
                    && !table().getItems().isEmpty() && !table().getItems().get(0).loading());
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("no inbox after the rebuild; the sign-in screen says: "
                    + (inScene("#signinError") ? text("#signinError") : "(gone)"), e);
        }
        CaseStore store = app.desk().orElseThrow().store();
        assertThat(store.draft(complaintId, ActionType.RESPOND).orElseThrow().text()).isEqualTo("draf yang harus selamat");
        // The unsent action was kept and goes to the server with the first sync of the fresh cache.
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> store.outboxEntry(queued).map(e -> e.state() == OutboxState.APPLIED).orElse(false));
        assertThat(store.integrityCheck().ok()).isTrue();
        try (Stream<Path> files = Files.list(cache.getParent())) {
            List<String> names = files.map(f -> f.getFileName().toString()).toList();
            assertThat(names).as("the damaged file is set aside").anyMatch(n -> n.startsWith(cache.getFileName() + ".damaged-"));
            assertThat(names).as("no clear-text export of the drafts is left behind").noneMatch(n -> n.contains("local-work"));
        }
    }

    private String text(String id) {
        return onFx(() -> robot.lookup(id).queryAs(Label.class).getText());
    }

    private boolean shows(String id) {
        return onFx(() -> robot.lookup(id).tryQuery().map(Node::isVisible).orElse(false));
    }
}
