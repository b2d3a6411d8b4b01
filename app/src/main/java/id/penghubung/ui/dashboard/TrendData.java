package id.penghubung.ui.dashboard;

import id.penghubung.model.report.ReportBuilder;
import id.penghubung.model.report.ReportGrouping;
import id.penghubung.model.report.ReportPeriod;
import id.penghubung.model.report.TrendPoint;
import id.penghubung.model.report.TrendStep;
import id.penghubung.model.sla.DeadlineCalculator;
import id.penghubung.store.CaseStore;
import id.penghubung.store.TrendFacts;
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
     * Over the account's cache: the store's table of per-complaint facts, added up by day ({@link TrendFacts}),
     * into the report builder, so the counts are the periodic report's and {@code penghubung report}'s; the
     * complaints the table cannot answer for (and a cache without the table's rows) through the report's own
     * reader, {@value #READERS} readers at once.
     */
    static TrendData of(CaseStore store, DeadlineCalculator calculator, Clock clock) {
        return period -> {
            ReportBuilder builder = new ReportBuilder(period, ReportGrouping.INSTITUTION, calculator.calendar(), clock.instant());
            TrendFacts.count(store, READERS, calculator, period, builder);
            return new Trends(builder.trend(TrendStep.WEEK), builder.trend(TrendStep.MONTH));
        };
    }
}
