package id.penghubung.ui.similar;

import static org.assertj.core.api.Assertions.assertThat;

import id.penghubung.i18n.Messages;
import id.penghubung.model.ActionType;
import id.penghubung.model.AgencyRef;
import id.penghubung.model.Complaint;
import id.penghubung.model.Status;
import id.penghubung.model.action.Complete;
import id.penghubung.model.action.Respond;
import id.penghubung.model.calendar.WorkingCalendar;
import id.penghubung.model.sla.DeadlineCalculator;
import id.penghubung.model.sla.SlaPolicy;
import id.penghubung.store.OutboxEntry;
import id.penghubung.ui.common.QueuedExecutor;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** One answer for a group: one action per member, each checked on its own; the closed and the redirected are skipped with a reason before sending. */
class GroupAnswerViewModelTest {
    private static final AgencyRef OTHER = new AgencyRef("pemprov-jabar", "Pemerintah Provinsi Jawa Barat");
    private final QueuedExecutor io = new QueuedExecutor();
    private final FakeSimilarData data = new FakeSimilarData();
    private final Clock clock = Clock.fixed(Instant.parse("2026-03-16T03:00:00Z"), ZoneOffset.UTC);
    private final DeadlineCalculator deadlines = new DeadlineCalculator(WorkingCalendar.bundled(), SlaPolicy.standard());
    private final GroupAnswerViewModel vm = new GroupAnswerViewModel(Messages.of(Locale.of("id")), data,
            SimilarPaneViewModelTest.CHECK, c -> deadlines.evaluate(c, clock.instant()), clock, io, Runnable::run);

    @Test
    void theAnswerGoesOnceToEachMemberThatTakesItAndTheClosedAndRedirectedAreSkippedWithTheirReason() {
        AgencyRef own = SimilarPaneViewModelTest.AGENCY;
        Complaint anchor = data.add("c-1", "3100001", Status.PROSES, own, FakeSimilarData.linked("DUPLICATE_OF 3100002"));
        data.add("c-2", "3100002", Status.PROSES, own);
        data.add("c-3", "3100003", Status.BELUM_DITINDAKLANJUTI, own);
        data.add("c-4", "3100004", Status.SELESAI, own);
        data.add("c-5", "3100005", Status.PROSES, OTHER);

        vm.load(anchor, List.of("c-3", "c-4", "c-5", "c-2"));
        io.runAll();
        vm.textProperty().set("Jalan sudah ditambal pada 2 Maret.");

        assertThat(vm.members()).extracting(GroupMember::trackingId)
                .containsExactly("3100001", "3100002", "3100003", "3100004", "3100005");
        assertThat(vm.members()).extracting(GroupMember::origin)
                .containsExactly("pengaduan ini", "Duplikat dari", "kandidat serupa", "kandidat serupa", "kandidat serupa");
        assertThat(vm.members()).extracting(GroupMember::skipReason).containsExactly("", "", "",
                "Tindakan Tindak lanjut tidak dapat dilakukan pada laporan berstatus Selesai.",
                "Laporan ini tidak didisposisikan ke instansi Anda.");
        assertThat(vm.members().getFirst().deadline()).startsWith("Tindak lanjut: ");
        assertThat(data.queued).as("nothing is sent before the officer sends").isEmpty();
        assertThat(vm.toSend()).isEqualTo(3);

        assertThat(vm.send()).isTrue();
        io.runAll();

        assertThat(data.queued).extracting(OutboxEntry::complaintId).containsExactly("c-1", "c-2", "c-3");
        assertThat(data.queued).extracting(OutboxEntry::action)
                .containsOnly(new Respond("Jalan sudah ditambal pada 2 Maret.", List.of()));
        assertThat(data.queued).extracting(OutboxEntry::baseVersion).containsOnly(3L);
        assertThat(vm.resultProperty().get()).isEqualTo("3 tindakan masuk antrean; 2 pengaduan dilewati.");
    }

    @Test
    void aFinalAnswerSkipsTheMemberNotYetFollowedUpAndABlankTextSendsNothing() {
        AgencyRef own = SimilarPaneViewModelTest.AGENCY;
        Complaint anchor = data.add("c-1", "3100001", Status.PROSES, own);
        data.add("c-3", "3100003", Status.BELUM_DITINDAKLANJUTI, own);
        vm.load(anchor, List.of("c-3"));
        io.runAll();

        assertThat(vm.send()).isFalse();
        assertThat(vm.resultProperty().get()).isEqualTo("Isian ini wajib diisi.");
        vm.typeProperty().set(ActionType.COMPLETE);
        vm.textProperty().set("Selesai diperbaiki.");
        vm.send();
        io.runAll();

        assertThat(vm.members().get(1).skipReason()).contains("Selesaikan", "Belum Ditindaklanjuti");
        assertThat(data.queued).extracting(OutboxEntry::action).containsExactly(new Complete("Selesai diperbaiki.", List.of()));
    }
}
