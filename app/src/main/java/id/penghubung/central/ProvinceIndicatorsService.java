package id.penghubung.central;

import id.penghubung.model.Role;
import id.penghubung.model.calendar.WorkingCalendar;
import id.penghubung.model.report.FactsOf;
import id.penghubung.model.report.IndicatorReport;
import id.penghubung.model.report.ReportBuilder;
import id.penghubung.model.report.ReportGrouping;
import id.penghubung.model.report.ReportPeriod;
import id.penghubung.model.sla.DeadlineCalculator;
import id.penghubung.model.sla.SlaPolicy;
import id.penghubung.protocol.ErrorCodes;
import id.penghubung.protocol.ProvinceIndicators;
import id.penghubung.protocol.SlaPolicies;
import id.penghubung.protocol.WireInstitutionIndicators;
import id.penghubung.protocol.WireMapper;
import id.penghubung.protocol.WireSlaPolicy;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;

/**
 * {@code GET /api/v1/reference/province-indicators} (issue 18, "Posisi kami"): each institution's
 * indicators for one province, computed with the desk's own report model ({@link FactsOf},
 * {@link ReportBuilder}), the calendar and policy this server publishes, each complaint as its
 * institution's officer sees it ({@link ComplaintRecord#viewFor}), so a local institution's row
 * equals what its desk computes from its cache.
 */
final class ProvinceIndicatorsService {
    /** The longest period one request may ask for, in days after {@code from}. */
    static final int MAX_DAYS = 366;

    private final CentralDatabase db;
    private final Clock clock;
    private final DeadlineCalculator calculator;

    ProvinceIndicatorsService(CentralDatabase db, Clock clock, WireSlaPolicy sla) {
        this.db = db;
        this.clock = clock;
        this.calculator = new DeadlineCalculator(WorkingCalendar.bundled(),
                SlaPolicies.toModel(sla, SlaPolicy.standard().pauseWhileWaitingForReporter()));
    }

    ProvinceIndicators answer(Principal p, Map<String, String> query) throws SQLException {
        LocalDate from = date(query, "from");
        LocalDate to = date(query, "to");
        if (to.isBefore(from)) {
            throw CentralServer.invalidParam("to", "on or after from");
        }
        if (ChronoUnit.DAYS.between(from, to) > MAX_DAYS) {
            throw CentralServer.invalidParam("to", "at most " + MAX_DAYS + " days after from");
        }
        String provinceId = province(p, query.get("province"));
        Catalog.Province province = Catalog.province(provinceId)
                .orElseThrow(() -> new RequestException(404, ErrorCodes.NOT_FOUND, "Unknown province"));
        ReportPeriod period = new ReportPeriod(from, to);
        ReportBuilder builder = new ReportBuilder(period, ReportGrouping.INSTITUTION, calculator.calendar(), clock.instant());
        db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT doc, notes, last_foreign_version, agency_id FROM complaints WHERE province_id=? AND agency_id IS NOT NULL")) {
                ps.setString(1, provinceId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        ComplaintRecord record = ComplaintStore.record(rs.getString(1), rs.getString(2), rs.getLong(3));
                        Principal officer = new Principal("", "", Role.OFFICER, Optional.of(rs.getString(4)), Optional.empty());
                        builder.add(FactsOf.of(WireMapper.toModel(record.viewFor(officer)), ReportGrouping.INSTITUTION,
                                calculator, builder.asOf()));
                    }
                }
            }
            return null;
        });
        IndicatorReport report = builder.build();
        return new ProvinceIndicators(province.id(), province.name(), from, to, report.calendarVersion(), report.asOf(),
                report.groups().stream().filter(g -> !g.id().isEmpty()).map(WireInstitutionIndicators::of).toList());
    }

    /** The asked province, else the officer's institution's, else the Ombudsman office's region. */
    private static String province(Principal p, String asked) {
        if (asked != null && !asked.isBlank()) {
            return asked;
        }
        Optional<String> own = switch (p.role()) {
            case OFFICER, SUPERVISOR -> p.agencyId().flatMap(Catalog::agency).map(Catalog.Agency::provinceId).filter(id -> !id.isEmpty());
            case OMBUDSMAN -> p.regionId();
            case ADMIN -> Optional.empty();
        };
        return own.orElseThrow(() -> CentralServer.invalidParam("province",
                "required: this account's institution is not of one province"));
    }

    private static LocalDate date(Map<String, String> query, String name) {
        String raw = query.get(name);
        if (raw == null || raw.isBlank()) {
            throw CentralServer.invalidParam(name, "required, YYYY-MM-DD");
        }
        try {
            return LocalDate.parse(raw);
        } catch (DateTimeParseException e) {
            throw CentralServer.invalidParam(name, "a date YYYY-MM-DD");
        }
    }
}
