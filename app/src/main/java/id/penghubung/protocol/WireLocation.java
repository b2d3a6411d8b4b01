package id.penghubung.protocol;

/** Where the incident happened; latitude/longitude are both null or both set. */
public record WireLocation(String provinceId, String province, String regency, String district, String village,
        String detail, Double latitude, Double longitude) {
}
