package id.penghubung.ui.similar;

import static org.assertj.core.api.Assertions.assertThat;

import id.penghubung.i18n.Messages;
import id.penghubung.model.AgencyRef;
import id.penghubung.model.Complaint;
import id.penghubung.model.LinkRelation;
import id.penghubung.model.ModelFixtures;
import id.penghubung.model.Role;
import id.penghubung.model.Status;
import id.penghubung.model.action.ActingAccount;
import id.penghubung.model.action.ActionValidator;
import id.penghubung.model.action.Link;
import id.penghubung.store.SimilarCandidate;
import id.penghubung.store.SimilarReason;
import id.penghubung.ui.action.ActionCheck;
import id.penghubung.ui.common.QueuedExecutor;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** "Pengaduan serupa" without the toolkit or a database: off the UI thread, the last complaint wins, links are queued after the model's check. */
class SimilarPaneViewModelTest {
    static final AgencyRef AGENCY = ModelFixtures.AGENCY;
    static final ActionCheck CHECK = (action, c) -> new ActionValidator().validate(action, c,
            new ActingAccount("u-1", "Siti", Role.OFFICER, Optional.of(AGENCY.id())), List.of());
    private final QueuedExecutor io = new QueuedExecutor();
    private final FakeSimilarData data = new FakeSimilarData();
    private final SimilarPaneViewModel vm = new SimilarPaneViewModel(Messages.of(Locale.of("id")), data, CHECK, io, Runnable::run);

    private static SimilarCandidate candidate(String id, String tracking, double score) {
        return new SimilarCandidate(id, tracking, score, List.of(
                new SimilarReason(SimilarReason.Kind.TEXT, SimilarReason.Detail.TITLE, 0),
                new SimilarReason(SimilarReason.Kind.AREA, SimilarReason.Detail.SAME_VILLAGE, 0),
                new SimilarReason(SimilarReason.Kind.TIME, SimilarReason.Detail.WITHIN_WINDOW, -3)));
    }

    @Test
    void candidatesAreFoundInTheBackgroundWithScoreAndReasonsInWords() {
        Complaint shown = data.add("c-1", "3100001", Status.PROSES, AGENCY);
        data.add("c-2", "3100002", Status.SELESAI, AGENCY);
        data.answers.put("3100001", List.of(candidate("c-2", "3100002", 0.823)));

        vm.show(shown);

        assertThat(vm.rows()).isEmpty();
        assertThat(vm.stateProperty().get()).isEqualTo("Mencari pengaduan serupa…");
        io.runAll();
        assertThat(vm.rows()).singleElement().satisfies(r -> {
            assertThat(r.trackingId()).isEqualTo("3100002");
            assertThat(r.scorePercent()).isEqualTo(82);
            assertThat(r.reasons()).isEqualTo("judul mirip, kelurahan sama, 3 hari sebelumnya");
            assertThat(r.status()).isEqualTo("Selesai");
        });
        assertThat(vm.stateProperty().get()).isEmpty();
        assertThat(vm.groupCandidates()).as("82% is listed, not answered with it").isEmpty();
        String[] opened = new String[1];
        vm.setOnOpen(id -> opened[0] = id);
        vm.open(vm.rows().getFirst());
        assertThat(opened[0]).isEqualTo("c-2");
    }

    @Test
    void anotherComplaintChosenBeforeTheQuestionRanSkipsItAndALateAnswerIsDropped() {
        Complaint first = data.add("c-1", "3100001", Status.PROSES, AGENCY);
        Complaint second = data.add("c-2", "3100002", Status.PROSES, AGENCY);
        data.add("c-3", "3100003", Status.PROSES, AGENCY);
        data.answers.put("3100001", List.of(candidate("c-3", "3100003", 0.9)));
        data.answers.put("3100002", List.of());

        vm.show(first);
        vm.show(second);
        io.runAll();

        assertThat(data.asked).containsExactly("3100002");
        assertThat(vm.rows()).isEmpty();
        assertThat(vm.stateProperty().get()).isEqualTo("Tidak ada pengaduan serupa di cache.");
    }

    @Test
    void markingADuplicateQueuesALinkAndShowsItWaitingAndASecondLinkIsRefusedByTheModel() {
        Complaint shown = data.add("c-1", "3100001", Status.SELESAI, AGENCY, FakeSimilarData.linked("RELATED 3100009"));
        data.add("c-2", "3100002", Status.PROSES, AGENCY);
        data.add("c-9", "3100009", Status.PROSES, AGENCY);
        data.answers.put("3100001", List.of(candidate("c-2", "3100002", 0.7), candidate("c-9", "3100009", 0.6)));
        vm.show(shown);
        io.runAll();
        assertThat(vm.links()).containsExactly("Terkait #3100009");

        boolean accepted = vm.link(vm.rows().getFirst(), LinkRelation.DUPLICATE_OF);
        io.runAll();

        assertThat(accepted).isTrue();
        assertThat(data.queued).singleElement().satisfies(e -> {
            assertThat(e.complaintId()).isEqualTo("c-1");
            assertThat(e.baseVersion()).isEqualTo(3);
            assertThat(e.action()).isEqualTo(new Link("3100002", LinkRelation.DUPLICATE_OF));
        });
        assertThat(vm.links()).containsExactly("Terkait #3100009", "Duplikat dari #3100002 (menunggu dikirim)");
        assertThat(vm.resultProperty().get()).isEqualTo("Tautan masuk antrean dan dikirim pada sinkronisasi berikutnya.");

        boolean again = vm.link(vm.rows().get(1), LinkRelation.DUPLICATE_OF);

        assertThat(again).isFalse();
        assertThat(vm.resultProperty().get()).isEqualTo("Pengaduan ini sudah ditautkan ke #3100009.");
        assertThat(data.queued).hasSize(1);
    }
}
