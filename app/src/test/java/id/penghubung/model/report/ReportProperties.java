package id.penghubung.model.report;

import static org.assertj.core.api.Assertions.assertThat;

import id.penghubung.model.AgencyRef;
import id.penghubung.model.Complaint;
import id.penghubung.model.EventType;
import id.penghubung.model.ModelFixtures;
import id.penghubung.model.Status;
import id.penghubung.model.calendar.WorkingCalendar;
import id.penghubung.model.sla.DeadlineCalculator;
import id.penghubung.model.sla.SlaPolicy;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Laws of the indicators over random chronologies in 2026, with the real calendar and policy. */
class ReportProperties {
    private static final WorkingCalendar CALENDAR = WorkingCalendar.bundled();
    private static final DeadlineCalculator CALC = new DeadlineCalculator(CALENDAR, SlaPolicy.standard());
    private static final ReportPeriod Q2 = new ReportPeriod(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 6, 30));
    private static final Instant NOW = ModelFixtures.wib("2026-12-31T12:00");
    private static final List<EventType> STEPS = List.of(EventType.RESPONDED, EventType.INFO_REQUESTED, EventType.COMPLETED,
            EventType.ARCHIVED, EventType.REDIRECTED, EventType.NOT_AUTHORIZED, EventType.REPORTER_REPLIED, EventType.NOTE);

    /** One random complaint: its agency, day of submission, whether it was disposed, and its later steps. */
    record Spec(int agency, int submittedDay, boolean disposed, int disposalDelay, List<int[]> steps) {
        Complaint build() {
            LocalDateTime submitted = LocalDate.of(2026, 1, 1).plusDays(submittedDay).atTime(9, 0);
            ModelFixtures.Builder b = ModelFixtures.complaint(submitted.toString());
            if (!disposed) {
                return b.build();
            }
            LocalDateTime disposedAt = submitted.plusDays(disposalDelay).plusHours(2);
            b.disposed(disposedAt.toString()).agency(new AgencyRef("a" + agency, "Instansi " + agency)).status(Status.PROSES);
            Status status = Status.PROSES;
            for (int[] s : steps) {
                EventType t = STEPS.get(s[0]);
                b.event(t, disposedAt.plusDays(s[1]).plusMinutes(s[2]).toString());
                status = t == EventType.COMPLETED ? Status.SELESAI : t == EventType.ARCHIVED ? Status.ARSIP
                        : t == EventType.REPORTER_REPLIED ? Status.PROSES : status;
            }
            return b.status(status).build();
        }
    }

    @Provide
    Arbitrary<List<Spec>> complaints() {
        Arbitrary<int[]> step = Combinators.combine(Arbitraries.integers().between(0, STEPS.size() - 1),
                Arbitraries.integers().between(0, 90), Arbitraries.integers().between(0, 600))
                .as((t, d, m) -> new int[] {t, d, m});
        Arbitrary<Spec> spec = Combinators.combine(Arbitraries.integers().between(0, 7), Arbitraries.integers().between(40, 200),
                Arbitraries.of(true, true, true, false), Arbitraries.integers().between(0, 4), step.list().ofMaxSize(4))
                .as(Spec::new);
        return spec.list().ofMaxSize(40);
    }

    private static IndicatorReport report(List<Complaint> complaints) {
        ReportBuilder builder = new ReportBuilder(Q2, ReportGrouping.INSTITUTION, CALENDAR, NOW);
        for (Complaint c : complaints) {
            builder.add(FactsOf.of(c, ReportGrouping.INSTITUTION, CALC, builder.asOf()));
        }
        return builder.build();
    }

    @Property(tries = 80)
    void onTimeAndLateAddUpToDue(@ForAll("complaints") List<Spec> specs) {
        IndicatorReport r = report(specs.stream().map(Spec::build).toList());
        List<GroupIndicators> rows = new ArrayList<>(r.groups());
        rows.add(r.totals());
        for (GroupIndicators g : rows) {
            assertThat(g.followUpOnTime() + g.followUpLate()).isEqualTo(g.followUpDue());
            assertThat(g.followUpDue()).isLessThanOrEqualTo(g.received());
            assertThat(g.completedOnTime()).isLessThanOrEqualTo(g.completed());
        }
        assertThat(r.months().stream().mapToInt(MonthTrend::received).sum()).isEqualTo(r.totals().received());
        assertThat(r.months().stream().mapToInt(MonthTrend::followUpDue).sum()).isEqualTo(r.totals().followUpDue());
    }

    @Property(tries = 80)
    void rankOrderFollowsTheScoreWithinEachVolumeGroup(@ForAll("complaints") List<Spec> specs) {
        List<GroupIndicators> rows = report(specs.stream().map(Spec::build).toList()).groups();
        for (GroupIndicators a : rows) {
            for (GroupIndicators b : rows) {
                if (a.volumeGroup() != b.volumeGroup()) {
                    continue;
                }
                double sa = a.score().orElse(-1);
                double sb = b.score().orElse(-1);
                if (sa > sb) {
                    assertThat(a.rank()).isLessThan(b.rank());
                } else if (sa == sb) {
                    assertThat(a.rank()).isEqualTo(b.rank());
                }
            }
            boolean shared = rows.stream().anyMatch(b -> b != a && b.volumeGroup() == a.volumeGroup()
                    && b.score().equals(a.score()));
            assertThat(a.tieNote().isPresent()).isEqualTo(shared || a.score().isEmpty());
        }
    }

    @Property(tries = 80)
    void complaintsAtVerificationAreNeverCounted(@ForAll("complaints") List<Spec> specs) {
        List<Complaint> all = specs.stream().map(Spec::build).toList();
        List<Complaint> past = all.stream().filter(c -> c.status() != Status.BELUM_TERVERIFIKASI).toList();
        assertThat(report(all)).isEqualTo(report(past));
    }
}
