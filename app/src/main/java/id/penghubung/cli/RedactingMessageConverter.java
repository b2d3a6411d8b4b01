package id.penghubung.cli;

import ch.qos.logback.classic.pattern.MessageConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;
import java.util.regex.Pattern;

/**
 * Last line of defence for the log file: whatever a careless message contains, bearer tokens,
 * password and token fields, and NIK-like 16-digit numbers are masked before they are written.
 * Code must still never log secrets or identities; this only catches mistakes.
 */
public final class RedactingMessageConverter extends MessageConverter {
    private static final Pattern BEARER = Pattern.compile("(?i)(bearer\\s+)[A-Za-z0-9._~+/=-]+");
    private static final Pattern SECRET_FIELD = Pattern.compile(
            "(?i)(\"?(?:password|accessToken|refreshToken|token|nik)\"?\\s*[:=]\\s*\"?)[^\",\\s}]+");
    private static final Pattern NIK = Pattern.compile("(?<!\\d)\\d{16}(?!\\d)");

    @Override
    public String convert(ILoggingEvent event) {
        return redact(super.convert(event));
    }

    public static String redact(String message) {
        if (message == null) {
            return null;
        }
        String masked = BEARER.matcher(message).replaceAll("$1***");
        masked = SECRET_FIELD.matcher(masked).replaceAll("$1***");
        return NIK.matcher(masked).replaceAll("****************");
    }
}
