package id.penghubung.model;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Values the server may add to later without breaking this version: a status, an event type, a
 * classification or a channel this version does not know is read as the constant {@code OTHER} and
 * the name it arrived with is kept beside it, so it is stored, shown, exported and printed as
 * received (the protocol's mapper logs each unknown name once per run).
 */
public final class OpenValues {
    /** The name of the constant every open enum keeps for values it does not know. */
    public static final String OTHER = "OTHER";
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_.-]{1,64}");

    private OpenValues() {
    }

    /** The constant named {@code name}, or {@code OTHER} when this version does not know it. */
    public static <E extends Enum<E>> E parse(Class<E> type, String name) {
        Objects.requireNonNull(name, type.getSimpleName());
        checkName(type.getSimpleName(), name);
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(name) && !constant.name().equals(OTHER)) {
                return constant;
            }
        }
        return Enum.valueOf(type, OTHER);
    }

    /** The name to write for a value: the received name for {@code OTHER}, else the constant's own name. */
    public static String name(Enum<?> value, String received) {
        if (value.name().equals(OTHER)) {
            if (received == null || received.isBlank()) {
                throw new IllegalArgumentException("An unknown " + value.getDeclaringClass().getSimpleName() + " needs the name it arrived with");
            }
            checkName(value.getDeclaringClass().getSimpleName(), received);
            return received;
        }
        return value.name();
    }

    /** A name is a short code ({@code [A-Za-z0-9_.-]}, at most 64): anything else is malformed, not a new value. */
    private static void checkName(String what, String name) {
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("Malformed " + what + " name");
        }
    }
}
