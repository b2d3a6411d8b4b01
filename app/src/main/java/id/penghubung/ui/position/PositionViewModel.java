package id.penghubung.ui.position;

import id.penghubung.i18n.Messages;
import id.penghubung.model.report.ReportPeriod;
import id.penghubung.ui.common.OfficerText;
import id.penghubung.ui.ranking.RankingPeriod;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * "Posisi kami" (issue 18): the agency's rank among its province's institutions, from the numbers
 * the training server publishes (the same report model as the desk's). Fetched off the FX thread;
 * when the server cannot answer, the last copy kept is shown with its date, or the panel says the
 * position is unavailable. The period is the ranking's.
 */
public final class PositionViewModel {
    /** One institution of the province; {@code ours} marks the officer's own. */
    public record Row(int rank, String volumeGroup, String id, String name, int received, Double onTimePercent,
            int overdueOpen, Double score, boolean ours) {
    }

    private final Messages messages;
    private final PositionData data;
    private final Optional<String> agencyId;
    private final ObjectProperty<RankingPeriod> period;
    private final Executor background;
    private final Executor ui;
    private final Clock clock;
    private final ZoneId zone;
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final SimpleStringProperty summary = new SimpleStringProperty("");
    private final SimpleStringProperty source = new SimpleStringProperty("");
    private final SimpleBooleanProperty stale = new SimpleBooleanProperty(false);
    private final SimpleBooleanProperty loading = new SimpleBooleanProperty(false);
    private int generation;

    public PositionViewModel(Messages messages, PositionData data, Optional<String> agencyId, ObjectProperty<RankingPeriod> period,
            Executor background, Executor ui, Clock clock, ZoneId zone) {
        this.messages = Objects.requireNonNull(messages);
        this.data = Objects.requireNonNull(data);
        this.agencyId = Objects.requireNonNull(agencyId);
        this.period = Objects.requireNonNull(period);
        this.background = Objects.requireNonNull(background);
        this.ui = Objects.requireNonNull(ui);
        this.clock = Objects.requireNonNull(clock);
        this.zone = Objects.requireNonNull(zone);
    }

    /** Asks the server for the ranking's period in the background; the last request wins. */
    public void refresh() {
        int asked = ++generation;
        ReportPeriod wanted = (period.get() == null ? RankingPeriod.THIS_YEAR : period.get())
                .around(LocalDate.ofInstant(clock.instant(), zone));
        loading.set(true);
        background.execute(() -> {
            Shown shown;
            try {
                shown = shown(data.fetch(wanted.from(), wanted.to()), false);
            } catch (RuntimeException offline) {
                shown = data.last().map(copy -> shown(copy, true))
                        .orElseGet(() -> new Shown(List.of(), messages.get("ui.position.unavailable"),
                                messages.get("ui.position.unavailableWhy", OfficerText.of(messages, offline)), true));
            }
            Shown result = shown;
            ui.execute(() -> {
                if (asked != generation) {
                    return;
                }
                rows.setAll(result.rows());
                summary.set(result.summary());
                source.set(result.source());
                stale.set(result.stale());
                loading.set(false);
            });
        });
    }

    private record Shown(List<Row> rows, String summary, String source, boolean stale) {
    }

    private Shown shown(PositionData.Published p, boolean stale) {
        List<Row> read = p.institutions().stream().map(this::row).toList();
        Optional<Row> ours = read.stream().filter(Row::ours).findFirst();
        String summary = ours.map(o -> messages.get("ui.position.summary", o.rank(),
                        read.stream().filter(r -> r.volumeGroup().equals(o.volumeGroup())).count(), o.volumeGroup(), p.provinceName()))
                .orElseGet(() -> messages.get("ui.position.notListed", p.provinceName()));
        String fetched = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(messages.locale()).withZone(zone).format(p.fetchedAt());
        String range = messages.get("ui.ranking.period.range", p.from(), p.to());
        String source = messages.get(stale ? "ui.position.lastCopy" : "ui.position.fresh", range, fetched, p.calendar());
        return new Shown(read, summary, source, stale);
    }

    private Row row(PositionData.Institution i) {
        Double onTime = i.followUpDue() == 0 ? null : Math.round(1000.0 * i.followUpOnTime() / i.followUpDue()) / 10.0;
        return new Row(i.rank(), i.volumeGroup(), i.id(), i.name(), i.received(), onTime, i.overdueOpen(), i.score(),
                agencyId.map(i.id()::equals).orElse(false));
    }

    public Messages messages() {
        return messages;
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    /** "Peringkat 1 dari 5 di kelompok volume B se-Kepulauan Bangka Belitung", or why there is none. */
    public ReadOnlyStringProperty summaryProperty() {
        return summary;
    }

    /** The period, when the copy was fetched and whether it is the last one kept (offline). */
    public ReadOnlyStringProperty sourceProperty() {
        return source;
    }

    /** True when the numbers shown are not this moment's answer from the server (or there are none). */
    public ReadOnlyBooleanProperty staleProperty() {
        return stale;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading;
    }
}
