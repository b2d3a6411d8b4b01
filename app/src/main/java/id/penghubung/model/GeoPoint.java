package id.penghubung.model;

/** WGS84 coordinates of an incident. */
public record GeoPoint(double latitude, double longitude) {
    public GeoPoint {
        if (latitude < -90 || latitude > 90 || longitude < -180 || longitude > 180) {
            throw new IllegalArgumentException("Coordinates out of range: " + latitude + "," + longitude);
        }
    }
}
