package id.penghubung.central;

import id.penghubung.model.Role;
import id.penghubung.model.calendar.CalendarEdition;
import id.penghubung.model.calendar.WorkingCalendar;
import id.penghubung.protocol.AttachmentLimits;
import id.penghubung.protocol.CalendarDay;
import id.penghubung.protocol.ClientRelease;
import id.penghubung.protocol.ReferenceData;
import id.penghubung.protocol.ResponseTemplate;
import id.penghubung.protocol.WireCalendarEdition;
import id.penghubung.protocol.WireCalendarYear;
import id.penghubung.protocol.WireSlaPolicy;
import id.penghubung.protocol.WireUnit;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;

/** {@code GET /api/v1/reference}: mostly fixed; the units depend on the caller. */
final class ReferenceService {
    private final WireSlaPolicy sla;

    private final List<CalendarDay> calendar = loadCalendar();
    private final WireCalendarEdition calendarEdition = loadEdition();
    private final List<ResponseTemplate> templates = SeedTexts.get().responseTemplates.stream()
            .map(t -> new ResponseTemplate(t.id(), t.title(), t.body(), t.actionTypes())).toList();

    private final Clock clock;

    private final Set<String> reviewedAgencies;

    ReferenceService(WireSlaPolicy sla, Clock clock, Set<String> reviewedAgencies) {
        this.sla = sla;
        this.clock = clock;
        this.reviewedAgencies = reviewedAgencies;
    }

    /** Deadlines are counted in WIB, the national system's zone (server policy; issue 22). */
    static final String COUNTING_ZONE = "Asia/Jakarta";

    /** What this server tells clients about the recommended client version; none until published. */
    private volatile ClientRelease client;

    void publish(ClientRelease release) {
        client = release;
    }

    /** The caller's reference data, with what an upload may be ({@code limits}: the attachment service's). */
    ReferenceData forCaller(Principal p, AttachmentLimits limits) {
        List<WireUnit> units = switch (p.role()) {
            case ADMIN -> Catalog.allUnits();
            case OFFICER, SUPERVISOR -> Catalog.agency(p.agencyId().orElse(null))
                    .map(a -> a.units().stream().map(Catalog.Unit::wire).toList()).orElse(List.of());
            case OMBUDSMAN -> List.of();
        };
        return new ReferenceData(units, Catalog.CATEGORIES, Catalog.AGENCIES.stream().map(Catalog.Agency::wire).toList(),
                templates, sla, calendar, calendarEdition, limits, client, clock.instant(),
                clock instanceof TrainingClock ? Boolean.TRUE : null, COUNTING_ZONE,
                p.role().actsForAgency() ? p.agencyId().map(a -> AgencyPolicies.of(a, reviewedAgencies)).orElse(null) : null);
    }

    private static List<CalendarDay> loadCalendar() {
        return WorkingCalendar.bundled().holidays().stream()
                .map(h -> new CalendarDay(h.date(), h.kind().name(), h.name(), h.estimated()))
                .toList();
    }

    private static WireCalendarEdition loadEdition() {
        CalendarEdition edition = WorkingCalendar.bundled().edition();
        List<WireCalendarYear> years = new TreeMap<>(edition.years()).entrySet().stream()
                .map(e -> new WireCalendarYear(e.getKey(), e.getValue().name()))
                .toList();
        return new WireCalendarEdition(edition.version(), edition.updated().orElse(null), years);
    }

    static boolean isReadOnly(Principal p) {
        return p.role() == Role.OMBUDSMAN;
    }
}
