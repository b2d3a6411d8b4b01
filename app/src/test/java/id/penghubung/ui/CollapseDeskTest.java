package id.penghubung.ui;

import static org.assertj.core.api.Assertions.assertThat;

import id.penghubung.ui.common.SettingsFile;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * On a small screen the officer folds the sidebar and the action form away (issue 15, "fits the
 * screens offices have"): the inbox gets the sidebar's width, the detail pane the form's height, and
 * the desk keeps both choices through a rebuild in the other language and in its settings file.
 */
class CollapseDeskTest extends StoreDesk {
    @BeforeAll
    static void fillStore() {
        openOn(60);
    }

    private boolean inScene(String query) {
        return robot.lookup(query).tryQuery().map(n -> n.getScene() != null && shown(n)).orElse(false);
    }

    /** The node and all its parents are visible. */
    private static boolean shown(javafx.scene.Node n) {
        for (javafx.scene.Node at = n; at != null; at = at.getParent()) {
            if (!at.isVisible()) {
                return false;
            }
        }
        return true;
    }

    private double inboxWidth() {
        return table().getWidth();
    }

    @Test
    void theSidebarAndTheActionFormCollapseAndTheChoiceSurvivesARebuild() throws Exception {
        startApp();
        windowAt(1280, 720);
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS,
                () -> table().getItems().size() > 1 && !table().getItems().get(1).loading());
        robot.interact(() -> table().getSelectionModel().select(0));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> inScene("#actionText"));
        WaitForAsyncUtils.waitForFxEvents();
        double before = inboxWidth();
        assertThat(inScene("#view-NEEDS_FOLLOW_UP")).as("the sidebar is open at first").isTrue();

        Button sidebarToggle = robot.lookup("#toggleSidebar").queryButton();
        assertThat(sidebarToggle.getTooltip().getText()).isEqualTo("Sembunyikan panel samping");
        robot.interact(sidebarToggle::fire);
        robot.interact(() -> robot.lookup("#toggleEditor").queryButton().fire());
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(inScene("#view-NEEDS_FOLLOW_UP")).as("the sidebar folded away").isFalse();
        assertThat(inScene("#actionText")).as("the action form folded away").isFalse();
        assertThat(inboxWidth()).as("the inbox gets the sidebar's width").isGreaterThan(before + 150);
        assertThat(robot.lookup("#toggleSidebar").queryButton().getTooltip().getText()).isEqualTo("Tampilkan panel samping");

        // The desk rebuilt in English keeps both folded.
        robot.interact(() -> robot.lookup("#toggleLanguage").queryButton().fire());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#toggleSidebar").tryQuery()
                .map(n -> ((Button) n).getTooltip().getText().equals("Show the sidebar")).orElse(false));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> app.mainWindow().flatMap(w -> w.shownComplaint()).isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(inScene("#view-NEEDS_FOLLOW_UP")).as("still folded after the rebuild").isFalse();
        assertThat(inScene("#actionText")).as("the form still folded after the rebuild").isFalse();
        assertThat(inboxWidth()).isGreaterThan(before + 150);

        // Unfolding the form brings it back for the open complaint.
        robot.interact(() -> robot.lookup("#toggleEditor").queryButton().fire());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> inScene("#actionText"));

        // Each choice is saved when made, for the next start.
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> {
            var saved = new SettingsFile(shared.resolve("data"), Runnable::run).load();
            return saved.sidebarCollapsed() && !saved.editorCollapsed();
        });
    }
}
