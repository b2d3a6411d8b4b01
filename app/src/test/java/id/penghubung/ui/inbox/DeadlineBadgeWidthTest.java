package id.penghubung.ui.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import id.penghubung.i18n.Messages;
import id.penghubung.model.sla.DeadlineKind;
import id.penghubung.model.sla.MessageRef;
import id.penghubung.model.sla.RemainingTime;
import id.penghubung.ui.TestWindow;
import id.penghubung.ui.common.Theme;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Every deadline badge an inbox row can show, for every clock and in both languages, fits the deadline column
 * whole ("Automatic completion: 3 working days le…" was cut in English, "Tindak lanjut: Tidak terpenuhi, terlambat 10
 * hari kerja" everywhere): the badge is measured with the desk's
 * own stylesheet, with ten working days, the widest count a badge usually shows.
 */
class DeadlineBadgeWidthTest {
    /** The cell's padding on its left (the badge is clipped at the cell's right edge), and a little air. */
    private static final double CELL_PADDING = 12;
    @RegisterExtension
    static final TestWindow WINDOW = new TestWindow();

    @Test
    void everyBadgeFitsTheDeadlineColumnWhole() throws Exception {
        List<Label> badges = new ArrayList<>();
        for (Locale locale : List.of(Messages.INDONESIAN, Messages.ENGLISH)) {
            Messages msg = Messages.of(locale);
            for (DeadlineKind kind : DeadlineKind.values()) {
                for (MessageRef reading : List.of(MessageRef.of(RemainingTime.REMAINING, 10), MessageRef.of(RemainingTime.DUE_TODAY),
                        MessageRef.of(RemainingTime.LATE, 10), MessageRef.of(RemainingTime.MISSED, 10))) {
                    badges.add(InboxTableView.badge(RowBadges.clockBadge(msg, kind, reading), "badge-overdue"));
                }
            }
        }
        WaitForAsyncUtils.asyncFx(() -> {
            Theme.apply(false);
            VBox box = new VBox(2);
            box.getStyleClass().add("inbox-table"); // measured as the inbox table's cells style them
            box.getChildren().addAll(badges);
            Scene scene = new Scene(box, 1200, 800);
            Theme.style(scene, false);
            WINDOW.show(scene);
        }).get(30, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        SoftAssertions soft = new SoftAssertions();
        for (Label badge : badges) {
            soft.assertThat(badge.getWidth()).as("\"%s\"", badge.getText())
                    .isLessThanOrEqualTo(InboxTableView.DEADLINE_WIDTH - CELL_PADDING);
        }
        soft.assertAll();
        assertThat(badges).hasSizeGreaterThan(20);
    }
}
