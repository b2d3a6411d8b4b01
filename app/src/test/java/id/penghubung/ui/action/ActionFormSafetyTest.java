package id.penghubung.ui.action;

import static org.assertj.core.api.Assertions.assertThat;

import id.penghubung.i18n.Messages;
import id.penghubung.model.ActionType;
import id.penghubung.model.AgencyRef;
import id.penghubung.model.Complaint;
import id.penghubung.model.Status;
import id.penghubung.model.action.Respond;
import id.penghubung.store.CaseStore;
import id.penghubung.store.OutboxEntry;
import id.penghubung.store.SyntheticComplaints;
import id.penghubung.ui.DeskFixture;
import id.penghubung.ui.app.Desk;
import id.penghubung.ui.common.ActionDescription;
import id.penghubung.ui.common.Background;
import id.penghubung.ui.common.ManualScheduler;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The form never sends the wrong action: a clean form per complaint, templates under their own
 * action, no agency name for a missing unit, a confirmation before anything public, and an action
 * taken back into the form whole. View model only, on a real store.
 */
class ActionFormSafetyTest {
    @TempDir
    Path dir;
    private Desk desk;
    private CaseStore store;
    private final ManualScheduler scheduler = new ManualScheduler();
    private ActionViewModel vm;
    private final List<ActionDescription> asked = new ArrayList<>();
    private boolean answer = true;
    private Complaint withoutUnit;
    private Complaint withUnit;

    @BeforeEach
    void open() {
        Path file = dir.resolve("cases.sqlite");
        DeskFixture.fill(file, 300);
        Desk.Parts parts = DeskFixture.parts(file);
        store = parts.store();
        desk = new Desk(Messages.indonesian(), parts, new Background(), DeskFixture.CLOCK);
        vm = new ActionViewModel(Messages.indonesian(), ActionData.of(store), desk.actionCheck(), desk.reference(), Runnable::run,
                Runnable::run, scheduler, desk.zone());
        vm.setConfirmer((c, d) -> {
            asked.add(d);
            return answer;
        });
        vm.activate();
        SyntheticComplaints world = new SyntheticComplaints(DeskFixture.SEED);
        for (int i = 0; i < 300 && (withoutUnit == null || withUnit == null); i++) {
            Complaint c = world.complaint(i);
            if (c.agency().map(a -> a.id().equals("ag-1")).orElse(false) && c.status() == Status.BELUM_DITINDAKLANJUTI) {
                if (c.unit().isEmpty() && withoutUnit == null) {
                    withoutUnit = store.complaint(c.id()).orElseThrow();
                } else if (c.unit().isPresent() && withUnit == null) {
                    withUnit = store.complaint(c.id()).orElseThrow();
                }
            }
        }
    }

    @AfterEach
    void close() {
        desk.close();
    }

    @Test
    void anotherComplaintResetsTheTypeUnitAndAttachmentsAndKeepsEachDraftWithItsComplaint() {
        vm.setComplaint(withUnit);
        vm.typeProperty().set(ActionType.NOTE);
        vm.textProperty().set("Hanya untuk atasan");
        vm.setComplaint(withoutUnit);
        assertThat(vm.typeProperty().get()).isEqualTo(ActionType.RESPOND);
        assertThat(vm.textProperty().get()).isEmpty();
        assertThat(vm.unitProperty().get()).isNull();

        vm.setComplaint(withUnit);
        assertThat(vm.typeProperty().get()).isEqualTo(ActionType.NOTE);
        assertThat(vm.textProperty().get()).isEqualTo("Hanya untuk atasan");
    }

    @Test
    void templatesAreOfferedOnlyUnderTheirActionType() {
        vm.setComplaint(withoutUnit);
        assertThat(vm.templatesForType()).extracting(TemplateOption::name).containsExactly("Diterima");
        vm.typeProperty().set(ActionType.NOT_AUTHORIZED);
        assertThat(vm.templatesForType()).extracting(TemplateOption::name).containsExactly("Bukan kewenangan instansi");
        vm.typeProperty().set(ActionType.REQUEST_INFO);
        assertThat(vm.templatesForType()).extracting(TemplateOption::name)
                .containsExactly("Permintaan keterangan tambahan");
        vm.typeProperty().set(ActionType.NOTE);
        assertThat(vm.templatesForType()).isEmpty();
    }

