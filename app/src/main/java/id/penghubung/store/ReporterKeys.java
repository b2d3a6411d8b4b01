package id.penghubung.store;

import id.penghubung.model.Reporter;
import id.penghubung.store.crypto.FieldCipher;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The reporter of each cached complaint as keyed hashes (table {@code reporter_match}, schema v7),
 * so the matcher can tell "the same reporter" without the identity ever leaving its sealed columns:
 * HMAC-SHA256 of the normalised NIK, phone number and e-mail address under a key derived one-way
 * from the account's data key ({@link FieldCipher#subkey}, label {@value #KEY_LABEL}). Without the
 * password the hashes cannot be recomputed, so they cannot be tested against guessed numbers.
 * Anonymous complaints (no identity on this machine) get a row without hashes.
 *
 * <p>The rows are written with the page that brings the complaint ({@link Writer}, from
 * {@link CacheWriter}), so the matcher's first open does not hash the whole cache; {@link #refresh}
 * catches up what an older build left without a row or at an older version, needing the unlocked
 * key; deleted complaints take their row with them (foreign key).
 */
final class ReporterKeys {
    static final String KEY_LABEL = "reporter-match-v1";
    private static final int BATCH = 500;
    /** The sync_state key present once every cached complaint's row is current (schema v12). */
    static final String COMPLETE = "reporter_keys_complete";

    private ReporterKeys() {
    }

    /**
     * Hashes the reporters of complaints an older build left without a row or at an older version;
     * returns how many. Once every row is current the cache says so ({@value #COMPLETE}), and later
     * opens skip the walk: every page since writes its own rows.
     */
    static int refresh(Db db, FieldCipher cipher) {
        if (complete(db)) {
            return 0;
        }
        byte[] key = cipher.subkey(KEY_LABEL);
        try {
            Sealing sealing = new Sealing(cipher);
            int total = 0;
            long[] after = {0};
            while (true) {
                int n = db.tx(() -> refreshBatch(db, sealing, key, after));
                total += n;
                if (n < BATCH) {
                    db.tx(() -> db.ps("INSERT OR REPLACE INTO sync_state (key, value) VALUES ('" + COMPLETE + "', '1')")
                            .executeUpdate());
                    return total;
                }
            }
        } finally {
            Arrays.fill(key, (byte) 0);
        }
    }

    /** True when every cached complaint has its current row (no walk needed). */
    static boolean complete(Db db) {
        return db.read(() -> {
            try (ResultSet rs = db.ps("SELECT 1 FROM sync_state WHERE key = '" + COMPLETE + "'").executeQuery()) {
                return rs.next();
            }
        });
    }

    /**
     * Writes a complaint's row as its page lands, in the page's transaction: the reporter's keyed
     * hashes (none for an anonymous complaint). Keeps one keyed MAC while the store's cipher stays
     * the same; a locked store leaves a named reporter's row to {@link #refresh} (its page cannot be
     * written then anyway: the identity could not be sealed).
     */
    static final class Writer {
        private FieldCipher keyedBy;
        private Mac mac;

        void write(Db db, FieldCipher cipher, long rid, long version, Reporter reporter) throws SQLException {
            byte[] nik = null;
            byte[] phone = null;
            byte[] email = null;
            if (reporter != null) {
                if (cipher.isLocked()) {
                    return;
                }
                Mac m = keyedFor(cipher);
                phone = mac(m, "phone", phone(reporter.phone().orElse(null)));
                email = mac(m, "email", email(reporter.email().orElse(null)));
                nik = mac(m, "nik", digits(reporter.nik().orElse(null)));
            }
            upsert(db, rid, version, nik, phone, email);
        }

        private Mac keyedFor(FieldCipher cipher) {
            if (mac == null || keyedBy != cipher) {
                byte[] key = cipher.subkey(KEY_LABEL);
                try {
                    mac = keyed(key);
                    keyedBy = cipher;
                } finally {
                    Arrays.fill(key, (byte) 0);
                }
            }
            return mac;
        }
    }

    private static int refreshBatch(Db db, Sealing sealing, byte[] key, long[] after) throws SQLException {
        record Row(long rid, String id, long version) {
        }
        List<Row> stale = new ArrayList<>();
        // Walks the cache once in rid order (a cursor, not a rescan from the start for every batch).
        PreparedStatement find = db.ps("SELECT c.rid, c.id, c.version FROM complaint c"
                + " LEFT JOIN reporter_match m ON m.complaint_rid = c.rid"
                + " WHERE c.rid > ? AND (m.complaint_rid IS NULL OR m.version <> c.version) ORDER BY c.rid LIMIT " + BATCH);
        find.setLong(1, after[0]);
        try (ResultSet rs = find.executeQuery()) {
            while (rs.next()) {
                stale.add(new Row(rs.getLong(1), rs.getString(2), rs.getLong(3)));
                after[0] = rs.getLong(1);
            }
        }
        Mac m = keyed(key);
        PreparedStatement read = db.ps("SELECT phone, email, nik FROM reporter WHERE complaint_rid = ?");
        for (Row row : stale) {
            byte[] nik = null;
            byte[] phone = null;
            byte[] email = null;
            read.setLong(1, row.rid());
            try (ResultSet rs = read.executeQuery()) {
                if (rs.next()) {
                    phone = mac(m, "phone", phone(sealing.read(rs, 1, Sealing.reporter("phone", row.id()))));
                    email = mac(m, "email", email(sealing.read(rs, 2, Sealing.reporter("email", row.id()))));
                    nik = mac(m, "nik", digits(sealing.read(rs, 3, Sealing.reporter("nik", row.id()))));
                }
            }
            upsert(db, row.rid(), row.version(), nik, phone, email);
        }
        return stale.size();
    }

    private static void upsert(Db db, long rid, long version, byte[] nik, byte[] phone, byte[] email) throws SQLException {
        PreparedStatement write = db.ps("INSERT INTO reporter_match (complaint_rid, version, nik, phone, email)"
                + " VALUES (?, ?, ?, ?, ?) ON CONFLICT (complaint_rid) DO UPDATE SET version = excluded.version,"
                + " nik = excluded.nik, phone = excluded.phone, email = excluded.email");
        write.setLong(1, rid);
        write.setLong(2, version);
        write.setBytes(3, nik);
        write.setBytes(4, phone);
        write.setBytes(5, email);
        write.executeUpdate();
    }

    /** Digits only; Indonesia's +62/62 prefix read as the leading 0. Null when too short to identify anyone. */
    static String phone(String raw) {
        String d = digits(raw);
        if (d == null) {
            return null;
        }
        if (d.startsWith("62")) {
            d = "0" + d.substring(2);
        }
        return d.length() >= 8 ? d : null;
    }

    static String email(String raw) {
        if (raw == null) {
            return null;
        }
        String e = raw.strip().toLowerCase(Locale.ROOT);
        return e.contains("@") ? e : null;
    }

    static String digits(String raw) {
        if (raw == null) {
            return null;
        }
        StringBuilder sb = new StringBuilder();
        raw.codePoints().filter(Character::isDigit).forEach(cp -> sb.append(Character.forDigit(Character.digit(cp, 10), 10)));
        return sb.length() >= 8 ? sb.toString() : null;
    }

    private static Mac keyed(byte[] key) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }

    private static byte[] mac(Mac mac, String kind, String value) {
        return value == null ? null : mac.doFinal((kind + "|" + value).getBytes(StandardCharsets.UTF_8));
    }
}
