package id.penghubung.ui.print;

import id.penghubung.casefile.BatchResult;
import id.penghubung.casefile.CaseFileDeadlines;
import id.penghubung.casefile.CaseFileOptions;
import id.penghubung.casefile.CaseFileRequest;
import id.penghubung.casefile.CaseFileWriter;
import id.penghubung.casefile.ProgressListener;
import id.penghubung.model.Complaint;
import id.penghubung.model.TrackingId;
import id.penghubung.model.report.IndicatorReport;
import id.penghubung.model.sla.DeadlineCalculator;
import id.penghubung.store.CaseStore;
import id.penghubung.store.export.PrivateSpool;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Function;

/**
 * The one case-file print service, for the desk ("Cetak berkas") and the {@code print} command alike:
 * complaints read from the case store one at a time (so a batch of hundreds never sits in memory),
 * deadlines by the account's rules, attachment bytes from the local attachment files only (printing
 * never downloads), the identity rule, and the one audit entry every printed or saved batch leaves
 * (tracking IDs, whether identities were printed, destination). All methods block: background
 * threads only.
 */
public final class CaseFilePrinting {
    /** The audit log's action for a case file leaving the machine. */
    public static final String AUDIT_ACTION = CaseStore.AUDIT_PRINT;

    /**
     * What the officer chose: internal notes (never for files leaving the office), reporter identities
     * (off by default: files leaving the office go without), one PDF or one per complaint.
     */
    public record Choice(boolean includeInternalNotes, boolean includeIdentities, boolean oneFileEach) {
        /** The defaults of the dialog and the command: no notes, no identities, one PDF. */
        public static final Choice DEFAULT = new Choice(false, false, false);
    }

    /** What a run wrote: the writer's result, the complaints in it, and whether any page shows a reporter's identity. */
    public record Printed(BatchResult result, List<TrackingId> cases, boolean identitiesPrinted) {
        public Printed {
            Objects.requireNonNull(result, "result");
            cases = List.copyOf(cases);
        }
    }

    private final CaseStore store;
    private final DeadlineCalculator deadlines;
    private final Function<String, Optional<byte[]>> attachmentBytes;
    private final String auditAccount;
    private final String printedBy;
    private final Clock clock;
    private final Locale locale;
    private final CaseFileWriter writer;

    /**
     * Temporary files beside the target (the desk).
     *
     * @param auditAccount who the audit log names (the account's user id)
     * @param printedBy the name printed on every page (the account's display name)
     */
    public CaseFilePrinting(CaseStore store, DeadlineCalculator deadlines, Function<String, Optional<byte[]>> attachmentBytes,
            String auditAccount, String printedBy, Clock clock, Locale locale) {
        this(store, deadlines, attachmentBytes, auditAccount, printedBy, clock, locale, new CaseFileWriter());
    }

    /** Temporary and scratch files in the private spool (the headless {@code print}). */
    public CaseFilePrinting(CaseStore store, DeadlineCalculator deadlines, Function<String, Optional<byte[]>> attachmentBytes,
            String auditAccount, String printedBy, Clock clock, Locale locale, PrivateSpool spool) {
        this(store, deadlines, attachmentBytes, auditAccount, printedBy, clock, locale, new CaseFileWriter(spool));
    }

    private CaseFilePrinting(CaseStore store, DeadlineCalculator deadlines, Function<String, Optional<byte[]>> attachmentBytes,
            String auditAccount, String printedBy, Clock clock, Locale locale, CaseFileWriter writer) {
        this.store = Objects.requireNonNull(store);
        this.deadlines = Objects.requireNonNull(deadlines);
        this.attachmentBytes = Objects.requireNonNull(attachmentBytes);
        this.auditAccount = Objects.requireNonNull(auditAccount);
        this.printedBy = Objects.requireNonNull(printedBy);
        this.clock = Objects.requireNonNull(clock);
        this.locale = Objects.requireNonNull(locale);
        this.writer = writer;
    }

    /**
     * Writes the complaints {@code ids} (in that order) into one PDF at {@code target}, or one PDF
     * each into the folder {@code target}. A complaint that left the cache meanwhile is skipped.
     */
    public Printed write(List<String> ids, Choice choice, Path target, ProgressListener progress, BooleanSupplier cancelled)
            throws IOException {
        return write(ids, choice, target, progress, cancelled, Optional.empty());
    }

    /**
     * As {@link #write(List, Choice, Path, ProgressListener, BooleanSupplier)}, with {@code ranking}'s
     * page in front of the one PDF (the Ombudsman's batch); ignored for one file each.
     */
    public Printed write(List<String> ids, Choice choice, Path target, ProgressListener progress, BooleanSupplier cancelled,
            Optional<IndicatorReport> ranking) throws IOException {
        Instant now = clock.instant();
        CaseFileOptions options = new CaseFileOptions(printedBy, now, deadlines.calendar().zone(), locale,
                deadlines.calendar().edition());
        List<String> present = List.copyOf(ids);
        List<TrackingId> cases = new ArrayList<>();
        boolean[] identities = {false};
        Iterator<CaseFileRequest> requests = new Iterator<>() {
            private int next;
            private Complaint ahead = advance();

            private Complaint advance() {
                while (next < present.size()) {
                    Optional<Complaint> c = store.complaint(present.get(next++));
                    if (c.isPresent()) {
                        return c.get();
                    }
                }
                return null;
            }

            @Override
            public boolean hasNext() {
                return ahead != null;
            }

            @Override
            public CaseFileRequest next() {
                if (ahead == null) {
                    throw new NoSuchElementException();
                }
                Complaint c = ahead;
                ahead = advance();
                CaseFileRequest request = new CaseFileRequest(c, CaseFileDeadlines.from(deadlines.evaluate(c, now), c, deadlines), attachmentBytes,
                        choice.includeInternalNotes(), choice.includeIdentities());
                cases.add(c.trackingId());
                identities[0] |= request.showsIdentity();
                return request;
            }
        };
        BatchResult result = choice.oneFileEach()
                ? writer.writeEach(requests, present.size(), options, target, progress, cancelled)
                : writer.writeBatch(requests, present.size(), options, target, progress, cancelled, ranking);
        // A cancelled one-file-each run keeps the files it finished: the audit names those only.
        List<TrackingId> written = cases.subList(0, Math.min(cases.size(), result.written()));
        return new Printed(result, written, identities[0]);
    }

    /**
     * Records that the case files of {@code printed} went to {@code destination} (a file name, a
     * folder, or "printer NAME"): who, when, which (tracking IDs, never names), whether any page showed
     * a reporter's identity. The desk and the {@code print} command write this same entry.
     */
    public void audit(Printed printed, String destination) {
        store.recordPrint(auditAccount, printed.cases(), destination, printed.identitiesPrinted());
    }
}
