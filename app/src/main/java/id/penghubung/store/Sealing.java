package id.penghubung.store;

import id.penghubung.store.crypto.CryptoException;
import id.penghubung.store.crypto.FieldCipher;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.Base64;
import java.util.Objects;

/**
 * How the store keeps sensitive values (reporter identity, reporter names on events, draft texts):
 * sealed by the current {@link FieldCipher} into a BLOB, or as TEXT for a plain store. The storage
 * class tells them apart on read, so a plain value written before encryption was switched on still
 * reads (and is sealed by {@link #sealLegacy} on the first keyed open). The cipher is swapped by
 * lock/unlock; it is read once per operation.
 */
final class Sealing {
    static final String KEY_CHECK = "key_check";
    private static final String KEY_CHECK_TEXT = "penghubung-key-check-v1";
    private static final String KEY_CHECK_CONTEXT = "sync_state.key_check";

    private volatile FieldCipher cipher;

    Sealing(FieldCipher cipher) {
        this.cipher = Objects.requireNonNull(cipher, "cipher");
    }

    FieldCipher cipher() {
        return cipher;
    }

    /** Takes the store's key again after a lock; a plain store cannot be unlocked with a key. */
    void unlock(Db reader, FieldCipher cipher) {
        Objects.requireNonNull(cipher, "cipher");
        if (reader.read(() -> needsKeyCheck(reader, cipher))) {
            throw new IllegalStateException("A plain store cannot be unlocked with a key; reopen it");
        }
        set(cipher);
    }

    void set(FieldCipher next) {
        this.cipher = Objects.requireNonNull(next, "cipher");
    }

    /** Binds a sensitive value: a sealed BLOB under a keyed cipher, TEXT for a plain store. */
    void bind(PreparedStatement p, int index, String value, String context) throws SQLException {
        if (value == null) {
            p.setNull(index, Types.BLOB);
            return;
        }
        FieldCipher c = cipher;
        if (c.encrypts()) {
            p.setBytes(index, seal(c, value, context));
        } else if (c.isLocked()) {
            throw locked(null);
        } else {
            p.setString(index, value);
        }
    }

    /** The 1 written to a table's {@code enc} column when values are sealed (0: plain). */
    int encFlag() {
        return cipher.encrypts() ? FieldCipher.VERSION : 0;
    }

    /** Reads a sensitive column: opens a sealed BLOB, passes TEXT through. */
    String read(ResultSet rs, int column, String context) throws SQLException {
        Object v = rs.getObject(column);
        if (v == null) {
            return null;
        }
        if (v instanceof byte[] sealed) {
            FieldCipher c = cipher;
            if (!c.encrypts()) {
                throw locked(null);
            }
            try {
                return c.open(sealed, context);
            } catch (CryptoException e) {
                if (c.isLocked()) {
                    throw locked(e);
                }
                throw new DamagedStoreException("store.error.damaged", e);
            }
        }
        return v.toString();
    }

    private static byte[] seal(FieldCipher c, String value, String context) {
        try {
            return c.seal(value, context);
        } catch (CryptoException e) {
            throw locked(e);
        }
    }

    static StoreLockedException locked(Throwable cause) {
        return new StoreLockedException("store.error.locked", cause);
    }

    // ---------------------------------------------------------------- contexts (associated data)

    static String reporter(String column, String complaintId) {
        return "reporter." + column + "|" + complaintId;
    }

    static String eventActor(String complaintId, String eventId) {
        return "event.actor_name|" + complaintId + "|" + eventId;
    }

    static String draft(String complaintId, String kind) {
        return "draft.text|" + complaintId + "|" + kind;
    }

    /** A conflict's or rejection's server answer (the server's whole complaint, reporter included). */
    static String answer(String actionId) {
        return "outbox.server_answer|" + actionId;
    }

    /** The complaint as it was when an outbox action was written (BaseCopy; the reporter included). */
    static String baseCopy(String actionId) {
        return "outbox.base_copy|" + actionId;
    }

    // ---------------------------------------------------------------- key check

