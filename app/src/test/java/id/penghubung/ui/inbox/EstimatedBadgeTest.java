package id.penghubung.ui.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import id.penghubung.i18n.Messages;
import id.penghubung.model.Complaint;
import id.penghubung.model.ModelFixtures;
import id.penghubung.model.TrackingId;
import id.penghubung.model.calendar.WorkingCalendar;
import id.penghubung.model.sla.DeadlineCalculator;
import id.penghubung.model.sla.DeadlineEstimate;
import id.penghubung.model.sla.SlaPolicy;
import id.penghubung.store.CaseStore;
import id.penghubung.store.DashboardQueries;
import id.penghubung.store.InboxQuery;
import id.penghubung.store.InboxRow;
import id.penghubung.store.InboxView;
import id.penghubung.ui.app.Desk;
import id.penghubung.ui.common.WorkingDays;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The inbox badge of a deadline resting on estimated days is marked "≈" and says why on hover; a decreed one is not. */
class EstimatedBadgeTest {
    private static final Instant NOW = Instant.parse("2027-03-02T03:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    @TempDir
    Path dir;

    @Test
    void aBadgeOverEstimatedDaysIsMarkedWithItsReasonAndADecreedOneIsNot() {
        DeadlineCalculator rules = new DeadlineCalculator(WorkingCalendar.bundled(), SlaPolicy.standard());
        WorkingCalendar cal = rules.calendar();
        WorkingDays days = new WorkingDays() {
            @Override
            public int left(Instant now, Instant dueAt) {
                return cal.workingDaysLeft(now, dueAt);
            }

            @Override
            public Instant add(Instant from, int n) {
                return cal.addWorkingDays(from, n);
            }
        };
        try (CaseStore store = CaseStore.open(dir.resolve("cases.sqlite"), Desk.deadlineIndex(CLOCK), CLOCK);) {
            store.applyPage(List.of(disposed("lebaran", "3100001", "2027-03-01T09:00"),
                    disposed("decreed", "3100002", "2026-12-01T09:00")), List.of(), "c1");
            try (DashboardQueries queries = DashboardQueries.open(store)) {
                AtomicInteger evaluated = new AtomicInteger();
                InboxData data = new StoreInboxData(store, queries, "u", c -> {
                    evaluated.incrementAndGet();
                    return rules.evaluate(c, NOW);
                }, d -> DeadlineEstimate.reason(d, rules));
                RowBadges badges = new RowBadges(data, Messages.indonesian(), days, cal.zone());
                List<InboxRow> rows = badges.read(InboxView.ALL, store.page(InboxQuery.of(InboxView.ALL, NOW, NOW), 0, 10));
                // Each row's complaint is read and its clocks evaluated once, for the badge and its estimate alike.
                assertThat(evaluated).hasValue(rows.size());
                InboxRow lebaran = rows.stream().filter(r -> r.id().equals("lebaran")).findFirst().orElseThrow();
                InboxRow decreed = rows.stream().filter(r -> r.id().equals("decreed")).findFirst().orElseThrow();

                assertThat(badges.of(lebaran, NOW).text()).startsWith("≈ ");
                assertThat(badges.of(lebaran, NOW).tooltip()).contains("perkiraan: cuti bersama 2027 belum ditetapkan");
                assertThat(badges.of(decreed, NOW).text()).doesNotContain("≈");
                assertThat(badges.of(decreed, NOW).tooltip()).doesNotContain("perkiraan");
            }
        }
    }

    private static Complaint disposed(String id, String tracking, String disposedWib) {
        Complaint c = ModelFixtures.complaint(disposedWib).disposed(disposedWib).build();
        return new Complaint(id, new TrackingId(tracking), c.version(), c.title(), c.body(), c.classification(), c.anonymous(),
                c.confidential(), c.category(), c.channel(), c.status(), c.submittedAt(), c.disposedAt(), c.incidentDate(),
                c.location(), c.agency(), c.unit(), c.reporter(), c.attachments(), c.events());
    }
}
