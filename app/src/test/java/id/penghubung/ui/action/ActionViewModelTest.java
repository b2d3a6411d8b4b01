package id.penghubung.ui.action;

import static org.assertj.core.api.Assertions.assertThat;

import id.penghubung.i18n.Messages;
import id.penghubung.model.ActionType;
import id.penghubung.model.Complaint;
import id.penghubung.model.action.Respond;
import id.penghubung.store.CaseStore;
import id.penghubung.store.OutboxEntry;
import id.penghubung.store.OutboxState;
import id.penghubung.ui.DeskFixture;
import id.penghubung.ui.app.Desk;
import id.penghubung.ui.common.Background;
import id.penghubung.ui.common.ManualScheduler;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The action form's view model on a real store, without the toolkit: autosave, validation, queueing. */
class ActionViewModelTest {
    @TempDir
    Path dir;
    private Desk desk;
    private CaseStore store;
    private final ManualScheduler scheduler = new ManualScheduler();
    private ActionViewModel vm;
    private Complaint complaint;
    private int queued;

    @BeforeEach
    void open() {
        Path file = dir.resolve("cases.sqlite");
        DeskFixture.fill(file, 200);
        Desk.Parts parts = DeskFixture.parts(file);
        store = parts.store();
        desk = new Desk(Messages.indonesian(), parts, new Background(), DeskFixture.CLOCK);
        vm = new ActionViewModel(Messages.indonesian(), ActionData.of(store), desk.actionCheck(), desk.reference(), Runnable::run,
                Runnable::run, scheduler, desk.zone());
        vm.setOnQueued(() -> queued++);
        vm.activate();
        complaint = store.complaint(DeskFixture.actionable(200).id()).orElseThrow();
        vm.setComplaint(complaint);
    }

    @AfterEach
    void close() {
        desk.close();
    }

    @Test
    void typingAutosavesTheDraftAfterAPauseNotOnEveryKey() {
        vm.textProperty().set("Kami");
        vm.textProperty().set("Kami sedang");
        assertThat(store.draft(complaint.id(), ActionType.RESPOND)).isEmpty();
        assertThat(vm.draftStateProperty().get()).isEqualTo("Belum tersimpan…");

        scheduler.advance(ActionViewModel.AUTOSAVE_DELAY);
        assertThat(store.draft(complaint.id(), ActionType.RESPOND)).get()
                .extracting(d -> d.text()).isEqualTo("Kami sedang");
        assertThat(vm.draftStateProperty().get()).startsWith("Draf tersimpan");
        // Issue 22: the time the draft was saved carries the office zone's label.
        assertThat(vm.draftStateProperty().get()).containsPattern("\\d{2}\\.\\d{2} WIB");
    }

    @Test
    void theDraftComesBackWithTheComplaintAndSwitchingSavesAtOnce() {
        vm.textProperty().set("Catatan pertama");
        Complaint other = store.complaint("c-0").orElseThrow();
        vm.setComplaint(other); // no waiting for the debounce: switching flushes
        assertThat(store.draft(complaint.id(), ActionType.RESPOND)).isPresent();
        assertThat(vm.textProperty().get()).isEmpty();

        vm.setComplaint(complaint);
        assertThat(vm.textProperty().get()).isEqualTo("Catatan pertama");
    }

    @Test
    void problemsAreShownByFieldFromTheBundlesAndNothingIsQueued() {
        assertThat(vm.queue()).isFalse();
        assertThat(vm.problems()).containsKey(ActionViewModel.FIELD_TEXT);
        assertThat(vm.problems().get(ActionViewModel.FIELD_TEXT)).doesNotContain("!");

        vm.typeProperty().set(ActionType.DISPOSE);
        vm.textProperty().set("Mohon ditindaklanjuti");
        assertThat(vm.queue()).isFalse();
        assertThat(vm.problems()).containsKey(ActionViewModel.FIELD_UNIT);
        assertThat(store.outboxFor(complaint.id())).isEmpty();
        assertThat(queued).isZero();
    }

    @Test
    void aValidActionIsQueuedOnTheVersionSeenAndItsDraftRemoved() {
        vm.textProperty().set("Laporan sudah kami teruskan.");
        scheduler.advance(ActionViewModel.AUTOSAVE_DELAY);
        assertThat(store.draft(complaint.id(), ActionType.RESPOND)).isPresent();

        assertThat(vm.queue()).isTrue();
        List<OutboxEntry> outbox = store.outboxFor(complaint.id());
        assertThat(outbox).singleElement().satisfies(e -> {
            assertThat(e.state()).isEqualTo(OutboxState.PENDING);
            assertThat(e.baseVersion()).isEqualTo(complaint.version());
            assertThat(e.action()).isEqualTo(new Respond("Laporan sudah kami teruskan.", List.of()));
        });
        assertThat(store.draft(complaint.id(), ActionType.RESPOND)).isEmpty();
        assertThat(vm.textProperty().get()).isEmpty();
        assertThat(vm.resultProperty().get()).contains("kotak keluar");
        assertThat(queued).isEqualTo(1);

        vm.edit(outbox.get(0)); // a conflict reworked: the text comes back into the form
        assertThat(vm.textProperty().get()).isEqualTo("Laporan sudah kami teruskan.");
    }

