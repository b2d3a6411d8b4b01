package id.penghubung.ui.units;

import static org.assertj.core.api.Assertions.assertThat;

import id.penghubung.i18n.Messages;
import id.penghubung.model.Complaint;
import id.penghubung.model.EventType;
import id.penghubung.model.ModelFixtures;
import id.penghubung.model.Role;
import id.penghubung.model.Status;
import id.penghubung.model.UnitRef;
import id.penghubung.model.action.ActingAccount;
import id.penghubung.model.action.ActionValidator;
import id.penghubung.model.action.OfficerAction;
import id.penghubung.model.action.UnitReply;
import id.penghubung.testing.MutableClock;
import id.penghubung.ui.common.Urgency;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The coordination pane's reading of a complaint sent to three units (issue 20): the overdue unit
 * first, the waiting one next, the answered one last with whether it met its date; an answer is
 * recorded through the validator and the outbox; an answer is quoted into the follow-up.
 */
class UnitTasksViewModelTest {
    private static final UnitRef P2P = new UnitRef("kemenkes-p2p", "kemenkes", "Ditjen Pencegahan dan Pengendalian Penyakit");
    private static final List<UnitRef> UNITS = List.of(ModelFixtures.UNIT_RS, ModelFixtures.UNIT_FARMASI, P2P);

    @Test
    void overdueFirstAnswersRecordedAndQuoted() {
        Complaint c = ModelFixtures.complaint("2026-02-27T08:00").disposed("2026-02-27T09:00").status(Status.PROSES)
                .unitStep(EventType.DISPOSED_TO_UNIT, "2026-03-02T09:00", ModelFixtures.UNIT_RS, "2026-03-03", null, null, "Cek RS")
                .unitStep(EventType.DISPOSED_TO_UNIT, "2026-03-02T09:00", ModelFixtures.UNIT_FARMASI, "2026-03-05", null, null, "Cek obat")
                .unitStep(EventType.DISPOSED_TO_UNIT, "2026-03-02T09:00", P2P, "2026-03-03", null, null, "Cek wabah")
                .unitStep(EventType.UNIT_REPLIED, "2026-03-04T11:00", ModelFixtures.UNIT_RS, "2026-03-03", "Direktur RS",
                        "2026-03-04T10:00", "Antrean sudah diurai.")
                .build();
        List<OfficerAction> queued = new ArrayList<>();
        List<String> quoted = new ArrayList<>();
        ActingAccount officer = new ActingAccount("u-1", "Penghubung", Role.OFFICER, Optional.of("kemenkes"));
        UnitTasksViewModel vm = new UnitTasksViewModel(Messages.indonesian(), (id, base, action) -> queued.add(action),
                (action, complaint) -> new ActionValidator().validate(action, complaint, officer, UNITS), Runnable::run, Runnable::run,
                new MutableClock(ModelFixtures.wib("2026-03-04T14:00")), ModelFixtures.WIB);
        vm.setQuoter(quoted::add);

        vm.show(c);

        assertThat(vm.lines()).extracting(UnitTasksViewModel.Line::unitName)
                .containsExactly(P2P.name(), ModelFixtures.UNIT_FARMASI.name(), ModelFixtures.UNIT_RS.name());
        assertThat(vm.lines()).extracting(UnitTasksViewModel.Line::urgency)
                .containsExactly(Urgency.OVERDUE, Urgency.OK, Urgency.SOON);
        assertThat(vm.lines().getFirst().badge()).startsWith("Lewat tenggat unit");
        assertThat(vm.lines().getLast().badge()).isEqualTo("Sudah dijawab \u00b7 melewati tenggat unit");
        assertThat(vm.lines().getLast().detail()).contains("dijawab", "melewati tenggat unit");
        // Issue 22: a time on the screen carries the office zone's label.
        assertThat(vm.lines().getLast().detail()).containsPattern("didisposisikan [^·]*\\d{2}\\.\\d{2} WIB");

        List<String> refused = vm.reply(vm.lines().getLast().task(), "Lagi", "Direktur", ModelFixtures.wib("2026-03-04T13:00"));
        assertThat(refused).singleElement().asString().contains("Tidak ada disposisi terbuka");
        List<String> blank = vm.reply(vm.lines().get(1).task(), " ", "", ModelFixtures.wib("2026-03-04T13:00"));
        assertThat(blank).hasSize(2);
        assertThat(queued).isEmpty();
        assertThat(vm.reply(vm.lines().get(1).task(), "Stok obat sudah dikirim.", "Kasubdit Obat",
                ModelFixtures.wib("2026-03-04T13:00"))).isEmpty();
        assertThat(queued).containsExactly(new UnitReply(ModelFixtures.UNIT_FARMASI.id(), "Stok obat sudah dikirim.", List.of(),
                "Kasubdit Obat", ModelFixtures.wib("2026-03-04T13:00")));

        vm.quote(vm.lines().getLast().task());
        assertThat(quoted).singleElement().asString()
                .startsWith("Jawaban " + ModelFixtures.UNIT_RS.name() + " (")
                .endsWith("): Antrean sudah diurai.");
    }
}
