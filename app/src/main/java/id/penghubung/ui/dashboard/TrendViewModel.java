package id.penghubung.ui.dashboard;

import id.penghubung.i18n.Messages;
import id.penghubung.model.report.ReportPeriod;
import id.penghubung.model.report.TrendPoint;
import id.penghubung.model.report.TrendStep;
import id.penghubung.ui.common.LatestRead;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executor;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The dashboard's trends (issue 18): complaints received, answered (first follow-up) and completed per
 * week (the last {@value #WEEKS}) or per month (the last {@value #MONTHS}, a toggle), and the on-time
 * follow-up share per month. Counted by the report model, so the numbers are the periodic report's;
 * read off the FX thread.
 */
public final class TrendViewModel {
    static final int WEEKS = 12;
    static final int MONTHS = 12;

    /** One bar group: its label and counts; {@code onTimePercent} null when nothing received in it was due. */
    public record Point(String label, int received, int answered, int completed, Double onTimePercent) {
    }

    private final Messages messages;
    private final TrendData data;
    private final Clock clock;
    private final ZoneId zone;
    private final ObjectProperty<TrendStep> step = new SimpleObjectProperty<>(TrendStep.MONTH);
    private final ObservableList<Point> points = FXCollections.observableArrayList();
    private final ObservableList<Point> months = FXCollections.observableArrayList();
    private TrendData.Trends last;
    private final LatestRead read;

    public TrendViewModel(Messages messages, TrendData data, Executor background, Executor ui, Clock clock, ZoneId zone) {
        this.messages = Objects.requireNonNull(messages);
        this.data = Objects.requireNonNull(data);
        this.read = new LatestRead(messages, background, ui);
        this.clock = Objects.requireNonNull(clock);
        this.zone = Objects.requireNonNull(zone);
    }

    /** The period read: the last {@value #MONTHS} calendar months, this one included. */
    public ReportPeriod period() {
        LocalDate today = LocalDate.ofInstant(clock.instant(), zone);
        return new ReportPeriod(today.withDayOfMonth(1).minusMonths(MONTHS - 1), today.withDayOfMonth(today.lengthOfMonth()));
    }

    /** Reads the trends in the background; the last request wins. */
    public void refresh() {
        ReportPeriod period = period();
        read.run(() -> data.trends(period), trends -> {
            last = trends;
            show();
        });
    }

    /** Weeks or months: redraws from what was read, nothing read again. */
    public void setStep(TrendStep value) {
        step.set(Objects.requireNonNull(value));
        show();
    }

    private void show() {
        if (last == null) {
            return;
        }
        LocalDate today = LocalDate.ofInstant(clock.instant(), zone);
        LocalDate firstWeek = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(WEEKS - 1);
        List<TrendPoint> shown = step.get() == TrendStep.WEEK
                ? last.weeks().stream().filter(p -> !p.start().isBefore(firstWeek) && !p.start().isAfter(today)).toList()
                : last.months();
        points.setAll(shown.stream().map(p -> point(p, step.get())).toList());
        months.setAll(last.months().stream().map(p -> point(p, TrendStep.MONTH)).toList());
    }

    private Point point(TrendPoint p, TrendStep kind) {
        String label = kind == TrendStep.WEEK
                ? messages.get("ui.trend.week", p.start().format(DateTimeFormatter.ofPattern("d MMM", messages.locale())))
                : p.start().format(DateTimeFormatter.ofPattern("MMM yy", messages.locale()));
        Double onTime = p.followUpOnTimePercent().isPresent() ? p.followUpOnTimePercent().getAsDouble() : null;
        return new Point(label, p.received(), p.answered(), p.completed(), onTime);
    }

    public Messages messages() {
        return messages;
    }

    public ObjectProperty<TrendStep> stepProperty() {
        return step;
    }

    /** The received/answered/completed groups of the chosen step, oldest first. */
    public ObservableList<Point> points() {
        return points;
    }

    /** The months, always (the on-time follow-up chart). */
    public ObservableList<Point> months() {
        return months;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return read.loadingProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return read.errorProperty();
    }
}
