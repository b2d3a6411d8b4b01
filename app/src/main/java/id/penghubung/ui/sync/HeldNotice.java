package id.penghubung.ui.sync;

import id.penghubung.i18n.Messages;
import id.penghubung.store.HeldRecord;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Words for the pulled records the store holds aside (issue 21): a count for the status bar, and one
 * line per record (tracking ID and why) for its tooltip and the CLI. Never an identity: the records
 * only carry a reason code such as {@code tooLong:reporter.name}.
 */
public final class HeldNotice {
    private static final String TOO_LONG = "tooLong:";

    private HeldNotice() {
    }

    /** "2 laporan ditahan", or empty when none is held. */
    public static String summary(Messages messages, List<HeldRecord> held) {
        return held.isEmpty() ? "" : messages.get("sync.held.summary", held.size());
    }

    /** The explanation and one line per held record. */
    public static String details(Messages messages, List<HeldRecord> held) {
        return messages.get("sync.held.explain") + "\n"
                + held.stream().map(h -> line(messages, h)).collect(Collectors.joining("\n"));
    }

    public static String line(Messages messages, HeldRecord h) {
        return messages.get("sync.held.line", h.trackingId(), reason(messages, h.reason()));
    }

    /** The bundle key naming a store field ({@code reporter.name}, {@code location.detail}…) for an officer. */
    static String fieldKey(String field) {
        return switch (field.replaceFirst("\\..*", "")) {
            case "reporter" -> "sync.held.field.reporter";
            case "location" -> "sync.held.field.location";
            case "title" -> "sync.held.field.title";
            case "body" -> "sync.held.field.body";
            case "event" -> "sync.held.field.event";
            case "category" -> "sync.held.field.category";
            case "agency" -> "sync.held.field.agency";
            case "unit" -> "sync.held.field.unit";
            case "attachment" -> "sync.held.field.attachment";
            default -> "sync.held.field.other";
        };
    }

    static String reason(Messages messages, String code) {
        if (code.startsWith(TOO_LONG)) {
            return messages.get("sync.held.tooLong", messages.get(fieldKey(code.substring(TOO_LONG.length()))));
        }
        return messages.get("sync.held.unknown");
    }
}
