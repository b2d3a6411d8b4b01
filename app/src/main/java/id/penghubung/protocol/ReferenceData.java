package id.penghubung.protocol;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * {@code GET /api/v1/reference}: the units of the caller's agency (all units for an admin, none for
 * an Ombudsman office), the category tree, institutions (for bukan wewenang), response templates,
 * the SLA policy and the working-day calendar; {@code client}, when the server publishes it, the
 * recommended client version (null otherwise).
 */
public record ReferenceData(
        List<WireUnit> units,
        List<CategoryNode> categories,
        List<WireAgency> institutions,
        List<ResponseTemplate> templates,
        SlaPolicy slaPolicy,
        List<CalendarDay> calendar,
        @JsonInclude(JsonInclude.Include.NON_NULL) ClientRelease client) {

    /** Without a published client version. */
    public ReferenceData(List<WireUnit> units, List<CategoryNode> categories, List<WireAgency> institutions,
            List<ResponseTemplate> templates, SlaPolicy slaPolicy, List<CalendarDay> calendar) {
        this(units, categories, institutions, templates, slaPolicy, calendar, null);
    }
}
