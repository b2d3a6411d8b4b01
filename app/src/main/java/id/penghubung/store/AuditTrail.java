package id.penghubung.store;

import id.penghubung.model.TrackingId;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/** The audit room of {@link CaseStore}: what the officer's actions append to the {@link AuditLog}. */
final class AuditTrail {
    private final Db writer;
    private final AuditLog audit;
    private final Clock clock;

    AuditTrail(Db writer, AuditLog audit, Clock clock) {
        this.writer = writer;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Records that case files were printed or saved as PDF: who, when (now), which complaints (by
     * tracking ID, never names), where to (a printer name or a file name) and whether reporter
     * identities were on the pages.
     */
    void recordPrint(String account, List<TrackingId> cases, String destination, boolean withIdentities) {
        audit(account, CaseStore.AUDIT_PRINT, AuditLog.detail(cases.stream().map(TrackingId::value).toList(), cases.size(), destination,
                withIdentities, null));
    }

    /** Records an export: who, when (now), the format, how many complaints, where to, identities or not. */
    void recordExport(String account, String format, long count, String destination, boolean withIdentities) {
        audit(account, CaseStore.AUDIT_EXPORT, AuditLog.detail(List.of(), count, destination, withIdentities, format));
    }

    /**
     * Appends to the local audit log (append-only: a trigger refuses UPDATE and DELETE). The detail
     * must never carry a reporter identity or a secret.
     */
    void audit(String account, String action, String detail) {
        String a = Texts.clean("account", Objects.requireNonNull(account, "account"), Texts.MAX_SHORT);
        String act = Texts.clean("auditAction", Objects.requireNonNull(action, "action"), Texts.MAX_SHORT);
        String d = Texts.clean("auditDetail", Objects.requireNonNullElse(detail, ""), Texts.MAX_AUDIT_DETAIL);
        Instant now = clock.instant();
        writer.tx(() -> {
            audit.append(now, a, act, d);
            return null;
        });
    }
}
