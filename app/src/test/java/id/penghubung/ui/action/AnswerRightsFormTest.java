package id.penghubung.ui.action;

import static org.assertj.core.api.Assertions.assertThat;

import id.penghubung.i18n.Messages;
import id.penghubung.model.ActionType;
import id.penghubung.model.Complaint;
import id.penghubung.model.Role;
import id.penghubung.store.CaseStore;
import id.penghubung.store.OutboxEntry;
import id.penghubung.ui.DeskFixture;
import id.penghubung.ui.app.Desk;
import id.penghubung.ui.common.Background;
import id.penghubung.ui.common.ManualScheduler;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 20: the form checks the agency's review policy before queueing. A role that neither drafts
 * nor approves public answers is told why, in the bundles' words, and queues none (the server would
 * refuse it with ROLE_NOT_ALLOWED); its internal work goes on. View model on a real store.
 */
class AnswerRightsFormTest {
    @TempDir
    Path dir;
    private Desk desk;
    private CaseStore store;
    private Complaint complaint;
    private int queued;

    @BeforeEach
    void open() {
        Path file = dir.resolve("cases.sqlite");
        DeskFixture.fill(file, 200);
        Desk.Parts parts = DeskFixture.parts(file);
        store = parts.store();
        desk = new Desk(Messages.indonesian(), parts, new Background(), DeskFixture.CLOCK);
        complaint = store.complaint(DeskFixture.actionable(200).id()).orElseThrow();
    }

    @AfterEach
    void close() {
        desk.close();
    }

    private ActionViewModel form(Messages messages, AnswerRights rights) {
        ActionReference reference = ReviewedReference.of(desk.reference(), rights);
        ActionViewModel vm = new ActionViewModel(messages, ActionData.of(store), desk.actionCheck(), reference,
                Runnable::run, Runnable::run, new ManualScheduler(), desk.zone());
        vm.setOnQueued(() -> queued++);
        vm.activate();
        vm.setComplaint(complaint);
        return vm;
    }

    /** Only the atasan answers the reporter: the penghubung neither drafts nor approves. */
    private static AnswerRights onlyTheSupervisorAnswers(Role role) {
        return new AnswerRights(role, true, List.of(), List.of(Role.SUPERVISOR));
    }

    @Test
    void aRoleThatDoesNotDraftIsToldWhyAndQueuesNoPublicAnswer() {
        ActionViewModel vm = form(Messages.indonesian(), onlyTheSupervisorAnswers(Role.OFFICER));
        for (ActionType answer : List.of(ActionType.RESPOND, ActionType.COMPLETE, ActionType.NOT_AUTHORIZED)) {
            vm.typeProperty().set(answer);
            assertThat(vm.roleRefusalProperty().get()).as("%s", answer)
                    .contains("Pejabat penghubung").contains("Atasan (penyetuju)").doesNotContain("{");
        }
        vm.typeProperty().set(ActionType.RESPOND);
        vm.textProperty().set("Laporan Saudara sedang kami tangani.");
        assertThat(vm.queue()).isFalse();
        assertThat(store.outboxFor(complaint.id())).isEmpty();
        assertThat(queued).isZero();
        assertThat(vm.textProperty().get()).as("the text stays for the approver to take over").isNotEmpty();

        vm.typeProperty().set(ActionType.NOTE);
        assertThat(vm.roleRefusalProperty().get()).as("internal work goes on").isEmpty();
        vm.textProperty().set("Sudah diteruskan ke atasan untuk dijawab.");
        assertThat(vm.queue()).as("%s", vm.problems()).isTrue();
        assertThat(store.outboxFor(complaint.id())).extracting(e -> e.action().type()).containsExactly(ActionType.NOTE);
    }

    @Test
    void theReasonIsInTheDesksLanguage() {
        ActionViewModel vm = form(Messages.of(Locale.ENGLISH), onlyTheSupervisorAnswers(Role.OFFICER));
        vm.typeProperty().set(ActionType.RESPOND);
        assertThat(vm.roleRefusalProperty().get()).contains("Liaison officer").contains("Supervisor").doesNotContain("{");
    }

    @Test
    void aDrafterSubmitsAndAnApproverPostsWithNothingRefused() {
        AnswerRights policy = new AnswerRights(Role.OFFICER, true, List.of(Role.OFFICER), List.of(Role.SUPERVISOR));
        ActionViewModel drafter = form(Messages.indonesian(), policy);
        assertThat(drafter.roleRefusalProperty().get()).isEmpty();
        drafter.textProperty().set("Laporan Saudara sedang kami tangani.");
        assertThat(drafter.queue()).as("%s", drafter.problems()).isTrue();
        assertThat(store.outboxFor(complaint.id())).extracting(e -> e.action().type())
                .containsExactly(ActionType.SUBMIT_REVIEW);

        store.outboxFor(complaint.id()).stream().map(OutboxEntry::actionId).forEach(store::withdraw);
        ActionViewModel approver = form(Messages.indonesian(),
                new AnswerRights(Role.SUPERVISOR, true, List.of(Role.OFFICER), List.of(Role.SUPERVISOR)));
        assertThat(approver.roleRefusalProperty().get()).isEmpty();
        approver.textProperty().set("Laporan Saudara sudah kami tindak lanjuti.");
        assertThat(approver.queue()).as("%s", approver.problems()).isTrue();
        assertThat(store.outboxFor(complaint.id())).extracting(e -> e.action().type()).containsExactly(ActionType.RESPOND);
    }
}