    @Test
    void theQueuedMessageGivesWayToTheConflictTheSyncFound() {
        vm.textProperty().set("Laporan sudah kami teruskan.");
        assertThat(vm.queue()).isTrue();
        assertThat(vm.resultProperty().get()).isEqualTo("Tindak lanjut masuk kotak keluar; akan dikirim saat sinkronisasi.");

        // The sync sends it; the server's copy had moved on (the reporter replied meanwhile).
        OutboxEntry sent = store.outboxFor(complaint.id()).get(0);
        assertThat(store.markSending(sent.actionId())).isTrue();
        assertThat(store.markConflict(sent.actionId(), "{}")).isTrue();
        vm.activate(); // what the desk does after every sync
        vm.setComplaint(complaint);

        assertThat(vm.resultProperty().get()).as("the form says what is true now")
                .doesNotContain("masuk kotak keluar")
                .startsWith("Tindak lanjut belum terkirim")
                .contains("Lihat perubahan");
    }

    @Test
    void theQueuedMessageSaysSoOnceTheServerTookTheActionOrRefusedIt() {
        vm.textProperty().set("Laporan sudah kami teruskan.");
        assertThat(vm.queue()).isTrue();
        OutboxEntry sent = store.outboxFor(complaint.id()).get(0);
        vm.activate(); // a sync that did not get to it: still true
        assertThat(vm.resultProperty().get()).contains("masuk kotak keluar");

        assertThat(store.markApplied(sent.actionId(), complaint.version() + 1)).isTrue();
        vm.activate();
        assertThat(vm.resultProperty().get()).isEqualTo("Tindak lanjut sudah diterima server.");

        vm.typeProperty().set(ActionType.NOTE);
        vm.textProperty().set("Menunggu jadwal perbaikan.");
        assertThat(vm.queue()).isTrue();
        OutboxEntry note = store.outboxFor(complaint.id()).stream()
                .filter(e -> e.action().type() == ActionType.NOTE).findFirst().orElseThrow();
        assertThat(store.markRejected(note.actionId(), "{}")).isTrue();
        vm.activate();
        assertThat(vm.resultProperty().get()).startsWith("Catatan internal ditolak server");
    }

    @Test
    void disposingNeedsAUnitOfTheAgencyAndThenQueues() {
        vm.typeProperty().set(ActionType.DISPOSE);
        vm.textProperty().set("Mohon dicek ke lokasi");
        vm.unitProperty().set(vm.units().stream()
                .filter(u -> complaint.unit().map(cu -> !cu.id().equals(u.id())).orElse(true)).findFirst().orElseThrow());
        assertThat(vm.queue()).as("%s", vm.problems()).isTrue();
        assertThat(store.outboxFor(complaint.id())).singleElement()
                .extracting(e -> e.action().type()).isEqualTo(ActionType.DISPOSE);
    }

    @Test
    void anAttachedFileGoesWithTheResponseByItsHash() throws Exception {
        id.penghubung.sync.AttachmentFiles store2 = new id.penghubung.sync.AttachmentFiles(dir.resolve("attachments"));
        vm.setAttachmentFiles(new id.penghubung.ui.detail.AttachmentAccess() {
            @Override
            public java.util.Optional<java.io.InputStream> open(id.penghubung.model.Attachment attachment)
                    throws java.io.IOException {
                return java.util.Optional.of(store2.open(attachment.sha256()));
            }

            @Override
            public java.util.Optional<String> importFile(Path file) {
                return java.util.Optional.of(store2.importFile(file, "application/pdf"));
            }

            @Override
            public boolean canImport() {
                return true;
            }
        });
        assertThat(vm.canAttachProperty().get()).isTrue();
        Path pdf = java.nio.file.Files.write(dir.resolve("surat.pdf"), "%PDF-1.4 surat tugas".getBytes());
        vm.attach(pdf);
        vm.attach(pdf); // the same file twice is one attachment
        String sha = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                .digest(java.nio.file.Files.readAllBytes(pdf)));
        assertThat(vm.attachments()).containsExactly(new ActionViewModel.Picked("surat.pdf", sha));

        vm.textProperty().set("Terlampir surat tugas.");
        assertThat(vm.queue()).as("%s", vm.problems()).isTrue();
        assertThat(store.outboxFor(complaint.id())).singleElement()
                .extracting(OutboxEntry::action).isEqualTo(new Respond("Terlampir surat tugas.", List.of(sha)));
        assertThat(vm.attachments()).isEmpty();
    }

    @Test
    void aTemplateIsFilledFromTheComplaint() {
        vm.applyTemplate(vm.templates().get(0));
        assertThat(vm.textProperty().get())
                .contains(complaint.trackingId().toString())
                .contains(complaint.title())
                .doesNotContain("{");
    }
}
