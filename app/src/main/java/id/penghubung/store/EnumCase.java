package id.penghubung.store;

import id.penghubung.model.OpenValues;

/**
 * An enum column read as its constant's ordinal, worked out by SQLite ({@code CASE column WHEN 'NAME'
 * THEN ordinal … ELSE -1 END}): a long walk (the report's) then makes no Java string per row for a
 * value that repeats on every row, and reads the column's text only for a name this version does not
 * know ({@value #UNKNOWN}, the enum's {@code OTHER}).
 */
final class EnumCase {
    /** The code of a name the enum does not know. */
    static final int UNKNOWN = -1;

    private EnumCase() {
    }

    /** The CASE expression that turns {@code column}'s names into the ordinals of {@code type}'s constants. */
    static <E extends Enum<E>> String of(String column, Class<E> type) {
        StringBuilder sql = new StringBuilder("CASE ").append(column);
        for (E constant : type.getEnumConstants()) {
            if (!constant.name().equals(OpenValues.OTHER)) {
                sql.append(" WHEN '").append(constant.name()).append("' THEN ").append(constant.ordinal());
            }
        }
        return sql.append(" ELSE ").append(UNKNOWN).append(" END").toString();
    }

    /** The constant a code names; {@code OTHER} for {@value #UNKNOWN}. */
    static <E extends Enum<E>> E constant(int code, E[] constants, E other) {
        return code == UNKNOWN ? other : constants[code];
    }
}
