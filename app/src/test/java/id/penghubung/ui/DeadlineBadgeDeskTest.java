package id.penghubung.ui;

import static org.assertj.core.api.Assertions.assertThat;

import id.penghubung.model.sla.DeadlineKind;
import id.penghubung.store.InboxRow;
import id.penghubung.ui.inbox.LazyRowList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.TableRow;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Every deadline badge names its clock and its due day (issue 15, "one truth on every screen"):
 * "Tindak lanjut: Terlambat 12 hari kerja", the due day on hover. (A missed follow-up never shown as a
 * green auto-finish clock: the model's rule, {@code DeadlineUrgencyTest}; the synthetic world has no such case.)
 */
class DeadlineBadgeDeskTest extends StoreDesk {
    private static final int COMPLAINTS = 400;

    @BeforeAll
    static void fillStore() {
        openOn(COMPLAINTS);
    }

    /** The deadline badge of each shown row, by complaint id. */
    private Map<String, Label> shownBadges() {
        Map<String, Label> badges = new HashMap<>();
        for (var node : robot.lookup(".table-row-cell").queryAll()) {
            @SuppressWarnings("unchecked")
            TableRow<LazyRowList.Line<InboxRow>> row = (TableRow<LazyRowList.Line<InboxRow>>) node;
            // Read once: the FX thread may empty the row between two reads (this runs on the test thread).
            LazyRowList.Line<InboxRow> line = row.getItem();
            if (line == null || line.row().isEmpty()) {
                continue;
            }
            row.lookupAll(".badge").stream().map(Label.class::cast)
                    .filter(l -> l.getStyleClass().stream().anyMatch(s -> s.startsWith("badge-overdue")
                            || s.equals("badge-soon") || s.equals("badge-ok") || s.equals("badge-stopped")))
                    .findFirst().ifPresent(l -> badges.put(line.row().get().id(), l));
        }
        return badges;
    }

    @Test
    void eachBadgeNamesItsClockAndDueDay() throws Exception {
        startApp();
        robot.clickOn("#view-ALL");
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> shownBadges().size() > 10);
        WaitForAsyncUtils.waitForFxEvents();
        String[] clockNames = Arrays.stream(DeadlineKind.values())
                .map(k -> app.desk().orElseThrow().messages().label(k) + ": ").toArray(String[]::new);
        Map<String, Label> badges = shownBadges();
        assertThat(badges.values()).filteredOn(l -> !l.getStyleClass().contains("badge-stopped"))
                .isNotEmpty()
                .allSatisfy(l -> {
                    assertThat(l.getText()).as("the badge names its clock")
                            .matches(t -> Arrays.stream(clockNames).anyMatch(t::startsWith));
                    assertThat(l.getTooltip()).as("the due day on hover").isNotNull();
                    assertThat(l.getTooltip().getText()).contains("Batas ");
                });

    }
}
