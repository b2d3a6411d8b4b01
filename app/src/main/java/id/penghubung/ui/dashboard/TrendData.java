package id.penghubung.ui.dashboard;

import id.penghubung.model.report.FactsOf;
import id.penghubung.model.report.ReportBuilder;
import id.penghubung.model.report.ReportGrouping;
import id.penghubung.model.report.ReportPeriod;
import id.penghubung.model.report.TrendPoint;
import id.penghubung.model.report.TrendStep;
import id.penghubung.model.sla.DeadlineCalculator;
import id.penghubung.store.CaseStore;
import id.penghubung.store.ReportFacts;
import java.time.Clock;
import java.util.List;

/**
 * What the dashboard's trend charts read (a narrow port): a period's weeks and months, counted by the
 * report model ({@link ReportBuilder}) — the same counts as the periodic report and {@code penghubung report}.
 */
public interface TrendData {
    /** Weeks and months of one period, from one pass over the cache. */
    record Trends(List<TrendPoint> weeks, List<TrendPoint> months) {
        public Trends {
            weeks = List.copyOf(weeks);
            months = List.copyOf(months);
        }
    }

    Trends trends(ReportPeriod period);

    /**
     * Over the account's cache through the report's own reader ({@link ReportFacts}: keyset pages, only the
     * columns and events the indicators read, no bodies or identities), through {@link FactsOf} into the
     * report builder: the same walk as {@code penghubung report}, so a 300,000-complaint cache's year
     * stays within the dashboard's second.
     */
    static TrendData of(CaseStore store, DeadlineCalculator calculator, Clock clock) {
        return period -> {
            ReportBuilder builder = new ReportBuilder(period, ReportGrouping.INSTITUTION, calculator.calendar(), clock.instant());
            try (ReportFacts facts = ReportFacts.open(store)) {
                facts.forEach(ReportGrouping.INSTITUTION, calculator, period.start(calculator.calendar().zone()),
                        builder.asOf(), builder::add);
            }
            return new Trends(builder.trend(TrendStep.WEEK), builder.trend(TrendStep.MONTH));
        };
    }
}
