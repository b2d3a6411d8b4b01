package id.penghubung.ui.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import id.penghubung.i18n.Messages;
import id.penghubung.store.CaseStore;
import id.penghubung.store.DashboardQueries;
import id.penghubung.store.InboxQuery;
import id.penghubung.store.InboxRow;
import id.penghubung.store.InboxView;
import id.penghubung.model.ActionType;
import id.penghubung.ui.DeskFixture;
import id.penghubung.ui.app.Desk;
import id.penghubung.ui.common.ManualScheduler;
import id.penghubung.ui.common.QueuedExecutor;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The inbox's view model on a real store, without the toolkit: rows, counts, search debounce, latest wins. */
class InboxViewModelTest {
    @TempDir
    static Path dir;
    static CaseStore store;
    static DashboardQueries queries;
    static Desk desk;

    private final ManualScheduler scheduler = new ManualScheduler();
    private final List<String> searches = new ArrayList<>();

    @BeforeAll
    static void open() {
        Path file = dir.resolve("cases.sqlite");
        DeskFixture.fill(file, 1_000);
        DeskFixture.mark(file);
        Desk.Parts parts = DeskFixture.parts(file);
        store = parts.store();
        desk = new Desk(Messages.indonesian(), parts, new id.penghubung.ui.common.Background(), DeskFixture.CLOCK);
        queries = desk.queries();
    }

    @AfterAll
    static void close() {
        desk.close();
    }

    /** The real store's data, counting the searches it runs. */
    private InboxData data() {
        return new Forwarding(new StoreInboxData(store, queries)) {
            @Override
            public List<InboxRow> search(String text, InboxQuery query, int limit) {
                synchronized (searches) {
                    searches.add(text);
                }
                return super.search(text, query, limit);
            }
        };
    }

    /** Every read passed on to {@code real}; a test overrides the one it watches or breaks. */
    private static class Forwarding implements InboxData {
        private final InboxData real;

        Forwarding(InboxData real) {
            this.real = real;
        }

        @Override
        public int count(InboxQuery query) {
            return real.count(query);
        }

        @Override
        public List<InboxRow> page(InboxQuery query, int offset, int limit) {
            return real.page(query, offset, limit);
        }

        @Override
        public List<InboxRow> search(String text, InboxQuery query, int limit) {
            return real.search(text, query, limit);
        }

        @Override
        public Map<InboxView, Integer> counts(Instant now, Instant soonThreshold) {
            return real.counts(now, soonThreshold);
        }

        @Override
        public List<Facet> categories() {
            return real.categories();
        }

        @Override
        public List<Facet> units() {
            return real.units();
        }
    }

    private InboxViewModel vm(Executor background) {
        return new InboxViewModel(Messages.indonesian(), data(), background, Runnable::run, scheduler,
                DeskFixture.CLOCK, desk.workingDays(), desk.zone());
    }

    @Test
    void activateShowsTheViewAndItsCounts() {
        InboxViewModel vm = vm(Runnable::run);
        vm.activate();
        Instant now = DeskFixture.NOW;
        Map<InboxView, Integer> expected = store.counts(now, vm.soonThreshold(now));
        assertThat(vm.counts()).containsAllEntriesOf(expected);
        assertThat(vm.rows()).hasSize(expected.get(InboxView.NEEDS_FOLLOW_UP));
        assertThat(vm.rows().get(0).row()).isPresent();
        assertThat(vm.resultTextProperty().get()).endsWith("pengaduan");
        assertThat(vm.categories()).isNotEmpty();

        vm.viewProperty().set(InboxView.COMPLETED);
        assertThat(vm.rows()).hasSize(expected.get(InboxView.COMPLETED));
        assertThat(vm.rows().get(0).row().orElseThrow().status()).isEqualTo(id.penghubung.model.Status.SELESAI);
    }

    @Test
    void filtersNarrowTheRows() {
        InboxViewModel vm = vm(Runnable::run);
        vm.viewProperty().set(InboxView.ALL);
        vm.activate();
        int all = vm.rows().size();
        vm.channelFilterProperty().set(id.penghubung.model.Channel.SMS_1708);
        assertThat(vm.rows().size()).isBetween(1, all - 1);
        for (int i = 0; i < Math.min(50, vm.rows().size()); i++) {
            assertThat(vm.rows().get(i).row().orElseThrow().channel()).isEqualTo(id.penghubung.model.Channel.SMS_1708);
        }
        vm.clearFilters();
        assertThat(vm.rows()).hasSize(all);
    }

