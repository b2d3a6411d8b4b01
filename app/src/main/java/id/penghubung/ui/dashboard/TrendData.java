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
import id.penghubung.store.SplitWalk;
import java.time.Clock;
import java.util.List;

/**
 * What the dashboard's trend charts read (a narrow port): a period's weeks and months, counted by the
 * report model ({@link ReportBuilder}) — the same counts as the periodic report and {@code penghubung report}.
 */
public interface TrendData {
    /** Readers of one trend walk: the desk's cores (the machine the dashboard's second is measured on has two). */
    int READERS = 2;

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
     * report builder: the same facts as {@code penghubung report}, read by {@value #READERS} readers at once
     * ({@link SplitWalk}: the trends are counts, so the order the facts arrive in does not matter).
     */
    static TrendData of(CaseStore store, DeadlineCalculator calculator, Clock clock) {
        return period -> {
            ReportBuilder builder = new ReportBuilder(period, ReportGrouping.INSTITUTION, calculator.calendar(), clock.instant());
            SplitWalk.forEach(store.file(), READERS, ReportGrouping.INSTITUTION, calculator,
                    period.start(calculator.calendar().zone()), builder.asOf(), builder::add);
            return new Trends(builder.trend(TrendStep.WEEK), builder.trend(TrendStep.MONTH));
        };
    }
}
