package id.penghubung.protocol;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * {@code GET /api/v1/reference/province-indicators} (issue 18, "Posisi kami"): every institution's
 * indicators for one province and period, computed by the server with the desk's own report model.
 *
 * @param asOf the moment the complaints were read as of (the period's end, or the server's now while it runs)
 * @param institutions ordered by volume group, rank, name
 */
public record ProvinceIndicators(String provinceId, String provinceName, LocalDate from, LocalDate to, String calendar,
        Instant asOf, List<WireInstitutionIndicators> institutions) {
    public ProvinceIndicators {
        institutions = institutions == null ? List.of() : List.copyOf(institutions);
    }
}
