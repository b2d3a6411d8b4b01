package id.penghubung.protocol;

import java.util.List;

/**
 * {@code GET /api/v1/reference}: the units of the caller's agency (all units for an admin, none for
 * an Ombudsman office), the category tree, institutions (for bukan wewenang), response templates,
 * the SLA policy and the working-day calendar with its edition ({@code null} from older servers);
 * {@code attachmentLimits} what an upload may be (null from a server that does not publish them:
 * {@link AttachmentLimits#CONTRACT} then).
 */
public record ReferenceData(
        List<WireUnit> units,
        List<CategoryNode> categories,
        List<WireAgency> institutions,
        List<ResponseTemplate> templates,
        SlaPolicy slaPolicy,
        List<CalendarDay> calendar,
        WireCalendarEdition calendarEdition,
        AttachmentLimits attachmentLimits) {

    /** The server's limits for uploads, or the contract's when it did not publish them. */
    public AttachmentLimits uploadLimits() {
        return attachmentLimits != null ? attachmentLimits : AttachmentLimits.CONTRACT;
    }
}
