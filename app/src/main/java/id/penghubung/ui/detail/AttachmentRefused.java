package id.penghubung.ui.detail;

import java.util.List;

/**
 * A file the server would not take (too large, a type it does not accept, empty), refused when the
 * officer attaches it: {@code key} and {@code args} are the officer's words from the bundle.
 */
public final class AttachmentRefused extends RuntimeException {
    private final String key;
    private final List<String> args;

    public AttachmentRefused(String key, String... args) {
        super(key);
        this.key = key;
        this.args = List.of(args);
    }

    public String key() {
        return key;
    }

    public Object[] args() {
        return args.toArray();
    }
}
