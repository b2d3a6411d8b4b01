package id.penghubung.ui.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import id.penghubung.i18n.Messages;
import id.penghubung.model.Complaint;
import id.penghubung.model.EventType;
import id.penghubung.model.ModelFixtures;
import id.penghubung.model.Status;
import id.penghubung.model.UnitRef;
import id.penghubung.store.InboxRow;
import id.penghubung.store.InboxView;
import id.penghubung.ui.DeskFixture;
import id.penghubung.ui.app.Desk;
import id.penghubung.ui.common.Background;
import id.penghubung.ui.common.ManualScheduler;
import id.penghubung.ui.common.Urgency;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * "Menunggu unit" rows carry a due badge per unit still to answer (issue 20), as the detail's units
 * section does: each unit and its due date, the overdue unit first and red, an answered unit not at
 * all; other views read no units. The inbox's view model over a real store, without the toolkit.
 */
class UnitBadgesTest {
    private static final UnitRef P2P = new UnitRef("kemenkes-p2p", "kemenkes", "Ditjen Pencegahan dan Pengendalian Penyakit");

    @TempDir
    Path dir;

    @Test
    void eachWaitingUnitWithItsDueDateOverdueFirstInRed() {
        // The fixture's desk stands on Wednesday 7 January 2026.
        Complaint c = ModelFixtures.complaint("2026-01-02T08:00").disposed("2026-01-02T09:00").status(Status.PROSES)
                .unitStep(EventType.DISPOSED_TO_UNIT, "2026-01-02T10:00", ModelFixtures.UNIT_FARMASI, "2026-01-09", null, null, "Cek obat")
                .unitStep(EventType.DISPOSED_TO_UNIT, "2026-01-02T10:00", P2P, "2026-01-06", null, null, "Cek wabah")
                .unitStep(EventType.DISPOSED_TO_UNIT, "2026-01-02T10:00", ModelFixtures.UNIT_RS, "2026-01-05", null, null, "Cek RS")
                .unitStep(EventType.UNIT_REPLIED, "2026-01-05T11:00", ModelFixtures.UNIT_RS, "2026-01-05", "Direktur RS",
                        "2026-01-05T10:00", "Antrean sudah diurai.")
                .build();
        Desk.Parts parts = DeskFixture.parts(dir.resolve("cases.sqlite"));
        parts.store().applyComplaints(List.of(c));
        Desk desk = new Desk(Messages.indonesian(), parts, new Background(), DeskFixture.CLOCK);
        try {
            InboxViewModel vm = new InboxViewModel(Messages.indonesian(), new StoreInboxData(parts.store(), desk.queries()),
                    Runnable::run, Runnable::run, new ManualScheduler(), DeskFixture.CLOCK, desk.workingDays(), desk.zone());
            vm.activate();
            assertThat(vm.counts().get(InboxView.AWAITING_UNITS)).isEqualTo(1);
            InboxRow row = parts.store().page(vm.query().withView(InboxView.ALL), 0, 1).getFirst();
            assertThat(vm.unitBadges(row)).as("another view reads no units").isEmpty();

            vm.viewProperty().set(InboxView.AWAITING_UNITS);
            assertThat(vm.rows()).hasSize(1);
            List<UnitBadges.Line> badges = vm.unitBadges(vm.rows().getFirst().row().orElseThrow());

            assertThat(badges).extracting(UnitBadges.Line::unitId).containsExactly(P2P.id(), ModelFixtures.UNIT_FARMASI.id());
            assertThat(badges).extracting(UnitBadges.Line::urgency).containsExactly(Urgency.OVERDUE, Urgency.OK);
            // Short on the row, the date first so a narrow badge keeps it; the detail's wording on hover.
            assertThat(badges).extracting(UnitBadges.Line::text).containsExactly(
                    "Lewat 6 Jan \u00b7 " + P2P.name(), "9 Jan \u00b7 " + ModelFixtures.UNIT_FARMASI.name());
            assertThat(badges).extracting(UnitBadges.Line::full).containsExactly(
                    P2P.name() + " \u00b7 Lewat tenggat unit 6 Jan 2026",
                    ModelFixtures.UNIT_FARMASI.name() + " \u00b7 Tenggat unit 9 Jan 2026");
        } finally {
            desk.close();
        }
    }
}
