package id.penghubung.casefile;

import id.penghubung.model.Complaint;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * What one case file shows: the complaint, its deadline summary, a way to the attachment bytes
 * (by SHA-256; empty when the file is not in the local cache), whether internal notes are printed and
 * whether the reporter's identity is (never for an anonymous report — none exists — nor a confidential
 * one; see {@link IdentityRule}).
 */
public record CaseFileRequest(
        Complaint complaint,
        List<CaseFileDeadline> deadlines,
        Function<String, Optional<byte[]>> attachmentBytes,
        boolean includeInternalNotes,
        boolean includeIdentities) {
    public CaseFileRequest {
        Objects.requireNonNull(complaint, "complaint");
        deadlines = List.copyOf(deadlines);
        Objects.requireNonNull(attachmentBytes, "attachmentBytes");
    }

    /** A request that prints the reporter's identity where {@link IdentityRule} allows it (an office-internal file). */
    public CaseFileRequest(Complaint complaint, List<CaseFileDeadline> deadlines,
            Function<String, Optional<byte[]>> attachmentBytes, boolean includeInternalNotes) {
        this(complaint, deadlines, attachmentBytes, includeInternalNotes, true);
    }

    /** True when this case file shows the reporter's identity. */
    public boolean showsIdentity() {
        return IdentityRule.of(complaint, includeIdentities) == IdentityRule.SHOWN;
    }

    /** A request without attachment bytes (attachments are listed, images not embedded). */
    public static CaseFileRequest withoutFiles(Complaint complaint, List<CaseFileDeadline> deadlines) {
        return new CaseFileRequest(complaint, deadlines, sha -> Optional.empty(), false, true);
    }

    @Override
    public String toString() {
        return "CaseFileRequest[" + complaint + "]";
    }
}
