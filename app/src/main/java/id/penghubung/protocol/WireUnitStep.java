package id.penghubung.protocol;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The unit an internal coordination event is about (DISPOSED_TO_UNIT, UNIT_REPLIED, UNIT_REMINDED,
 * UNIT_WITHDRAWN): its due date and, on a reply, who at the unit answered and when.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record WireUnitStep(String unitId, String unitName, LocalDate dueDate, String answeredBy, Instant answeredAt) {
}