    /**
     * Checks the cipher against the store: a keyed cipher must open the stored key check (so a
     * wrong key fails at open, not at the first reporter); a plain one is refused by an encrypted
     * store. Returns true when the store has no key check yet (first keyed open: the caller seals
     * legacy values and writes the check).
     */
    static boolean needsKeyCheck(Db db, FieldCipher c) throws SQLException {
        if (c.isLocked()) {
            throw locked(null);
        }
        PreparedStatement p = db.ps("SELECT value FROM sync_state WHERE key = ?");
        p.setString(1, KEY_CHECK);
        String stored;
        try (ResultSet rs = p.executeQuery()) {
            stored = rs.next() ? rs.getString(1) : null;
        }
        if (stored == null) {
            return c.encrypts();
        }
        if (!c.encrypts()) {
            throw new StoreLockedException("store.error.encrypted", null);
        }
        try {
            if (!KEY_CHECK_TEXT.equals(c.open(Base64.getDecoder().decode(stored), KEY_CHECK_CONTEXT))) {
                throw new StoreLockedException("store.error.wrongKey", null);
            }
        } catch (CryptoException | IllegalArgumentException e) {
            throw new StoreLockedException("store.error.wrongKey", e);
        }
        return false;
    }

    /**
     * Every keyed open (idempotent step of schema v6): seals server answers still in the clear (kept
     * as TEXT by releases before v6). Returns how many; the caller then scrubs the file's free pages.
     */
    int sealAnswers(Db db) throws SQLException {
        if (!cipher.encrypts()) {
            return 0;
        }
        int sealed = 0;
        try (PreparedStatement q = db.connection.prepareStatement(
                "SELECT action_id, server_answer FROM outbox WHERE typeof(server_answer) = 'text'");
                PreparedStatement u = db.connection.prepareStatement("UPDATE outbox SET server_answer = ? WHERE action_id = ?");
                ResultSet rs = q.executeQuery()) {
            while (rs.next()) {
                bind(u, 1, rs.getString(2), answer(rs.getString(1)));
                u.setString(2, rs.getString(1));
                u.executeUpdate();
                sealed++;
            }
        }
        return sealed;
    }

    /**
     * First keyed open: seals every value still in the clear (a cache written before encryption),
     * then stores the key check, in one transaction. Returns how many values were sealed.
     */
    int sealLegacy(Db db) throws SQLException {
        FieldCipher c = cipher;
        int sealed = 0;
        try (PreparedStatement q = db.connection.prepareStatement(
                "SELECT r.complaint_rid, c.id, r.name, r.phone, r.email, r.nik FROM reporter r"
                        + " JOIN complaint c ON c.rid = r.complaint_rid WHERE r.enc = 0");
                PreparedStatement u = db.connection.prepareStatement(
                        "UPDATE reporter SET enc = ?, name = ?, phone = ?, email = ?, nik = ? WHERE complaint_rid = ?");
                ResultSet rs = q.executeQuery()) {
            while (rs.next()) {
                String id = rs.getString(2);
                u.setInt(1, FieldCipher.VERSION);
                bind(u, 2, rs.getString(3), reporter("name", id));
                bind(u, 3, rs.getString(4), reporter("phone", id));
                bind(u, 4, rs.getString(5), reporter("email", id));
                bind(u, 5, rs.getString(6), reporter("nik", id));
                u.setLong(6, rs.getLong(1));
                u.executeUpdate();
                sealed++;
            }
        }
        try (PreparedStatement q = db.connection.prepareStatement(
                "SELECT e.complaint_rid, e.seq, c.id, e.id, e.actor_name FROM event e JOIN complaint c ON c.rid = e.complaint_rid"
                        + " WHERE e.actor_kind = 'REPORTER' AND typeof(e.actor_name) = 'text'");
                PreparedStatement u = db.connection.prepareStatement(
                        "UPDATE event SET actor_name = ? WHERE complaint_rid = ? AND seq = ?");
                ResultSet rs = q.executeQuery()) {
            while (rs.next()) {
                bind(u, 1, rs.getString(5), eventActor(rs.getString(3), rs.getString(4)));
                u.setLong(2, rs.getLong(1));
                u.setLong(3, rs.getLong(2));
                u.executeUpdate();
                sealed++;
            }
        }
        try (PreparedStatement q = db.connection.prepareStatement(
                "SELECT complaint_id, kind, text FROM draft WHERE typeof(text) = 'text'");
                PreparedStatement u = db.connection.prepareStatement(
                        "UPDATE draft SET text = ? WHERE complaint_id = ? AND kind = ?");
                ResultSet rs = q.executeQuery()) {
            while (rs.next()) {
                bind(u, 1, rs.getString(3), draft(rs.getString(1), rs.getString(2)));
                u.setString(2, rs.getString(1));
                u.setString(3, rs.getString(2));
                u.executeUpdate();
                sealed++;
            }
        }
        PreparedStatement k = db.ps("INSERT INTO sync_state (key, value) VALUES (?, ?)");
        k.setString(1, KEY_CHECK);
        k.setString(2, Base64.getEncoder().encodeToString(
                c.seal(KEY_CHECK_TEXT, KEY_CHECK_CONTEXT)));
        k.executeUpdate();
        return sealed;
    }
}
