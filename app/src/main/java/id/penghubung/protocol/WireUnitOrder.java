package id.penghubung.protocol;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;

/**
 * One unit of a DISPOSE (issue 20): the unit, the instruction for it and, optionally, its due date
 * (the agency's {@link AgencyPolicy#unitDueWorkingDays()} after today when null).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record WireUnitOrder(String unitId, String instruction, LocalDate dueDate) {
}
