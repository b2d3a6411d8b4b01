package id.penghubung.model;

import java.util.Optional;

/**
 * How long completing a complaint may take, set by the officer (issue 22; KemenPANRB via Republika
 * 2018): information/simple 5, no field inspection 14, field inspection 60 days. The lengths and
 * whether they count working or calendar days are the server's policy ({@code slaPolicy.completionTiers}).
 */
public enum CompletionTier {
    /** Informasi / sederhana. */
    INFORMATION,
    /** Tanpa pemeriksaan lapangan. */
    NO_FIELD_INSPECTION,
    /** Dengan pemeriksaan lapangan. */
    FIELD_INSPECTION;

    /** The tier a code names, or empty for a code this version does not know. */
    public static Optional<CompletionTier> parse(String code) {
        for (CompletionTier t : values()) {
            if (t.name().equals(code == null ? null : code.strip())) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }
}