    @Test
    void bukanWewenangNeverSuggestsTheComplaintsOwnAgency() {
        vm.agencies().add(new AgencyRef("ag-1", "Pemerintah Kota Bandung"));
        vm.setComplaint(withUnit);
        assertThat(vm.otherAgencies()).extracting(AgencyRef::id).doesNotContain("ag-1").contains("ag-2");
    }

    @Test
    void withoutAUnitTheTemplateKeepsAPlaceholderAndIsNotQueued() {
        vm.setComplaint(withoutUnit);
        vm.applyTemplate(vm.templatesForType().get(0));
        assertThat(vm.textProperty().get()).contains("[nama unit kerja]").doesNotContain("Pemerintah Kota Bandung");
        assertThat(vm.queue()).isFalse();
        assertThat(vm.problems().get(ActionViewModel.FIELD_TEXT)).contains("[nama unit kerja]");
        assertThat(asked).isEmpty();
        assertThat(store.outboxFor(withoutUnit.id())).isEmpty();

        vm.setComplaint(withUnit);
        vm.applyTemplate(vm.templatesForType().get(0));
        assertThat(vm.textProperty().get()).contains(withUnit.unit().orElseThrow().name());
    }

    @Test
    void aPublicActionIsQueuedOnlyAfterTheOfficerSawWhatGoesToWhom() {
        vm.setComplaint(withUnit);
        vm.typeProperty().set(ActionType.NOT_AUTHORIZED);
        vm.textProperty().set("Jalan nasional, kewenangan kementerian.");
        vm.suggestedAgencyProperty().set(new AgencyRef("ag-2", "Kementerian Kesehatan"));
        answer = false;
        assertThat(vm.queue()).isFalse();
        assertThat(asked).singleElement().satisfies(d -> {
            assertThat(d.typeLabel()).isEqualTo("Bukan wewenang");
            assertThat(d.recipient()).isEqualTo("Kepada: admin LAPOR!, untuk diteruskan ke Kementerian Kesehatan");
            assertThat(d.effect()).contains("keluar dari kotak masuk");
            assertThat(d.text()).isEqualTo("Jalan nasional, kewenangan kementerian.");
        });
        assertThat(store.outboxFor(withUnit.id())).isEmpty();
        assertThat(vm.textProperty().get()).isEqualTo("Jalan nasional, kewenangan kementerian.");

        answer = true;
        assertThat(vm.queue()).isTrue();
        assertThat(store.outboxFor(withUnit.id())).hasSize(1);

        asked.clear();
        vm.typeProperty().set(ActionType.NOTE); // internal: nothing to confirm
        vm.textProperty().set("Sudah dikoordinasikan.");
        assertThat(vm.queue()).isTrue();
        assertThat(asked).isEmpty();
    }

    @Test
    void aWithdrawnActionComesBackWithItsAttachmentsAndAboveNoDraft() {
        vm.setComplaint(withUnit);
        String sha = "ab".repeat(32);
        OutboxEntry e = store.enqueue(withUnit.id(), withUnit.version(), new Respond("Terlampir berita acara.", List.of(sha)));
        vm.typeProperty().set(ActionType.RESPOND);
        vm.textProperty().set("Draf yang sedang ditulis");
        vm.edit(e);
        assertThat(vm.typeProperty().get()).isEqualTo(ActionType.RESPOND);
        assertThat(vm.textProperty().get()).isEqualTo("Draf yang sedang ditulis\n\nTerlampir berita acara.");
        assertThat(vm.attachments()).extracting(ActionViewModel.Picked::sha256).containsExactly(sha);
        assertThat(vm.describe().attachments()).containsExactly("berkas abababab");
        assertThat(Optional.of(vm.describe().recipient())).contains("Kepada: pelapor, melalui LAPOR! (terlihat oleh pelapor)");
    }
}
