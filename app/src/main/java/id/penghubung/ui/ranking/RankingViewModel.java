package id.penghubung.ui.ranking;

import id.penghubung.i18n.Messages;
import id.penghubung.model.report.GroupIndicators;
import id.penghubung.model.report.IndicatorReport;
import id.penghubung.model.report.ReportGrouping;
import id.penghubung.ui.common.LatestRead;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The ranking table ("Peringkat instansi" on the Ombudsman desk, "Kinerja unit" on an officer's):
 * the report model's rows for a period, optionally one regency, read off the FX thread. The numbers
 * are the model's ({@link IndicatorReport}); this class only turns them into table rows.
 */
public final class RankingViewModel {
    /**
     * One table row: the model's numbers, the on-time follow-up share (percent, null when none was
     * due), the score (null when nothing was owed) and the tie note in words ("" when none).
     */
    public record Row(String id, String name, int rank, String volumeGroup, int received, int followUpDue,
            int followUpOnTime, int followUpLate, Double onTimePercent, int completed, int completedOnTime,
            int overdueOpen, Double score, String tieNote) {
    }

    private final Messages messages;
    private final RankingData data;
    private final ReportGrouping grouping;
    private final Clock clock;
    private final ZoneId zone;
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ObservableList<String> regencies = FXCollections.observableArrayList();
    private final ObjectProperty<RankingPeriod> period = new SimpleObjectProperty<>(RankingPeriod.THIS_YEAR);
    private final ObjectProperty<String> regency = new SimpleObjectProperty<>();
    private final StringProperty periodText = new SimpleStringProperty("");
    private Consumer<Row> onOpen = r -> { };
    private final LatestRead read;

    public RankingViewModel(Messages messages, RankingData data, ReportGrouping grouping, Executor background, Executor ui,
            Clock clock, ZoneId zone) {
        this.messages = Objects.requireNonNull(messages);
        this.data = Objects.requireNonNull(data);
        this.grouping = Objects.requireNonNull(grouping);
        this.read = new LatestRead(messages, background, ui);
        this.clock = Objects.requireNonNull(clock);
        this.zone = Objects.requireNonNull(zone);
        period.addListener((o, a, b) -> refresh());
        regency.addListener((o, a, b) -> refresh());
    }

    /** Reads the report for the chosen period and regency in the background; the last request wins. */
    public void refresh() {
        RankingPeriod chosen = period.get() == null ? RankingPeriod.THIS_YEAR : period.get();
        Optional<String> place = Optional.ofNullable(regency.get()).filter(r -> !r.isBlank());
        read.run(() -> {
            LocalDate today = LocalDate.ofInstant(clock.instant(), zone);
            IndicatorReport report = data.report(chosen.around(today), grouping, place);
            List<Row> rowsRead = report.groups().stream().filter(g -> !g.id().isEmpty()).map(this::row).toList();
            List<String> places = grouping == ReportGrouping.INSTITUTION ? data.regencies() : List.of();
            String text = messages.get("ui.ranking.period.range", report.period().from(), report.period().to());
            return new Read(rowsRead, places, text);
        }, answer -> {
            rows.setAll(answer.rows());
            if (!answer.places().equals(regencies)) {
                regencies.setAll(answer.places());
            }
            periodText.set(answer.text());
        });
    }

    private record Read(List<Row> rows, List<String> places, String text) {
    }

    private Row row(GroupIndicators g) {
        Double onTime = g.followUpOnTimeRate().isPresent() ? Math.round(g.followUpOnTimeRate().getAsDouble() * 1000) / 10.0 : null;
        Double score = g.score().isPresent() ? g.score().getAsDouble() : null;
        String tie = g.tieNote().map(n -> messages.get(n.key(), n.argsArray())).orElse("");
        return new Row(g.id(), g.name(), g.rank(), g.volumeGroup().name(), g.received(), g.followUpDue(), g.followUpOnTime(),
                g.followUpLate(), onTime, g.completed(), g.completedOnTime(), g.overdueOpen(), score, tie);
    }

    /** Who opens a row's overdue complaints (the desk's coordinator). */
    public void setOnOpen(Consumer<Row> listener) {
        this.onOpen = Objects.requireNonNull(listener);
    }

    /** A row chosen: its overdue complaints in the inbox. */
    public void open(Row row) {
        onOpen.accept(row);
    }

    public ReportGrouping grouping() {
        return grouping;
    }

    public Messages messages() {
        return messages;
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    public ObservableList<String> regencies() {
        return regencies;
    }

    public ObjectProperty<RankingPeriod> periodProperty() {
        return period;
    }

    public ObjectProperty<String> regencyProperty() {
        return regency;
    }

    public ReadOnlyStringProperty periodTextProperty() {
        return periodText;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return read.loadingProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return read.errorProperty();
    }

    /**
     * The report this table shows, for a print's ranking page: the chosen period and regency read now
     * (FX thread), the report computed when the returned supplier runs (a background thread).
     */
    public Supplier<IndicatorReport> snapshot() {
        RankingPeriod chosen = period.get() == null ? RankingPeriod.THIS_YEAR : period.get();
        Optional<String> place = Optional.ofNullable(regency.get()).filter(r -> !r.isBlank());
        return () -> data.report(chosen.around(LocalDate.ofInstant(clock.instant(), zone)), grouping, place);
    }
}
