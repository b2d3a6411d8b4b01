package id.penghubung.ui.detail;

import static org.assertj.core.api.Assertions.assertThat;

import id.penghubung.i18n.Messages;
import id.penghubung.model.Complaint;
import id.penghubung.model.EventType;
import id.penghubung.model.ModelFixtures;
import id.penghubung.model.Status;
import id.penghubung.model.calendar.WorkingCalendar;
import id.penghubung.model.sla.DeadlineCalculator;
import id.penghubung.model.sla.SlaPolicy;
import id.penghubung.store.OutboxEntry;
import id.penghubung.store.SyntheticComplaints;
import id.penghubung.ui.DeskFixture;
import id.penghubung.ui.common.QueuedExecutor;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** The detail pane's view model over its narrow port, without the toolkit or a database. */
class DetailViewModelTest {
    private static final SyntheticComplaints WORLD = new SyntheticComplaints(DeskFixture.SEED);
    private final QueuedExecutor background = new QueuedExecutor();

    /** The port over a map of complaints; {@code failing}: every read fails as a damaged cache would. */
    private static DetailData data(Map<String, Complaint> complaints, boolean failing) {
        Function<String, Optional<Complaint>> read = id -> {
            if (failing) {
                throw new IllegalStateException("disk I/O error");
            }
            return Optional.ofNullable(complaints.get(id));
        };
        return new DetailData() {
            @Override
            public Optional<Complaint> complaint(String id) {
                return read.apply(id);
            }

            @Override
            public List<OutboxEntry> outboxFor(String complaintId) {
                return List.of();
            }

            @Override
            public boolean withdraw(UUID actionId) {
                return false;
            }

            @Override
            public boolean resend(UUID actionId, long newBaseVersion) {
                return false;
            }

            @Override
            public boolean discard(UUID actionId) {
                return false;
            }

            @Override
            public Optional<String> baseCopy(UUID actionId) {
                return Optional.empty();
            }
        };
    }

    private DetailViewModel vm(String lang, DetailData data) {
        return new DetailViewModel(Messages.of(Locale.of(lang)), data,
                new DeadlineCalculator(WorkingCalendar.bundled(), SlaPolicy.standard()), AttachmentAccess.none(),
                background, Runnable::run, DeskFixture.CLOCK, ZoneId.of("Asia/Jakarta"));
    }

    @Test
    void aComplaintIsShownWithItsClocksInTheDesksLanguageAndNoneBringsTheWelcomeBack() {
        Complaint c = WORLD.complaint(3);
        DetailViewModel id = vm("id", data(Map.of(c.id(), c), false));
        DetailViewModel en = vm("en", data(Map.of(c.id(), c), false));

        id.show(Optional.of(c.id()));
        en.show(Optional.of(c.id()));
        background.runAll();

        assertThat(id.complaintProperty().get()).isEqualTo(c);
        assertThat(id.titleProperty().get()).isEqualTo(c.title());
        assertThat(id.trackingProperty().get()).isEqualTo(c.trackingId().toString());
        assertThat(id.metaProperty().get()).contains("masuk ");
        assertThat(en.metaProperty().get()).contains("submitted ");
        assertThat(id.clocks()).isNotEmpty();
        assertThat(id.messageProperty().get()).isEmpty();

        id.show(Optional.empty());
        assertThat(id.complaintProperty().get()).isNull();
        assertThat(id.titleProperty().get()).isEmpty();
        assertThat(id.messageProperty().get()).isEqualTo("Selamat datang di Penghubung.");
    }

    @Test
    void theDetailSaysWhyNoIdentityIsShownAnonymousHasNoneConfidentialIsWithheld() {
        Complaint anonymous = null;
        Complaint confidential = null;
        Complaint open = null;
        for (int i = 0; i < 500 && (anonymous == null || confidential == null || open == null); i++) {
            Complaint c = WORLD.complaint(i);
            if (c.anonymous() && anonymous == null) {
                anonymous = c;
            } else if (!c.anonymous() && c.confidential() && confidential == null) {
                confidential = c;
            } else if (!c.anonymous() && !c.confidential() && open == null) {
                open = c;
            }
        }
        assertThat(anonymous).as("the synthetic world has an anonymous report").isNotNull();
        assertThat(confidential).as("the synthetic world has a confidential report").isNotNull();
        assertThat(open).isNotNull();
        DetailViewModel vm = vm("id", data(Map.of(anonymous.id(), anonymous, confidential.id(), confidential, open.id(), open), false));

        vm.show(Optional.of(anonymous.id()));
        background.runAll();
        assertThat(vm.privacyProperty().get()).startsWith("Pelapor anonim").contains("tanpa identitas");
        vm.show(Optional.of(confidential.id()));
        background.runAll();
        assertThat(vm.privacyProperty().get()).startsWith("Laporan rahasia").contains("dirahasiakan");
        vm.show(Optional.of(open.id()));
        background.runAll();
        assertThat(vm.privacyProperty().get()).isEmpty();
    }

    @Test
    void theLastChosenComplaintWinsWhenReadsFinishOutOfOrder() {
        Complaint first = WORLD.complaint(1);
        Complaint second = WORLD.complaint(2);
        DetailViewModel vm = vm("id", data(Map.of(first.id(), first, second.id(), second), false));

        vm.show(Optional.of(first.id()));
        vm.show(Optional.of(second.id()));
        background.run(1); // the second read finishes first
        background.run(0);

        assertThat(vm.complaintProperty().get()).isEqualTo(second);
        assertThat(vm.titleProperty().get()).isEqualTo(second.title());
    }

