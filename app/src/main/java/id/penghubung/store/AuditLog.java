package id.penghubung.store;

import id.penghubung.store.crypto.FieldCipher;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The local audit log (prints, exports, …), append-only and tamper-evident: each row carries
 * {@code mac = HMAC-SHA256(K, previous mac || canonical row)} with K derived one-way from the
 * account's data key ({@link FieldCipher#subkey}), so whoever lacks the password cannot re-chain
 * edited rows. A head record ({@code sync_state.audit_head}, an HMAC of a different kind over the
 * newest sequence number and mac) catches the newest rows being cut off. The chain is checked at
 * every open; what it finds is a list of {@link Problem}s (bundle keys) for the officer, never a
 * refusal to open. Rows from before schema v5 are chained once at the first open after the upgrade.
 *
 * <p>Not caught: a copy of the whole file put back (a rollback), or the log cut back to an earlier
 * state together with that state's head kept by the attacker (docs/security.md).
 */
public final class AuditLog {
    static final String HEAD = "audit_head";
    /** Written by migration v5: the rows present then are chained at the next open. */
    static final String PENDING = "audit_chain_pending";
    /**
     * Written into the chain itself when a check finds problems, so that a finding (e.g. the newest
     * rows cut off, which the next append would otherwise paper over) stays on record.
     */
    public static final String CHECK_FAILED = "AUDIT_CHECK_FAILED";
    private static final String SYSTEM_ACCOUNT = "penghubung";
    private static final String KEY_LABEL = "audit-chain-v1";
    private static final byte[] GENESIS = new byte[32];
    private static final String NO_UPDATE = "CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log"
            + " BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END";

    /** A finding of the chain check, as a bundle key with its arguments. */
    public record Problem(String messageKey, List<Object> args) {
        public Problem {
            args = List.copyOf(args);
        }
    }

    private final Db writer;
    private final byte[] key;
    private final List<Problem> problems;

    private AuditLog(Db writer, byte[] key, List<Problem> problems) {
        this.writer = writer;
        this.key = key;
        this.problems = List.copyOf(problems);
    }

    /**
     * Checks the chain and chains what is pending. {@code firstKeyedOpen}: the store was plain until
     * now, its chain was made with the public plain key; it is checked with that key and re-chained
     * under the data key.
     */
    static AuditLog open(Db writer, FieldCipher cipher, boolean firstKeyedOpen, Clock clock) {
        byte[] key = cipher.subkey(KEY_LABEL);
        byte[] checkKey = firstKeyedOpen ? FieldCipher.plain().subkey(KEY_LABEL) : key;
        AuditLog log = new AuditLog(writer, key, List.of());
        List<Problem> found = writer.tx(() -> {
            if (pending(writer)) {
                rechain(writer, key);
                writer.exec("DELETE FROM sync_state WHERE key = '" + PENDING + "'");
                return List.of();
            }
            List<Problem> p = check(writer, checkKey);
            if (firstKeyedOpen) {
                rechain(writer, key);
            }
            log.recordFindings(p, clock.instant());
            return p;
        });
        return new AuditLog(writer, key, found);
    }

    /** What the check at open found; empty when the log is intact. */
    List<Problem> problems() {
        return problems;
    }

    /** Appends one row (inside the caller's transaction on the writer connection). */
    void append(Instant at, String account, String action, String detail) throws SQLException {
        long seq;
        byte[] prev;
        try (ResultSet rs = writer.ps("SELECT max(seq) FROM audit_log").executeQuery()) {
            rs.next();
            seq = rs.getLong(1) + 1;
        }
        PreparedStatement last = writer.ps("SELECT mac FROM audit_log WHERE seq = ?");
        last.setLong(1, seq - 1);
        try (ResultSet rs = last.executeQuery()) {
            prev = rs.next() && rs.getBytes(1) != null ? rs.getBytes(1) : GENESIS;
        }
        long atMillis = at.toEpochMilli();
        byte[] mac = mac(key, prev, seq, atMillis, account, action, detail);
        PreparedStatement p = writer.ps("INSERT INTO audit_log (seq, at, account, action, detail, mac) VALUES (?, ?, ?, ?, ?, ?)");
        p.setLong(1, seq);
        p.setLong(2, atMillis);
        p.setString(3, account);
        p.setString(4, action);
        p.setString(5, detail);
        p.setBytes(6, mac);
        p.executeUpdate();
        writeHead(writer, key, seq, mac);
    }

