package id.penghubung.model.sla;

import java.util.List;
import java.util.Objects;

/** A message key with its arguments, formatted by the UI with its bundle. */
public record MessageRef(String key, List<Object> args) {
    public MessageRef {
        Objects.requireNonNull(key, "key");
        args = List.copyOf(args);
    }

    public static MessageRef of(String key, Object... args) {
        return new MessageRef(key, List.of(args));
    }

    /** The arguments as an array, for {@code Messages.get(key, args...)}. */
    public Object[] argsArray() {
        return args.toArray();
    }
}