    @Test
    void aCacheThatCannotBeReadIsSaidInTheOfficersWordsAndNothingIsShown() {
        Complaint c = WORLD.complaint(4);
        DetailViewModel vm = vm("en", data(Map.of(c.id(), c), true));

        vm.show(Optional.of(c.id()));
        background.runAll();

        assertThat(vm.complaintProperty().get()).isNull();
        // One failure path (OfficerText): an unknown failure reads as the generic text, never the raw message.
        Messages en = Messages.of(Locale.of("en"));
        assertThat(vm.messageProperty().get()).isEqualTo(en.get("ui.error.store", en.get("ui.error.unexpected")))
                .doesNotContain("disk I/O error");
        assertThat(vm.messageProperty().get()).doesNotContain("ui.error");
    }

    @Test
    void whenTheReportersReplyWindowLapsesTheDeskSaysSoAndOffersWhatLaporAllows() {
        java.time.LocalDate today = java.time.LocalDate.ofInstant(DeskFixture.CLOCK.instant(), ZoneId.of("Asia/Jakarta"));
        Complaint asked = ModelFixtures.complaint(today.minusDays(45) + "T08:00").disposed(today.minusDays(44) + "T09:00")
                .event(EventType.INFO_REQUESTED, today.minusDays(40) + "T10:00").status(Status.PROSES).build();
        Complaint waiting = ModelFixtures.complaint(today.minusDays(5) + "T08:00").disposed(today.minusDays(4) + "T09:00")
                .event(EventType.INFO_REQUESTED, today.minusDays(3) + "T10:00").status(Status.PROSES).build();
        DetailViewModel id = vm("id", data(Map.of(asked.id(), asked), false));
        id.show(Optional.of(asked.id()));
        background.runAll();
        assertThat(id.replyLapseProperty().get()).contains("Batas jawaban pelapor lewat", "Selesaikan", "Minta informasi");
        DetailViewModel notYet = vm("en", data(Map.of(waiting.id(), waiting), false));
        notYet.show(Optional.of(waiting.id()));
        background.runAll();
        assertThat(notYet.replyLapseProperty().get()).isEmpty();
    }

    @Test
    void theChronologyAndTheHeaderGiveTimesWithTheOfficeZoneLabelAndTheCalendarVersionIsShown() {
        Complaint c = ModelFixtures.complaint("2026-03-02T08:00").disposed("2026-03-03T09:00")
                .event(EventType.RESPONDED, "2026-03-04T10:00").status(Status.PROSES).build();
        DetailViewModel vm = new DetailViewModel(Messages.indonesian(), data(Map.of(c.id(), c), false),
                new DeadlineCalculator(WorkingCalendar.bundled(), SlaPolicy.standard()), AttachmentAccess.none(),
                background, Runnable::run, DeskFixture.CLOCK, ZoneId.of("Asia/Jayapura"));
        vm.show(Optional.of(c.id()));
        background.runAll();
        assertThat(vm.timeline()).isNotEmpty().allSatisfy(line -> assertThat(line.when()).endsWith(" WIT"));
        // The submitted time carries the label once; the counting zone is stated once.
        assertThat(vm.metaProperty().get()).containsPattern("masuk [^·]*\\d{2}\\.\\d{2} WIT  ·").doesNotContain("WIT WIT")
                .contains("Tenggat dihitung dalam WIT");
        assertThat(vm.calendarProperty().get())
                .isEqualTo("Kalender: SKB 3 Menteri No. 1497/2025 (tahun 2026); 2027 perkiraan \u00b7 diperbarui 30 Nov 2026");
    }

    @Test
    void aLapsedReplyWindowOffersCompleteOrAskAgainAndAChoicePreselectsThatActionWithoutSendingIt() {
        java.time.LocalDate today = java.time.LocalDate.ofInstant(DeskFixture.CLOCK.instant(), ZoneId.of("Asia/Jakarta"));
        Complaint asked = ModelFixtures.complaint(today.minusDays(45) + "T08:00").disposed(today.minusDays(44) + "T09:00")
                .event(EventType.INFO_REQUESTED, today.minusDays(40) + "T10:00").status(Status.PROSES).build();
        Complaint waiting = ModelFixtures.complaint(today.minusDays(5) + "T08:00").disposed(today.minusDays(4) + "T09:00")
                .event(EventType.INFO_REQUESTED, today.minusDays(3) + "T10:00").status(Status.PROSES).build();
        DetailViewModel officer = vm("id", data(Map.of(asked.id(), asked), false));
        List<id.penghubung.model.ActionType> chosen = new java.util.ArrayList<>();
        officer.setOnChooseAction(chosen::add);
        officer.show(Optional.of(asked.id()));
        background.runAll();
        assertThat(officer.lapseActions()).containsExactly(id.penghubung.model.ActionType.COMPLETE,
                id.penghubung.model.ActionType.REQUEST_INFO);
        officer.choose(id.penghubung.model.ActionType.REQUEST_INFO);
        officer.choose(id.penghubung.model.ActionType.RESPOND); // not offered: nothing happens
        assertThat(chosen).containsExactly(id.penghubung.model.ActionType.REQUEST_INFO);

        DetailViewModel officerAgain = vm("id", data(Map.of(waiting.id(), waiting), false));
        officerAgain.setOnChooseAction(chosen::add);
        officerAgain.show(Optional.of(waiting.id()));
        background.runAll();
        assertThat(officerAgain.lapseActions()).as("the window still runs").isEmpty();

        // A desk that may not act (the Ombudsman's) is told, but offered nothing.
        DetailViewModel ombudsman = vm("id", data(Map.of(asked.id(), asked), false));
        ombudsman.show(Optional.of(asked.id()));
        background.runAll();
        assertThat(ombudsman.replyLapseProperty().get()).isNotEmpty();
        assertThat(ombudsman.lapseActions()).isEmpty();
    }
}
