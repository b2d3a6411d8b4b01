package id.penghubung.store;

import java.time.Instant;

/** One line of the append-only local audit log. */
public record AuditEntry(long seq, Instant at, String account, String action, String detail) {
}
