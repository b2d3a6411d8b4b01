package id.penghubung.protocol;

import com.fasterxml.jackson.annotation.JsonInclude;
import id.penghubung.model.report.GroupIndicators;

/**
 * One institution's row of {@link ProvinceIndicators}: the columns of {@code penghubung report} plus
 * {@code completionDue}. The median and the score are absent (null) when they do not exist.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record WireInstitutionIndicators(String id, String name, int received, int followUpDue, int followUpOnTime,
        int followUpLate, Double medianFollowUpWorkingDays, int completed, int completedOnTime, int completionDue,
        int overdueOpen, int notAuthorized, int redirected, int reopened, Double score, int rank, String volumeGroup) {

    /** The report model's row on the wire. */
    public static WireInstitutionIndicators of(GroupIndicators g) {
        return new WireInstitutionIndicators(g.id(), g.name(), g.received(), g.followUpDue(), g.followUpOnTime(),
                g.followUpLate(), g.medianFollowUpWorkingDays().isPresent() ? g.medianFollowUpWorkingDays().getAsDouble() : null,
                g.completed(), g.completedOnTime(), g.completionDue(), g.overdueOpen(), g.notAuthorized(), g.redirected(),
                g.reopened(), g.score().isPresent() ? g.score().getAsDouble() : null, g.rank(), g.volumeGroup().name());
    }
}
