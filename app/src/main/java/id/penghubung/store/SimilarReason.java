package id.penghubung.store;

import java.util.Objects;

/**
 * Why a complaint looks like another: one of {@link Kind}, how ({@link Detail}) and, for
 * {@link Kind#TIME}, how many days the candidate was submitted after (positive) or before
 * (negative) the complaint it is compared with. Words for it come from the bundles
 * ({@code similar.reason.<detail>}), not from the store.
 */
public record SimilarReason(Kind kind, Detail detail, long days) {
    /** The reasons the CLI reports, in this order. */
    public enum Kind { TEXT, CATEGORY, AREA, TIME, REPORTER }

    /** How the reason holds. */
    public enum Detail {
        /** The titles share most of their words. */
        TITLE,
        /** The texts share distinctive words (titles less so). */
        BODY,
        SAME_CATEGORY,
        /** Another sub-category of the same parent (e.g. Kesehatan › BPJS and Kesehatan › Layanan). */
        SIBLING_CATEGORY,
        SAME_VILLAGE,
        SAME_DISTRICT,
        SAME_REGENCY,
        /** Submitted within the time window; see {@link SimilarReason#days()}. */
        WITHIN_WINDOW,
        /** The same reporter identity (compared by keyed hash, never in the clear). */
        SAME_REPORTER
    }

    public SimilarReason {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(detail, "detail");
    }

    static SimilarReason of(Kind kind, Detail detail) {
        return new SimilarReason(kind, detail, 0);
    }
}
