package id.penghubung.model;

/**
 * The longest text (in UTF-16 chars, as Java and JSON count them) each field of a complaint may hold,
 * shared by the contract ({@code maxLength} in {@code penghubung-v1.yaml}), the training server (which
 * refuses longer input with 400) and the officer's store (which holds a longer record aside instead of
 * storing it). One set of numbers, so what the server accepts the client can always store.
 */
public final class FieldLimits {
    /** Ids, names (reporter, officer, agency, unit, category), phone, e-mail, NIK, location parts. */
    public static final int SHORT = 1_000;
    /** The title and the location's detail. */
    public static final int TITLE = 2_000;
    /** The complaint's body. */
    public static final int BODY = 200_000;
    /** The text of one event (a response, a reply, a note). */
    public static final int EVENT_TEXT = 100_000;

    private FieldLimits() {
    }
}
