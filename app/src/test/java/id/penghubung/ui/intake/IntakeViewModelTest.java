package id.penghubung.ui.intake;

import static org.assertj.core.api.Assertions.assertThat;

import id.penghubung.model.ActionType;
import id.penghubung.model.Channel;
import id.penghubung.model.Role;
import id.penghubung.model.action.ActingAccount;
import id.penghubung.model.action.Create;
import id.penghubung.model.action.CreateValidator;
import id.penghubung.model.action.Problem;
import id.penghubung.store.CaseStore;
import id.penghubung.store.OutboxEntry;
import id.penghubung.store.SimilarCandidate;
import id.penghubung.store.SimilarWorld;
import id.penghubung.store.SyntheticComplaints;
import id.penghubung.testing.MutableClock;
import id.penghubung.ui.common.ManualScheduler;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The intake form's logic over a real cache: similar complaints after typing stops, a CREATE queued, a bad entry kept. */
class IntakeViewModelTest {
    private static final ActingAccount OFFICER = new ActingAccount("u-penghubung", "Penghubung", Role.OFFICER,
            Optional.of("pemkot-bandung"));
    private static final Map<String, String> CATEGORIES = Map.of("pu.jalan", "Jalan", "pu.drainase", "Drainase");

    @TempDir
    Path dir;

    @Test
    void similarComplaintsShowOnceTypingStopsAndAValidFormQueuesACreate() {
        MutableClock clock = new MutableClock(SimilarWorld.T0.plus(Duration.ofDays(1)));
        ManualScheduler scheduler = new ManualScheduler();
        try (CaseStore store = CaseStore.open(dir.resolve("cache.db"), SyntheticComplaints.deadlines())) {
            store.applyPage(SimilarWorld.complaints(), List.of(), "c1");
            IntakeViewModel vm = new IntakeViewModel(new StoreIntakeData(store), OFFICER, CATEGORIES, Runnable::run, Runnable::run, scheduler, clock,
                    ZoneId.of("Asia/Jakarta"));
            vm.categoryId.set("pu.jalan");
            vm.regency.set("Kota Bandung");
            vm.district.set("Coblong");
            vm.village.set("Dago");
            vm.title.set("Jalan Cikapayang berlubang dekat Taman Flexi");
            vm.body.set("Penelepon: lubang besar di Jalan Cikapayang depan Taman Flexi, pengendara ojek jatuh.");

            scheduler.advance(IntakeViewModel.DEBOUNCE.minusMillis(1));
            assertThat(vm.similar()).as("not while typing").isEmpty();
            scheduler.advance(Duration.ofMillis(1));
            assertThat(vm.similar()).extracting(SimilarCandidate::trackingId).startsWith(SyntheticComplaints.trackingOf(1));

            vm.provinceId.set("32");
            vm.channel.set(Channel.LETTER);
            vm.anonymous.set(true);
            assertThat(vm.queue()).as(vm.problems().toString()).isTrue();

            List<OutboxEntry> queued = store.outbox();
            assertThat(queued).singleElement().satisfies(e -> {
                assertThat(e.action().type()).isEqualTo(ActionType.CREATE);
                assertThat(((Create) e.action()).channel()).isEqualTo(Channel.LETTER);
                assertThat(((Create) e.action()).anonymous()).isTrue();
            });
            assertThat(vm.title.get()).isEmpty();
            vm.close();
        }
    }

    @Test
    void aBadEntryListsItsProblemsAndKeepsWhatWasTyped() {
        MutableClock clock = new MutableClock(SimilarWorld.T0);
        try (CaseStore store = CaseStore.open(dir.resolve("cache.db"), SyntheticComplaints.deadlines())) {
            IntakeViewModel vm = new IntakeViewModel(new StoreIntakeData(store), OFFICER, CATEGORIES, Runnable::run, Runnable::run,
                    new ManualScheduler(), clock, ZoneId.of("Asia/Jakarta"));
            vm.body.set("Isi pengaduan yang panjang dan tidak boleh hilang.");
            vm.categoryId.set("pu.jalan");

            assertThat(vm.queue()).isFalse();

            assertThat(vm.problems()).extracting(Problem::field).contains(CreateValidator.FIELD_TITLE,
                    CreateValidator.FIELD_LOCATION, CreateValidator.FIELD_REPORTER);
            assertThat(vm.body.get()).isEqualTo("Isi pengaduan yang panjang dan tidak boleh hilang.");
            assertThat(store.outbox()).isEmpty();
        }
    }
}
