package id.penghubung.store;

import id.penghubung.i18n.Messages;
import java.util.List;
import java.util.Objects;

/**
 * A failure of the local case store, carrying a bundle key (and arguments) so the UI can show it in
 * the officer's language. The exception's own message is the key plus arguments, for logs.
 */
public class StoreException extends RuntimeException {
    private final String messageKey;
    private final transient List<Object> args;

    public StoreException(String messageKey, Throwable cause, Object... args) {
        super(messageKey + (args.length == 0 ? "" : " " + List.of(args)), cause);
        this.messageKey = Objects.requireNonNull(messageKey, "messageKey");
        this.args = List.of(args);
    }

    /** The bundle key, e.g. {@code store.error.diskFull}. */
    public String messageKey() {
        return messageKey;
    }

    public List<Object> args() {
        return args;
    }

    /** The message for the officer, in the bundle's language. */
    public String localizedMessage(Messages messages) {
        return messages.get(messageKey, args.toArray());
    }
}
