package id.penghubung.model;

import java.util.Objects;
import java.util.Optional;

/** Where the incident happened: the administrative levels, free text and optional coordinates. */
public record Location(
        String provinceId,
        String province,
        String regency,
        String district,
        String village,
        String detail,
        Optional<GeoPoint> coordinates) {
    public Location {
        Objects.requireNonNull(provinceId, "provinceId");
        Objects.requireNonNull(province, "province");
        regency = Objects.requireNonNullElse(regency, "");
        district = Objects.requireNonNullElse(district, "");
        village = Objects.requireNonNullElse(village, "");
        detail = Objects.requireNonNullElse(detail, "");
        Objects.requireNonNull(coordinates, "coordinates");
    }
}
