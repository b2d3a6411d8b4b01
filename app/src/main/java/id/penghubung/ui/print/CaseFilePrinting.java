package id.penghubung.ui.print;

import id.penghubung.casefile.BatchResult;
import id.penghubung.casefile.CaseFileDeadlines;
import id.penghubung.casefile.CaseFileOptions;
import id.penghubung.casefile.CaseFileRequest;
import id.penghubung.casefile.CaseFileWriter;
import id.penghubung.casefile.ProgressListener;
import id.penghubung.model.Complaint;
import id.penghubung.model.sla.DeadlineCalculator;
import id.penghubung.store.CaseStore;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Function;

/**
 * The desk's side of case-file printing: complaints read from the case store one at a time (so a
 * batch of hundreds never sits in memory), deadlines by the desk's rules, attachment bytes from the
 * local attachment files only (printing never downloads), and the audit entry every printed or
 * saved batch leaves. All methods block: background threads only.
 */
public final class CaseFilePrinting {
    /** The audit log's action for a case file leaving the machine, as the {@code print} command writes it. */
    public static final String AUDIT_ACTION = "PRINT";

    private final CaseStore store;
    private final DeadlineCalculator deadlines;
    private final Function<String, Optional<byte[]>> attachmentBytes;
    private final String auditAccount;
    private final String printedBy;
    private final Clock clock;
    private final Locale locale;
    private final CaseFileWriter writer = new CaseFileWriter();

    /**
     * @param auditAccount who the audit log names (the account's id)
     * @param printedBy the name printed on every page (the account's display name)
     */
    public CaseFilePrinting(CaseStore store, DeadlineCalculator deadlines, Function<String, Optional<byte[]>> attachmentBytes,
            String auditAccount, String printedBy, Clock clock, Locale locale) {
        this.store = Objects.requireNonNull(store);
        this.deadlines = Objects.requireNonNull(deadlines);
        this.attachmentBytes = Objects.requireNonNull(attachmentBytes);
        this.auditAccount = Objects.requireNonNull(auditAccount);
        this.printedBy = Objects.requireNonNull(printedBy);
        this.clock = Objects.requireNonNull(clock);
        this.locale = Objects.requireNonNull(locale);
    }

    /**
     * Writes the complaints {@code ids} (in that order) into one PDF at {@code target}, or one PDF
     * each into the folder {@code target}. A complaint that left the cache meanwhile is skipped.
     */
    public BatchResult write(List<String> ids, boolean includeInternalNotes, boolean oneFileEach, Path target,
            ProgressListener progress, BooleanSupplier cancelled) throws IOException {
        Instant now = clock.instant();
        CaseFileOptions options = new CaseFileOptions(printedBy, now, deadlines.calendar().zone(), locale);
        List<String> present = List.copyOf(ids);
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
                return new CaseFileRequest(c, CaseFileDeadlines.from(deadlines.evaluate(c, now)), attachmentBytes,
                        includeInternalNotes);
            }
        };
        return oneFileEach
                ? writer.writeEach(requests, present.size(), options, target, progress, cancelled)
                : writer.writeBatch(requests, present.size(), options, target, progress, cancelled);
    }

    /** Records that {@code count} case files went to {@code where} (a file name or a printer): never a reporter's identity. */
    public void audit(int count, String where) {
        store.audit(auditAccount, AUDIT_ACTION, count + " case files to " + where);
    }
}
