package id.penghubung.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.util.Optional;

/**
 * The account password for a headless command: {@code PENGHUBUNG_PASSWORD}, else typed on the
 * console (not echoed), else one line of standard input. Never logged; the caller zeroes it.
 */
final class PasswordInput {
    private PasswordInput() {
    }

    static Optional<char[]> read(String prompt) {
        String fromEnv = System.getenv(SyncCommand.PASSWORD_ENV);
        if (fromEnv != null && !fromEnv.isEmpty()) {
            return Optional.of(fromEnv.toCharArray());
        }
        if (System.console() != null) {
            char[] typed = System.console().readPassword("%s ", prompt);
            return typed == null || typed.length == 0 ? Optional.empty() : Optional.of(typed);
        }
        try {
            String line = new BufferedReader(new InputStreamReader(System.in, Charset.defaultCharset())).readLine();
            return line == null || line.isEmpty() ? Optional.empty() : Optional.of(line.toCharArray());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the password from standard input", e);
        }
    }
}
