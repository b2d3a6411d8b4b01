package id.penghubung.protocol;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;

/**
 * {@code GET /api/v1/reference}: the units of the caller's agency (all units for an admin, none for
 * an Ombudsman office), the category tree, institutions (for bukan wewenang), response templates,
 * the SLA policy and the working-day calendar with its edition ({@code null} from older servers);
 * {@code attachmentLimits} what an upload may be (null from a server that does not publish them:
 * {@link AttachmentLimits#CONTRACT} then); {@code client}, when
 * the server publishes it, the recommended client version (null otherwise); {@code serverTime} the
 * server's clock when it answered ({@code trainingClock} true when it was set on purpose,
 * {@code central --clock}); {@code countingZone} the zone deadlines are counted in (null: WIB);
 * {@code agencyPolicy} the caller's agency's own rules (issue 20; null from an older server or without an agency).
 */
public record ReferenceData(
        List<WireUnit> units,
        List<CategoryNode> categories,
        List<WireAgency> institutions,
        List<ResponseTemplate> templates,
        WireSlaPolicy slaPolicy,
        List<CalendarDay> calendar,
        WireCalendarEdition calendarEdition,
        AttachmentLimits attachmentLimits,
        @JsonInclude(JsonInclude.Include.NON_NULL) ClientRelease client,
        @JsonInclude(JsonInclude.Include.NON_NULL) Instant serverTime,
        @JsonInclude(JsonInclude.Include.NON_NULL) Boolean trainingClock,
        @JsonInclude(JsonInclude.Include.NON_NULL) String countingZone,
        @JsonInclude(JsonInclude.Include.NON_NULL) AgencyPolicy agencyPolicy) {

    /** Without the server's time, counting zone or agency policy (an older server). */
    public ReferenceData(List<WireUnit> units, List<CategoryNode> categories, List<WireAgency> institutions,
            List<ResponseTemplate> templates, WireSlaPolicy slaPolicy, List<CalendarDay> calendar, WireCalendarEdition calendarEdition,
            AttachmentLimits attachmentLimits, ClientRelease client) {
        this(units, categories, institutions, templates, slaPolicy, calendar, calendarEdition, attachmentLimits, client, null, null, null,
                null);
    }

    /** Without an edition, upload limits or a published client version (an older server). */
    public ReferenceData(List<WireUnit> units, List<CategoryNode> categories, List<WireAgency> institutions,
            List<ResponseTemplate> templates, WireSlaPolicy slaPolicy, List<CalendarDay> calendar) {
        this(units, categories, institutions, templates, slaPolicy, calendar, null, null, null);
    }

    /** Working days an internal unit has to answer: the agency's policy, or the default from an older server. */
    public int unitDueWorkingDays() {
        return agencyPolicy != null ? agencyPolicy.unitDueWorkingDays() : AgencyPolicy.DEFAULT_UNIT_DUE_WORKING_DAYS;
    }

    /** The server's limits for uploads, or the contract's when it did not publish them. */
    public AttachmentLimits uploadLimits() {
        return attachmentLimits != null ? attachmentLimits : AttachmentLimits.CONTRACT;
    }
}
