package id.penghubung.store;

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
 * <p>The rows follow the cache like the search index does: {@link #refresh} hashes what is new or
 * changed since (by complaint version), needing the unlocked key; deleted complaints take their row
 * with them (foreign key).
 */
final class ReporterKeys {
    static final String KEY_LABEL = "reporter-match-v1";
    private static final int BATCH = 500;

    private ReporterKeys() {
    }

    /** Hashes the reporters of complaints new or changed since the last refresh; returns how many. */
    static int refresh(Db db, FieldCipher cipher) {
        byte[] key = cipher.subkey(KEY_LABEL);
        try {
            Sealing sealing = new Sealing(cipher);
            int total = 0;
            while (true) {
                int n = db.tx(() -> refreshBatch(db, sealing, key));
                total += n;
                if (n < BATCH) {
                    return total;
                }
            }
        } finally {
            Arrays.fill(key, (byte) 0);
        }
    }

    private static int refreshBatch(Db db, Sealing sealing, byte[] key) throws SQLException {
        record Row(long rid, String id, long version) {
        }
        List<Row> stale = new ArrayList<>();
        try (ResultSet rs = db.ps("SELECT c.rid, c.id, c.version FROM complaint c"
                + " LEFT JOIN reporter_match m ON m.complaint_rid = c.rid"
                + " WHERE m.complaint_rid IS NULL OR m.version <> c.version LIMIT " + BATCH).executeQuery()) {
            while (rs.next()) {
                stale.add(new Row(rs.getLong(1), rs.getString(2), rs.getLong(3)));
            }
        }
        PreparedStatement read = db.ps("SELECT phone, email, nik FROM reporter WHERE complaint_rid = ?");
        PreparedStatement write = db.ps("INSERT INTO reporter_match (complaint_rid, version, nik, phone, email)"
                + " VALUES (?, ?, ?, ?, ?) ON CONFLICT (complaint_rid) DO UPDATE SET version = excluded.version,"
                + " nik = excluded.nik, phone = excluded.phone, email = excluded.email");
        for (Row row : stale) {
            byte[] nik = null;
            byte[] phone = null;
            byte[] email = null;
            read.setLong(1, row.rid());
            try (ResultSet rs = read.executeQuery()) {
                if (rs.next()) {
                    phone = mac(key, "phone", phone(sealing.read(rs, 1, Sealing.reporter("phone", row.id()))));
                    email = mac(key, "email", email(sealing.read(rs, 2, Sealing.reporter("email", row.id()))));
                    nik = mac(key, "nik", digits(sealing.read(rs, 3, Sealing.reporter("nik", row.id()))));
                }
            }
            write.setLong(1, row.rid());
            write.setLong(2, row.version());
            write.setBytes(3, nik);
            write.setBytes(4, phone);
            write.setBytes(5, email);
            write.executeUpdate();
        }
        return stale.size();
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

    private static byte[] mac(byte[] key, String kind, String value) {
        if (value == null) {
            return null;
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal((kind + "|" + value).getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }
}
