package id.penghubung.casefile;

import id.penghubung.model.Complaint;

/**
 * The one rule for a reporter's identity on screen, in exports and in print: an anonymous report has
 * none ("Pelapor anonim"); a confidential one is withheld, and the reader is told why; otherwise it is
 * shown only when the officer asked for identities (files leaving the office go without by default).
 * {@link #messageKey()} is what stands in the identity's place when it is not shown.
 */
public enum IdentityRule {
    /** The identity is shown. */
    SHOWN("casefile.reporter.shown"),
    /** An anonymous report: no identity exists, on the server or here. */
    ANONYMOUS("casefile.reporter.anonymous"),
    /** A confidential report: the identity exists but is never shown outside the desk. */
    CONFIDENTIAL("casefile.reporter.hiddenConfidential"),
    /** The officer chose "without identities". */
    LEFT_OUT("casefile.reporter.leftOut"),
    /** Not anonymous, but no identity reached this machine. */
    UNKNOWN("casefile.reporter.unknown");

    private final String messageKey;

    IdentityRule(String messageKey) {
        this.messageKey = messageKey;
    }

    /** The bundle key of the words that stand in the identity's place. */
    public String messageKey() {
        return messageKey;
    }

    /** What happens to {@code c}'s reporter identity when identities were (or were not) asked for. */
    public static IdentityRule of(Complaint c, boolean identitiesAsked) {
        return of(c.anonymous(), c.confidential(), c.reporter().isPresent(), identitiesAsked);
    }

    /** As {@link #of(Complaint, boolean)}, from the flags alone (an inbox row has no reporter). */
    public static IdentityRule of(boolean anonymous, boolean confidential, boolean identityKnown, boolean identitiesAsked) {
        if (anonymous) {
            return ANONYMOUS;
        }
        if (confidential) {
            return CONFIDENTIAL;
        }
        if (!identitiesAsked) {
            return LEFT_OUT;
        }
        return identityKnown ? SHOWN : UNKNOWN;
    }
}
