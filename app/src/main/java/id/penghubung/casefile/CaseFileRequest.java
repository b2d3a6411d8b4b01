package id.penghubung.casefile;

import id.penghubung.model.Complaint;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * What one case file shows: the complaint, its deadline summary, a way to the attachment bytes
 * (by SHA-256; empty when the file is not in the local cache) and whether internal notes are printed.
 */
public record CaseFileRequest(
        Complaint complaint,
        List<CaseFileDeadline> deadlines,
        Function<String, Optional<byte[]>> attachmentBytes,
        boolean includeInternalNotes) {
    public CaseFileRequest {
        Objects.requireNonNull(complaint, "complaint");
        deadlines = List.copyOf(deadlines);
        Objects.requireNonNull(attachmentBytes, "attachmentBytes");
    }

    /** A request without attachment bytes (attachments are listed, images not embedded). */
    public static CaseFileRequest withoutFiles(Complaint complaint, List<CaseFileDeadline> deadlines) {
        return new CaseFileRequest(complaint, deadlines, sha -> Optional.empty(), false);
    }

    @Override
    public String toString() {
        return "CaseFileRequest[" + complaint + "]";
    }
}
