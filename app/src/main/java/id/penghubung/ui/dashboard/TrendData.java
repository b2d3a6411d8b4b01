package id.penghubung.ui.dashboard;

import id.penghubung.model.Complaint;
import id.penghubung.model.report.FactsOf;
import id.penghubung.model.report.ReportBuilder;
import id.penghubung.model.report.ReportGrouping;
import id.penghubung.model.report.ReportPeriod;
import id.penghubung.model.report.TrendPoint;
import id.penghubung.model.report.TrendStep;
import id.penghubung.model.sla.DeadlineCalculator;
import id.penghubung.store.CachePage;
import id.penghubung.store.CaseStore;
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

    /** Over the account's cache, in keyset pages, through {@link FactsOf} into the report builder. */
    static TrendData of(CaseStore store, DeadlineCalculator calculator, Clock clock) {
        return period -> {
            ReportBuilder builder = new ReportBuilder(period, ReportGrouping.INSTITUTION, calculator.calendar(), clock.instant());
            CachePage.Position at = CachePage.Position.START;
            while (true) {
                CachePage page = store.complaintsAfter(at, 500);
                if (page.complaints().isEmpty()) {
                    return new Trends(builder.trend(TrendStep.WEEK), builder.trend(TrendStep.MONTH));
                }
                for (Complaint c : page.complaints()) {
                    builder.add(FactsOf.of(c, ReportGrouping.INSTITUTION, calculator, builder.asOf()));
                }
                at = page.next();
            }
        };
    }
}
