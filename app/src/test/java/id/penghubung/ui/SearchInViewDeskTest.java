package id.penghubung.ui;

import static org.assertj.core.api.Assertions.assertThat;

import id.penghubung.model.Status;
import id.penghubung.store.InboxRow;
import id.penghubung.store.InboxSort;
import id.penghubung.ui.inbox.LazyRowList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Search works inside the selected view and keeps the chosen sort, and the search field says so:
 * the real window, a real store, the officer's clicks and keys.
 */
class SearchInViewDeskTest extends StoreDesk {
    /** A word of the synthetic world's texts: it matches complaints in every view. */
    private static final String WORD = "jalan";

    @BeforeAll
    static void fillStore() {
        openOn(1_000);
    }

    private List<InboxRow> rows() {
        return table().getItems().stream().map(LazyRowList.Line::row).flatMap(java.util.Optional::stream).toList();
    }

    @Test
    void searchInTheCompletedViewFindsOnlyCompletedComplaintsInTheChosenOrder() throws Exception {
        startApp();
        robot.clickOn("#view-COMPLETED");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !rows().isEmpty()
                && rows().stream().allMatch(r -> r.status() == Status.SELESAI));
        var inbox = app.mainWindow().orElseThrow().inbox();
        robot.interact(() -> {
            inbox.sortProperty().set(InboxSort.SUBMITTED);
            inbox.descendingProperty().set(true);
        });
        TextField search = robot.lookup("#search").queryAs(TextField.class);
        assertThat(search.getPromptText()).contains("Selesai");

        robot.clickOn("#search");
        robot.write(WORD);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#resultCount").queryAs(Label.class)
                .getText().contains("hasil") && !rows().isEmpty() && rows().size() == table().getItems().size());

        assertThat(robot.lookup("#resultCount").queryAs(Label.class).getText()).contains("di “Selesai”");
        List<InboxRow> found = rows();
        assertThat(found).hasSizeGreaterThan(3);
        assertThat(found).allMatch(r -> r.status() == Status.SELESAI, "only completed complaints");
        assertThat(found).isSortedAccordingTo(Comparator.comparing(InboxRow::submittedAt).reversed());
        assertThat(app.mainWindow().orElseThrow().inbox().viewProperty().get())
                .isEqualTo(id.penghubung.store.InboxView.COMPLETED);
        // The same words in "Semua pengaduan" find open complaints too: the view kept them out.
        robot.clickOn("#view-ALL");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !rows().isEmpty()
                && rows().stream().anyMatch(r -> r.status() != Status.SELESAI));
        assertThat(search.getText()).isEqualTo(WORD);
        assertThat(search.getPromptText()).contains("Semua pengaduan");
        assertThat(rows()).isSortedAccordingTo(Comparator.comparing(InboxRow::submittedAt).reversed());
    }
}
