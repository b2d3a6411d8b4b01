package id.penghubung.ui.ranking;

import id.penghubung.model.Complaint;
import id.penghubung.model.report.FactsOf;
import id.penghubung.model.report.IndicatorReport;
import id.penghubung.model.report.ReportBuilder;
import id.penghubung.model.report.ReportGrouping;
import id.penghubung.model.report.ReportPeriod;
import id.penghubung.model.sla.DeadlineCalculator;
import id.penghubung.store.CachePage;
import id.penghubung.store.CaseStore;
import id.penghubung.store.DashboardQueries;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * What the ranking reads from the cache (the narrow port its view model depends on): the indicator
 * report of a period and grouping — computed by the report model ({@link ReportBuilder}, one truth
 * with the CLI report and the PDF) — optionally only for complaints in one regency, and the regencies.
 */
public interface RankingData {
    /** Complaints read per page when the whole cache is streamed through the report model. */
    int PAGE = 500;

    IndicatorReport report(ReportPeriod period, ReportGrouping by, Optional<String> regency);

    List<String> regencies();

    /** The port over the account's cache: every complaint in keyset pages, through {@link FactsOf} into the builder. */
    static RankingData of(CaseStore store, DashboardQueries queries, DeadlineCalculator calculator, Clock clock) {
        return new RankingData() {
            @Override
            public IndicatorReport report(ReportPeriod period, ReportGrouping by, Optional<String> regency) {
                ReportBuilder builder = new ReportBuilder(period, by, calculator.calendar(), clock.instant());
                CachePage.Position at = CachePage.Position.START;
                while (true) {
                    CachePage page = store.complaintsAfter(at, PAGE);
                    if (page.complaints().isEmpty()) {
                        return builder.build();
                    }
                    for (Complaint c : page.complaints()) {
                        if (regency.isEmpty() || regency.get().equals(c.location().regency())) {
                            builder.add(FactsOf.of(c, by, calculator, builder.asOf()));
                        }
                    }
                    at = page.next();
                }
            }

            @Override
            public List<String> regencies() {
                return queries.regencies();
            }
        };
    }
}