    /** Appends the findings as a {@link #CHECK_FAILED} entry unless the newest entry already says the same. */
    private void recordFindings(List<Problem> found, Instant now) throws SQLException {
        if (found.isEmpty()) {
            return;
        }
        StringBuilder detail = new StringBuilder();
        for (Problem p : found) {
            String item = p.messageKey() + " " + p.args();
            if (detail.length() + item.length() + 2 > Texts.MAX_AUDIT_DETAIL) {
                break;
            }
            detail.append(detail.isEmpty() ? "" : "; ").append(item);
        }
        try (ResultSet rs = writer.ps("SELECT action, detail FROM audit_log ORDER BY seq DESC LIMIT 1").executeQuery()) {
            if (rs.next() && CHECK_FAILED.equals(rs.getString(1)) && detail.toString().equals(rs.getString(2))) {
                return;
            }
        }
        append(now, SYSTEM_ACCOUNT, CHECK_FAILED, detail.toString());
    }

    private static boolean pending(Db db) throws SQLException {
        try (ResultSet rs = db.ps("SELECT 1 FROM sync_state WHERE key = '" + PENDING + "'").executeQuery()) {
            return rs.next();
        }
    }

    private static List<Problem> check(Db db, byte[] key) throws SQLException {
        List<Problem> out = new ArrayList<>();
        byte[] prev = GENESIS;
        long prevSeq = 0;
        boolean lastOk = true;
        try (PreparedStatement q = db.connection.prepareStatement(
                "SELECT seq, at, account, action, detail, mac FROM audit_log ORDER BY seq");
                ResultSet rs = q.executeQuery()) {
            while (rs.next()) {
                long seq = rs.getLong(1);
                byte[] stored = rs.getBytes(6);
                byte[] expected = mac(key, prev, seq, rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5));
                lastOk = stored != null && MessageDigest.isEqual(expected, stored);
                if (!lastOk) {
                    out.add(seq != prevSeq + 1 ? new Problem("store.audit.missing", List.of(prevSeq, seq))
                            : new Problem("store.audit.changed", List.of(seq)));
                }
                // The stored mac chains on: one edited row is one finding, not every row after it.
                prev = stored == null ? GENESIS : stored;
                prevSeq = seq;
            }
        }
        if (lastOk && !headMatches(db, key, prevSeq, prev)) {
            out.add(new Problem("store.audit.truncated", List.of(prevSeq)));
        }
        return out;
    }

    private static boolean headMatches(Db db, byte[] key, long lastSeq, byte[] lastMac) throws SQLException {
        String stored;
        try (ResultSet rs = db.ps("SELECT value FROM sync_state WHERE key = '" + HEAD + "'").executeQuery()) {
            stored = rs.next() ? rs.getString(1) : null;
        }
        if (stored == null) {
            return lastSeq == 0;
        }
        return MessageDigest.isEqual(stored.getBytes(StandardCharsets.US_ASCII),
                head(key, lastSeq, lastMac).getBytes(StandardCharsets.US_ASCII));
    }

    /** Chains every row afresh under {@code key} (the update trigger is lifted inside this transaction only). */
    private static void rechain(Db db, byte[] key) throws SQLException {
        db.exec("DROP TRIGGER IF EXISTS audit_log_no_update");
        byte[] prev = GENESIS;
        long last = 0;
        try (PreparedStatement q = db.connection.prepareStatement(
                "SELECT seq, at, account, action, detail FROM audit_log ORDER BY seq");
                PreparedStatement u = db.connection.prepareStatement("UPDATE audit_log SET mac = ? WHERE seq = ?");
                ResultSet rs = q.executeQuery()) {
            while (rs.next()) {
                last = rs.getLong(1);
                prev = mac(key, prev, last, rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5));
                u.setBytes(1, prev);
                u.setLong(2, last);
                u.executeUpdate();
            }
        }
        db.exec(NO_UPDATE);
        if (last > 0) {
            writeHead(db, key, last, prev);
        } else {
            db.exec("DELETE FROM sync_state WHERE key = '" + HEAD + "'");
        }
    }

    private static void writeHead(Db db, byte[] key, long seq, byte[] mac) throws SQLException {
        PreparedStatement p = db.ps("INSERT OR REPLACE INTO sync_state (key, value) VALUES ('" + HEAD + "', ?)");
        p.setString(1, head(key, seq, mac));
        p.executeUpdate();
    }

    private static String head(byte[] key, long seq, byte[] mac) {
        byte[] tag = hmac(key, ByteBuffer.allocate(5 + 8 + mac.length).put("head|".getBytes(StandardCharsets.US_ASCII))
                .putLong(seq).put(mac).array());
        return seq + ":" + Base64.getEncoder().encodeToString(tag);
    }

    /** HMAC over the previous mac and the row's fields, each length-prefixed (no ambiguity between fields). */
    static byte[] mac(byte[] key, byte[] prev, long seq, long at, String account, String action, String detail) {
        byte[][] texts = {bytes(account), bytes(action), bytes(detail)};
        int size = 4 + prev.length + 16;
        for (byte[] t : texts) {
            size += 4 + t.length;
        }
        ByteBuffer b = ByteBuffer.allocate(size).putInt(prev.length).put(prev).putLong(seq).putLong(at);
        for (byte[] t : texts) {
            b.putInt(t.length).put(t);
        }
        return hmac(key, b.array());
    }

    private static byte[] bytes(String s) {
        return Objects.requireNonNullElse(s, "").getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] hmac(byte[] key, byte[] data) {
        try {
            Mac m = Mac.getInstance("HmacSHA256");
            m.init(new SecretKeySpec(key, "HmacSHA256"));
            return m.doFinal(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    /** Drops the chain key (the store is closed). */
    void close() {
        Arrays.fill(key, (byte) 0);
    }

    /** The detail text of a print or export entry: counts, tracking IDs (never names), where to. */
    static String detail(List<String> ids, long count, String destination, boolean withIdentities,
            String format) {
        StringBuilder sb = new StringBuilder();
        if (format != null) {
            sb.append("format=").append(format).append("; ");
        }
        sb.append("count=").append(count);
        if (!ids.isEmpty()) {
            sb.append("; cases=");
            int budget = Texts.MAX_AUDIT_DETAIL / 2;
            int shown = 0;
            for (String id : ids) {
                if (sb.length() + id.length() > budget) {
                    break;
                }
                sb.append(shown == 0 ? "" : ",").append('#').append(id);
                shown++;
            }
            if (shown < ids.size()) {
                sb.append(" +").append(ids.size() - shown);
            }
        }
        String to = Objects.requireNonNullElse(destination, "");
        sb.append("; to=").append(to.length() > 200 ? to.substring(to.length() - 200) : to);
        sb.append("; identities=").append(withIdentities ? "yes" : "no");
        return sb.toString();
    }

    /** The newest {@code limit} entries, newest first (on a reader connection, inside its read). */
    static List<AuditEntry> newest(Db reader, int limit) throws SQLException {
        PreparedStatement p = reader.ps("SELECT seq, at, account, action, detail FROM audit_log ORDER BY seq DESC LIMIT ?");
        p.setInt(1, limit);
        List<AuditEntry> out = new ArrayList<>();
        try (ResultSet rs = p.executeQuery()) {
            while (rs.next()) {
                out.add(new AuditEntry(rs.getLong(1), Instant.ofEpochMilli(rs.getLong(2)), rs.getString(3),
                        rs.getString(4), rs.getString(5)));
            }
        }
        return out;
    }
}
