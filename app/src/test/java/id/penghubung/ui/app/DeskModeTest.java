package id.penghubung.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import id.penghubung.i18n.Messages;
import id.penghubung.model.Role;
import id.penghubung.store.InboxRow;
import id.penghubung.store.InboxView;
import id.penghubung.ui.DeskFixture;
import id.penghubung.ui.common.Background;
import id.penghubung.ui.common.ManualScheduler;
import id.penghubung.ui.inbox.Facet;
import id.penghubung.ui.inbox.InboxViewModel;
import id.penghubung.ui.inbox.StoreInboxData;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Ombudsman desk's decisions, without the toolkit: read-only, supervision views, the institution filter on the real store. */
class DeskModeTest {
    @TempDir
    static Path dir;
    static Desk desk;

    @BeforeAll
    static void open() {
        Path file = dir.resolve("cases.sqlite");
        DeskFixture.fill(file, 600);
        desk = new Desk(Messages.indonesian(), DeskFixture.parts(file), new Background(), DeskFixture.CLOCK);
    }

    @AfterAll
    static void close() {
        desk.close();
    }

    @Test
    void anOmbudsmanAccountGetsAReadOnlySupervisionDesk() {
        DeskMode mode = DeskMode.of(Role.OMBUDSMAN);
        assertThat(mode.canAct()).isFalse();
        assertThat(mode.acrossInstitutions()).isTrue();
        assertThat(mode.views()).containsExactly(InboxView.ALL, InboxView.OVERDUE, InboxView.DUE_SOON,
                InboxView.COMPLETED, InboxView.ARCHIVED);
        assertThat(mode.views()).noneMatch(DeskMode::isLocalWork);
        assertThat(mode.firstView()).isEqualTo(InboxView.ALL);
        assertThat(DeskMode.of(Role.ADMIN).canAct()).as("only officers act").isFalse();
    }

    @Test
    void anOfficerKeepsTheWholeDesk() {
        DeskMode mode = DeskMode.of(Role.OFFICER);
        assertThat(mode.canAct()).isTrue();
        assertThat(mode.acrossInstitutions()).isFalse();
        assertThat(mode.views()).contains(InboxView.NEEDS_FOLLOW_UP, InboxView.DRAFTS, InboxView.OUTBOX,
                InboxView.CONFLICTS);
        assertThat(mode.firstView()).isEqualTo(InboxView.NEEDS_FOLLOW_UP);
        // Every status view is in the sidebar, so the counts the officer sees add up to "Semua" (a held complaint too).
        assertThat(mode.views()).containsAll(InboxView.STATUS_VIEWS);
    }

    @Test
    void theInstitutionAndRegencyFiltersDriveTheStoreQuery() {
        Executor direct = Runnable::run;
        InboxViewModel vm = new InboxViewModel(Messages.indonesian(), new StoreInboxData(desk.store(), desk.queries()),
                direct, direct, new ManualScheduler(), DeskFixture.CLOCK, desk.workingDays(), desk.zone());
        vm.viewProperty().set(InboxView.ALL);
        vm.activate();
        int all = vm.rows().size();
        assertThat(vm.agencies()).extracting(Facet::name).containsExactly("Kementerian Kesehatan",
                "Pemerintah Kota Bandung", "Pemerintah Provinsi Jawa Timur");
        assertThat(vm.regencies()).hasSizeGreaterThan(1);

        Facet health = vm.agencies().stream().filter(f -> f.id().equals("ag-2")).findFirst().orElseThrow();
        vm.agencyFilterProperty().set(health);

        assertThat(vm.query().filter().agencyId()).contains("ag-2");
        int shown = vm.rows().size();
        assertThat(shown).isPositive().isLessThan(all);
        List<InboxRow> rows = vm.shown().orElseThrow().page(0, shown);
        assertThat(rows).allMatch(r -> r.agencyName().equals("Kementerian Kesehatan"));

        String regency = rows.getFirst().regency();
        vm.regencyFilterProperty().set(regency);
        assertThat(vm.query().filter().regency()).contains(regency);
        assertThat(vm.shown().orElseThrow().page(0, 1_000)).isNotEmpty()
                .allMatch(r -> r.regency().equals(regency) && r.agencyName().equals("Kementerian Kesehatan"));

        vm.clearFilters();
        assertThat(vm.query().filter().agencyId()).isEmpty();
        assertThat(vm.rows().size()).isEqualTo(all);
    }
}
