package id.penghubung.sync;

/** A plain {@code http://} address that is not loopback: passwords and reports would travel in clear text. */
public final class InsecureServerException extends IllegalArgumentException {
    public InsecureServerException(String server) {
        super("Refusing plain http to a non-loopback server: " + server);
    }
}
