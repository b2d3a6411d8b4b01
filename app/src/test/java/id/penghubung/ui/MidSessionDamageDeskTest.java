package id.penghubung.ui;

import static org.assertj.core.api.Assertions.assertThat;

import id.penghubung.central.CentralServer;
import id.penghubung.i18n.Messages;
import id.penghubung.model.ActionType;
import id.penghubung.store.CaseStore;
import id.penghubung.store.InboxRow;
import id.penghubung.testing.DamagedFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 15, "a damaged cache is reported as such, with the rebuild offered", when the damage shows only after the
 * desk is open: a real cache file whose complaint pages a failing disk overwrites mid-session. The next read of
 * the desk fails; the officer is told the copy on this computer is damaged (not that the server is unreachable)
 * and is offered the rebuild, which goes back to the sign-in with the rebuild ready and keeps the officer's draft.
 */
class MidSessionDamageDeskTest extends TrainingDesk {
    private static final Messages TEXTS = Messages.indonesian();

    @BeforeAll
    static void start() throws Exception {
        startServer(40);
    }

    @Test
    void damageNoticedMidSessionOffersTheRebuildAndTheDraftSurvives() throws Exception {
        openSignIn(syncSignIn(), url);
        robot.clickOn("#username").write("penghubung");
        robot.clickOn("#password").write(CentralServer.TRAINING_PASSWORD).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, this::inboxReady);
        CaseStore store = app.desk().orElseThrow().store();
        InboxRow first = table().getItems().get(0).row().orElseThrow();
        store.saveDraft(first.id(), ActionType.RESPOND, "draf sebelum disk rusak");
        Path cache = cacheFile();

        DamagedFiles.damageTable(cache, "complaint");
        // The officer goes on working: another view reads the damaged pages.
        robot.interact(() -> robot.lookup("#view-COMPLETED").queryAs(Button.class).fire());

        try {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> inScene("#damagedCache"));
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("no rebuild offered; the inbox says: "
                    + onFx(() -> robot.lookup("#inboxError").queryAs(Label.class).getText()), e);
        }
        String said = onFx(() -> robot.lookup("#damagedCache").queryAs(DialogPane.class).getContentText()
                + ((Label) robot.lookup("#damagedCache").queryAs(DialogPane.class).getContent()).getText());
        assertThat(said).contains(TEXTS.get("ui.damaged.text"));
        assertThat(said).doesNotContain(TEXTS.get("ui.sync.why.unreachable"));
        assertThat(onFx(() -> robot.lookup("#damagedCacheYes").queryButton().getText()))
                .isEqualTo(TEXTS.get("ui.damaged.rebuild"));

        robot.interact(() -> robot.lookup("#damagedCacheYes").queryButton().fire());
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> inScene("#signinCard") && shows("#rebuildCache"));
        assertThat(app.desk()).isEmpty();
        assertThat(onFx(() -> robot.lookup("#signinError").queryAs(Label.class).getText()))
                .isEqualTo(TEXTS.get("ui.signin.damaged"));

        robot.clickOn("#password").write(CentralServer.TRAINING_PASSWORD);
        robot.clickOn("#rebuildCache");
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, this::inboxReady);
        CaseStore rebuilt = app.desk().orElseThrow().store();
        assertThat(rebuilt.draft(first.id(), ActionType.RESPOND).orElseThrow().text()).isEqualTo("draf sebelum disk rusak");
        assertThat(rebuilt.integrityCheck().ok()).isTrue();
        try (Stream<Path> files = Files.list(cache.getParent())) {
            List<String> names = files.map(f -> f.getFileName().toString()).toList();
            assertThat(names).as("the damaged file is set aside").anyMatch(n -> n.startsWith(cache.getFileName() + ".damaged-"));
        }
    }

    private Path cacheFile() throws Exception {
        try (Stream<Path> files = Files.walk(data)) {
            return files.filter(f -> f.getFileName().toString().equals("cache.db")).findFirst().orElseThrow();
        }
    }

    private boolean shows(String id) {
        return onFx(() -> robot.lookup(id).tryQuery().map(Node::isVisible).orElse(false));
    }

    /** The inbox shows its first rows; a busy FX thread under load (a lookup timing out) only means "not yet". */
    private boolean inboxReady() {
        try {
            return inScene("#inboxTable") && onFx(() -> !table().getItems().isEmpty() && !table().getItems().get(0).loading());
        } catch (IllegalStateException busy) {
            return false;
        }
    }
}
