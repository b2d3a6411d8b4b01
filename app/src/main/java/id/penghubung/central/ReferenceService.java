package id.penghubung.central;

import id.penghubung.model.Role;
import id.penghubung.protocol.CalendarDay;
import id.penghubung.protocol.ReferenceData;
import id.penghubung.protocol.ResponseTemplate;
import id.penghubung.protocol.SlaPolicy;
import id.penghubung.protocol.WireUnit;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** {@code GET /api/v1/reference}: mostly fixed; the units depend on the caller. */
final class ReferenceService {
    static final String CALENDAR = "/penghubung/data/hari-libur-id.csv";
    private final SlaPolicy sla;

    private final List<CalendarDay> calendar = loadCalendar();
    private final List<ResponseTemplate> templates = SeedTexts.get().responseTemplates.stream()
            .map(t -> new ResponseTemplate(t.id(), t.title(), t.body(), t.actionTypes())).toList();

    ReferenceService(SlaPolicy sla) {
        this.sla = sla;
    }

    ReferenceData forCaller(Principal p) {
        List<WireUnit> units = switch (p.role()) {
            case ADMIN -> Catalog.allUnits();
            case OFFICER -> Catalog.agency(p.agencyId().orElse(null))
                    .map(a -> a.units().stream().map(Catalog.Unit::wire).toList()).orElse(List.of());
            case OMBUDSMAN -> List.of();
        };
        return new ReferenceData(units, Catalog.CATEGORIES, Catalog.AGENCIES.stream().map(Catalog.Agency::wire).toList(),
                templates, sla, calendar);
    }

    private static List<CalendarDay> loadCalendar() {
        try (InputStream in = ReferenceService.class.getResourceAsStream(CALENDAR)) {
            if (in == null) {
                throw new IllegalStateException("missing " + CALENDAR);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<CalendarDay> days = new ArrayList<>();
            String header = reader.readLine();
            if (header == null || !header.strip().equals("date,kind,name,estimated")) {
                throw new IllegalStateException("unexpected calendar header: " + header);
            }
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                String[] cols = line.split(",", 4);
                days.add(new CalendarDay(LocalDate.parse(cols[0].strip()), cols[1].strip(), cols[2].strip(),
                        Boolean.parseBoolean(cols[3].strip())));
            }
            return List.copyOf(days);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static boolean isReadOnly(Principal p) {
        return p.role() == Role.OMBUDSMAN;
    }
}
