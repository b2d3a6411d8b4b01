package id.penghubung.ui.review;

import static org.assertj.core.api.Assertions.assertThat;

import id.penghubung.i18n.Messages;
import id.penghubung.model.ActionType;
import id.penghubung.model.Complaint;
import id.penghubung.model.EventType;
import id.penghubung.model.ModelFixtures;
import id.penghubung.model.Role;
import id.penghubung.model.action.ActingAccount;
import id.penghubung.model.action.ActionValidator;
import id.penghubung.model.action.Approve;
import id.penghubung.model.action.OfficerAction;
import id.penghubung.model.action.ReturnDraft;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The review pane (issue 20): the approver sees the waiting draft and approves it or returns it with
 * notes (notes required) through the validator and the outbox; the author sees the returned draft
 * with the notes and takes it back into the form; an officer who does not approve gets no buttons.
 */
class ReviewViewModelTest {
    private static final ActingAccount ATASAN = new ActingAccount("u-atasan", "Atasan", Role.SUPERVISOR,
            Optional.of(ModelFixtures.AGENCY.id()));

    private static Complaint waiting() {
        return ModelFixtures.complaint("2026-03-02T08:00").disposed("2026-03-02T09:00")
                .review(EventType.REVIEW_SUBMITTED, "s-1", "2026-03-03T10:00", "Penghubung", "s-1", ActionType.RESPOND,
                        "Akan dicek Kamis.")
                .build();
    }

    private static ReviewViewModel vm(boolean approves, List<OfficerAction> queued) {
        return new ReviewViewModel(Messages.indonesian(), (id, base, action) -> queued.add(action),
                (action, complaint) -> new ActionValidator().validate(action, complaint, ATASAN, List.of()), () -> approves,
                Runnable::run, Runnable::run, ModelFixtures.WIB);
    }

    @Test
    void theApproverApprovesOrReturnsTheWaitingDraftWithNotes() {
        List<OfficerAction> queued = new ArrayList<>();
        ReviewViewModel vm = vm(true, queued);
        vm.activate();
        vm.show(waiting());

        assertThat(vm.shownProperty().get()).isTrue();
        assertThat(vm.canDecideProperty().get()).isTrue();
        assertThat(vm.headingProperty().get()).contains("Tindak lanjut", "menunggu persetujuan", "Penghubung");
        assertThat(vm.draftTextProperty().get()).isEqualTo("Akan dicek Kamis.");

        assertThat(vm.returnWithNotes("  ")).isNotEmpty();
        assertThat(queued).isEmpty();
        assertThat(vm.returnWithNotes("Sebutkan tanggalnya.")).isEmpty();
        assertThat(vm.approve()).isEmpty();
        assertThat(queued).containsExactly(new ReturnDraft("s-1", "Sebutkan tanggalnya."), new Approve("s-1"));
    }

    @Test
    void theAuthorSeesTheReturnedDraftWithTheNotesAndTakesItBack() {
        Complaint back = ModelFixtures.complaint("2026-03-02T08:00").disposed("2026-03-02T09:00")
                .review(EventType.REVIEW_SUBMITTED, "s-1", "2026-03-03T10:00", "Penghubung", "s-1", ActionType.COMPLETE,
                        "Sudah selesai.")
                .review(EventType.REVIEW_RETURNED, "r-1", "2026-03-03T11:00", "Atasan", "s-1", ActionType.COMPLETE,
                        "Lampirkan foto.")
                .build();
        List<String> form = new ArrayList<>();
        ReviewViewModel vm = vm(false, new ArrayList<>());
        vm.setRework(form::add);
        vm.activate();
        vm.show(back);

        assertThat(vm.shownProperty().get()).isTrue();
        assertThat(vm.canDecideProperty().get()).isFalse();
        assertThat(vm.returnedProperty().get()).isTrue();
        assertThat(vm.headingProperty().get()).contains("Selesaikan", "dikembalikan", "Atasan");
        assertThat(vm.notesProperty().get()).isEqualTo("Lampirkan foto.");
        vm.reworkReturned();
        assertThat(form).containsExactly("Sudah selesai.");

        vm.show(ModelFixtures.complaint("2026-03-02T08:00").disposed("2026-03-02T09:00").build());
        assertThat(vm.shownProperty().get()).isFalse();
    }
}
