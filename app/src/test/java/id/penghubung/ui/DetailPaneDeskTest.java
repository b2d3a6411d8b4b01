package id.penghubung.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import javafx.scene.control.ScrollPane;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The detail pane as an officer meets it (issue 15, "fits the screens offices have"): no action form
 * before a complaint is open, so the pane has the whole height; each complaint opens at its top.
 */
class DetailPaneDeskTest extends StoreDesk {
    @BeforeAll
    static void fillStore() {
        openOn(200);
    }

    private String rowId(int index) {
        return table().getItems().get(index).row().orElseThrow().id();
    }

    private void select(int index) throws Exception {
        String id = rowId(index);
        robot.interact(() -> table().getSelectionModel().select(index));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> app.mainWindow().flatMap(w -> w.shownComplaint())
                .map(c -> c.id().equals(id)).orElse(false));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void theActionFormWaitsForAComplaintAndEachComplaintOpensAtItsTop() throws Exception {
        startApp();
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS,
                () -> table().getItems().size() > 1 && !table().getItems().get(1).loading());
        assertThat(robot.lookup("#actionText").tryQuery()).as("no form before a complaint is open").isEmpty();

        select(0);
        assertThat(robot.lookup("#actionText").tryQuery()).as("the form comes with the complaint").isPresent();
        ScrollPane detail = robot.lookup(n -> n instanceof ScrollPane p && p.getContent() != null
                && "detail".equals(p.getContent().getId())).queryAs(ScrollPane.class);
        robot.interact(() -> detail.setVvalue(1.0)); // the officer read down to the chronology

        select(1);
        assertThat(detail.getVvalue()).as("the next complaint starts at its top").isZero();
        assertThat(robot.lookup("#actionText").tryQuery()).isPresent();
    }
}