    @Test
    void typingIsDebouncedOneSearchPerPauseAndFindsTheBodyWord() {
        InboxViewModel vm = vm(Runnable::run);
        vm.viewProperty().set(InboxView.ALL); // a search stays in the view: the marked one may be in any
        vm.activate();
        String word = DeskFixture.RARE_WORD;
        vm.searchTextProperty().set(word.substring(0, 1)); // first key after a pause: at once
        assertThat(searches).hasSize(1);
        for (int i = 2; i <= word.length(); i++) {
            scheduler.advance(Duration.ofMillis(30)); // typing fast: inside the debounce window
            vm.searchTextProperty().set(word.substring(0, i));
        }
        assertThat(searches).hasSize(1);
        scheduler.advance(InboxViewModel.SEARCH_DEBOUNCE);
        assertThat(searches).containsExactly(word.substring(0, 1), word);
        assertThat(vm.rows()).hasSize(1);
        assertThat(vm.rows().get(0).row().orElseThrow().id()).isEqualTo("c-" + DeskFixture.MARKED);
        assertThat(vm.searchingProperty().get()).isTrue();

        vm.searchTextProperty().set("");
        scheduler.advance(InboxViewModel.SEARCH_DEBOUNCE);
        assertThat(vm.searchingProperty().get()).isFalse();
        assertThat(vm.rows().size()).isGreaterThan(1);
    }

    @Test
    void theLatestSearchWinsEvenWhenAnOlderOneFinishesLast() {
        QueuedExecutor background = new QueuedExecutor();
        InboxViewModel vm = vm(background);
        String tracking = id.penghubung.store.SyntheticComplaints.trackingOf(42);
        vm.searchTextProperty().set("jalan"); // an older, broad search
        scheduler.advance(Duration.ofSeconds(1));
        vm.searchTextProperty().set(tracking); // the newer one
        scheduler.advance(Duration.ofSeconds(1));
        assertThat(background.size()).isEqualTo(2);
        background.run(1); // newer finishes first
        background.run(0); // older arrives late
        background.runAll();
        assertThat(vm.rows()).isNotEmpty();
        assertThat(vm.rows().get(0).row().orElseThrow().trackingId().value()).isEqualTo(tracking);
    }

    @Test
    void theFirstRowsAreReadAloneAndTheCountsAndFilterListsAfterThem() {
        QueuedExecutor background = new QueuedExecutor();
        InboxViewModel vm = vm(background);
        vm.activate();
        assertThat(background.size()).as("only the first rows' read at first").isEqualTo(1);
        background.run(0);
        assertThat(vm.rows().get(0).row()).isPresent();
        assertThat(vm.counts().get(InboxView.ALL)).isZero();
        assertThat(background.size()).as("the counts and the filter lists, once the rows are in").isEqualTo(2);
        background.runAll();
        assertThat(vm.counts().get(InboxView.ALL)).isEqualTo(1_000);
        assertThat(vm.categories()).isNotEmpty();
    }

    @Test
    void whenTheFirstRowsFailTheCountsStillCome() {
        QueuedExecutor background = new QueuedExecutor();
        InboxData real = data();
        InboxData failing = new Forwarding(real) {
            @Override
            public int count(InboxQuery query) {
                throw new IllegalStateException("broken read");
            }
        };
        InboxViewModel vm = new InboxViewModel(Messages.indonesian(), failing, background, Runnable::run, scheduler,
                DeskFixture.CLOCK, desk.workingDays(), desk.zone());
        vm.activate();
        background.runAll();
        assertThat(vm.errorTextProperty().get()).isNotBlank();
        assertThat(vm.counts().get(InboxView.ALL)).isEqualTo(1_000);
    }

    @Test
    void refreshingCountsSeesLocalWork() {
        InboxViewModel vm = vm(Runnable::run);
        vm.activate();
        int before = vm.counts().get(InboxView.DRAFTS);
        store.saveDraft("c-3", ActionType.NOTE, "catatan");
        try {
            vm.refreshCounts();
            assertThat(vm.counts().get(InboxView.DRAFTS)).isEqualTo(before + 1);
        } finally {
            store.deleteDraft("c-3", ActionType.NOTE);
        }
    }

    @Test
    void csvExportWritesTheCurrentRows() throws Exception {
        InboxViewModel vm = vm(Runnable::run);
        vm.activate();
        Path csv = dir.resolve("export.csv");
        vm.export(csv, desk.zone());
        List<String> lines = java.nio.file.Files.readAllLines(csv);
        assertThat(lines).hasSize(vm.rows().size() + 1);
        assertThat(lines.get(0)).startsWith("\uFEFFNo. pelacakan;Judul");
        assertThat(vm.noticeProperty().get()).contains("export.csv");
    }
}
