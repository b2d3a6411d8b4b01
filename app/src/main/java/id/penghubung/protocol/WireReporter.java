package id.penghubung.protocol;

/** The reporter's identity; never present on an anonymous complaint. Optional parts are null. */
public record WireReporter(String name, String phone, String email, String nik) {
    @Override
    public String toString() {
        return "WireReporter[redacted]";
    }
}
