package id.penghubung.ui.similar;

import static org.assertj.core.api.Assertions.assertThat;

import id.penghubung.i18n.Messages;
import id.penghubung.model.calendar.WorkingCalendar;
import id.penghubung.model.sla.DeadlineCalculator;
import id.penghubung.model.sla.SlaPolicy;
import id.penghubung.ui.common.DialogSize;
import id.penghubung.ui.ombudsman.CrossInstitutionDialog;
import id.penghubung.ui.ombudsman.CrossInstitutionViewModel;
import id.penghubung.ui.ombudsman.OmbudsmanData;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.DialogPane;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The group answer and "Lintas instansi" open at 80% of their owner window, resizable, so their
 * tables are not cut (they opened ~600 px wide).
 */
class WideDialogsTest {
    private Stage owner;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void closeAll() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> List.copyOf(Window.getWindows()).forEach(w -> {
            if (w instanceof Stage s) {
                s.close();
            }
        })).get(30, TimeUnit.SECONDS);
    }

    private Stage owner(double width, double height) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            Stage s = new Stage();
            s.setScene(new Scene(new StackPane(), width, height));
            s.setX(0);
            s.setY(0);
            s.show();
            s.setWidth(width);
            s.setHeight(height);
            return s;
        }).get(30, TimeUnit.SECONDS);
    }

    private static DialogPane shown(String id) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        return WaitForAsyncUtils.asyncFx(() -> Window.getWindows().stream()
                .filter(w -> w.getScene() != null && w.getScene().getRoot() instanceof DialogPane p && id.equals(p.getId()))
                .map(w -> (DialogPane) w.getScene().getRoot()).findFirst().orElseThrow()).get(30, TimeUnit.SECONDS);
    }

    @Test
    void theGroupAnswerTakesEightyPercentOfItsOwner() throws Exception {
        owner = owner(1200, 700);
        Clock clock = Clock.fixed(Instant.parse("2026-03-16T03:00:00Z"), ZoneOffset.UTC);
        DeadlineCalculator deadlines = new DeadlineCalculator(WorkingCalendar.bundled(), SlaPolicy.standard());
        GroupAnswerViewModel vm = new GroupAnswerViewModel(Messages.of(Locale.of("id")), new FakeSimilarData(),
                SimilarPaneViewModelTest.CHECK, c -> deadlines.evaluate(c, clock.instant()), clock, Runnable::run, Runnable::run);

        WaitForAsyncUtils.asyncFx(() -> GroupAnswerDialog.show(owner, vm)).get(30, TimeUnit.SECONDS);

        DialogPane pane = shown("groupAnswer");
        Window w = pane.getScene().getWindow();
        assertThat(w.getWidth()).isCloseTo(1200 * DialogSize.SHARE, org.assertj.core.data.Offset.offset(24.0));
        assertThat(w.getHeight()).isGreaterThanOrEqualTo(480);
        assertThat(pane.lookup("#groupMembers").getBoundsInParent().getMaxX()).isLessThanOrEqualTo(pane.getWidth());
        assertThat(((Stage) w).isResizable()).isTrue();
    }

    @Test
    void crossInstitutionTakesEightyPercentOfItsOwner() throws Exception {
        owner = owner(1250, 720);
        OmbudsmanData none = new OmbudsmanData() {
            @Override
            public List<id.penghubung.store.DuplicateGroup> groups(id.penghubung.store.DuplicateFinder.Progress progress) {
                return List.of();
            }

            @Override
            public Optional<id.penghubung.model.Complaint> byTrackingId(id.penghubung.model.TrackingId trackingId) {
                return Optional.empty();
            }

            @Override
            public void forEach(java.util.function.Consumer<id.penghubung.model.Complaint> each) {
            }
        };
        CrossInstitutionViewModel vm = new CrossInstitutionViewModel(Messages.of(Locale.of("en")), none, WorkingCalendar.bundled(),
                ZoneId.of("Asia/Jakarta"), Runnable::run, Runnable::run);

        WaitForAsyncUtils.asyncFx(() -> CrossInstitutionDialog.show(owner, vm)).get(30, TimeUnit.SECONDS);

        DialogPane pane = shown("crossInstitution");
        Window w = pane.getScene().getWindow();
        assertThat(w.getWidth()).isCloseTo(1250 * DialogSize.SHARE, org.assertj.core.data.Offset.offset(24.0));
        assertThat(w.getHeight()).isGreaterThanOrEqualTo(520);
        assertThat(((Stage) w).isResizable()).isTrue();
    }
}
