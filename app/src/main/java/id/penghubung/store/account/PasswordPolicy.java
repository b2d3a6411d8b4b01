package id.penghubung.store.account;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * The local password policy (issue 21): the password is the only key to this computer's copy of an
 * account, so when the key file is first made or re-wrapped for a new password the password must be
 * at least {@value #MIN_LENGTH} characters, must not be or contain the user name, and must not be in
 * a shipped list of common passwords ({@value #LIST}). Passwords are set on the server; a refused
 * one is changed there. Existing key files are not re-judged. The training server's password
 * ({@code latihan123}) passes, so the demo keeps working (docs/security.md).
 */
public final class PasswordPolicy {
    public static final int MIN_LENGTH = 10;
    static final String LIST = "/penghubung/data/common-passwords.txt";
    private static final int MIN_DISTINCT = 4;
    private static final int MIN_USERNAME_IN_PASSWORD = 4;

    /** The verdict: {@link #ok()}, or a bundle key with its arguments for the officer. */
    public record Verdict(String messageKey, List<Object> args) {
        static final Verdict OK = new Verdict("", List.of());

        public Verdict {
            Objects.requireNonNull(messageKey, "messageKey");
            args = List.copyOf(args);
        }

        public boolean ok() {
            return messageKey.isEmpty();
        }
    }

    private final Set<String> common;
    private final int minLength;

    private PasswordPolicy(Set<String> common, int minLength) {
        this.common = Set.copyOf(common);
        this.minLength = minLength;
    }

    /** The shipped list with another minimum length (at least {@value #MIN_LENGTH}): for stricter agencies and tests. */
    public static PasswordPolicy withMinLength(int minLength) {
        if (minLength < MIN_LENGTH) {
            throw new IllegalArgumentException("minLength below " + MIN_LENGTH);
        }
        return new PasswordPolicy(standard().common, minLength);
    }

    /** The policy with the shipped list. */
    public static PasswordPolicy standard() {
        return Holder.STANDARD;
    }

    private static final class Holder {
        static final PasswordPolicy STANDARD = new PasswordPolicy(load(), MIN_LENGTH);
    }

    public Verdict check(String username, char[] password) {
        String pw = new String(password);
        int length = pw.codePointCount(0, pw.length());
        if (length < minLength) {
            return new Verdict("security.password.tooShort", List.of(minLength));
        }
        String lower = pw.toLowerCase(Locale.ROOT);
        String user = Objects.requireNonNullElse(username, "").strip().toLowerCase(Locale.ROOT);
        if (!user.isEmpty() && (lower.equals(user) || user.length() >= MIN_USERNAME_IN_PASSWORD && lower.contains(user))) {
            return new Verdict("security.password.username", List.of());
        }
        if (common.contains(lower) || lower.codePoints().distinct().count() < MIN_DISTINCT) {
            return new Verdict("security.password.common", List.of());
        }
        return Verdict.OK;
    }

    /** How many passwords the shipped list holds. */
    int commonCount() {
        return common.size();
    }

    private static Set<String> load() {
        Set<String> out = new HashSet<>();
        try (InputStream in = Objects.requireNonNull(PasswordPolicy.class.getResourceAsStream(LIST), LIST);
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String p = line.strip();
                if (!p.isEmpty() && !p.startsWith("#")) {
                    out.add(p.toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + LIST, e);
        }
        return out;
    }
}
