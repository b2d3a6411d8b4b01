package id.penghubung.ui.common;

import id.penghubung.i18n.Messages;
import id.penghubung.model.calendar.HolidayDataException;
import id.penghubung.store.DamagedStoreException;
import id.penghubung.store.NewerSchemaException;
import id.penghubung.store.StoreException;
import id.penghubung.store.crypto.CryptoException;
import id.penghubung.store.crypto.WrongPasswordException;
import id.penghubung.sync.AnswerRefusedException;
import id.penghubung.sync.ApiException;
import id.penghubung.sync.AuthenticationRequired;
import id.penghubung.sync.InsecureServerException;
import id.penghubung.sync.SyncCancelledException;
import id.penghubung.sync.TransportException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.util.Optional;

/**
 * The one place that turns any failure into officer text, in the desk's language: every view model
 * and the command line show {@link #of} instead of an exception's message, so no message key, class
 * name or stack detail reaches a screen or a terminal. A cause chain is searched for the failure the
 * officer can act on (a damaged or newer cache inside a sign-in failure, a full disk inside an I/O error).
 */
public final class OfficerText {
    private OfficerText() {
    }

    /** The officer's words for {@code failure}; a damaged cache is also passed to {@link CacheDamage} (the rebuild is offered). */
    public static String of(Messages messages, Throwable failure) {
        CacheDamage.check(failure);
        for (Throwable t = failure; t != null; t = t.getCause()) {
            Optional<String> text = known(messages, t);
            if (text.isPresent()) {
                return text.get();
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return messages.get("ui.error.unexpected");
    }

    /** Whether the failure means the local cache cannot be used as it is (damaged, or from a newer version). */
    public static boolean isUnusableCache(Throwable failure) {
        for (Throwable t = failure; t != null && t.getCause() != t; t = t.getCause()) {
            if (t instanceof DamagedStoreException || t instanceof NewerSchemaException) {
                return true;
            }
        }
        return false;
    }

    /** Whether the failure means the local cache is damaged (not merely newer): a rebuild from the server can help. */
    public static boolean isDamagedCache(Throwable failure) {
        for (Throwable t = failure; t != null && t.getCause() != t; t = t.getCause()) {
            if (t instanceof DamagedStoreException) {
                return true;
            }
        }
        return false;
    }

    private static Optional<String> known(Messages messages, Throwable t) {
        String text = switch (t) {
            case DamagedStoreException d when d.messageKey().equals("store.error.damaged") -> messages.get("ui.error.damagedCache");
            case NewerSchemaException n -> store(messages, n);
            case StoreException s -> store(messages, s);
            case CryptoException c -> messages.get("store.error.encrypted");
            case WrongPasswordException w -> messages.get("store.error.wrongKey");
            case SyncCancelledException c -> messages.get("ui.error.cancelled");
            case AuthenticationRequired a -> messages.get("ui.sync.notice.password");
            case TransportException e -> messages.get(e.deadlineExceeded() ? "ui.sync.why.slow" : "ui.sync.why.unreachable");
            case AnswerRefusedException e -> messages.get("ui.sync.why.refused");
            case ApiException e when e.status() == 429 || e.status() == 503 -> messages.get("ui.sync.why.busy");
            case ApiException e when e.status() >= 500 -> messages.get("ui.sync.why.server");
            case ApiException e -> messages.get("ui.sync.why.refused");
            case InsecureServerException e -> messages.get("ui.error.insecureServer");
            case HolidayDataException e -> messages.get("ui.error.holidays");
            case NoSuchFileException e -> messages.get("ui.error.noSuchFile", fileName(e));
            case AccessDeniedException e -> messages.get("ui.error.accessDenied", fileName(e));
            case FileSystemException e -> messages.get("store.error.io", fileName(e));
            case UncheckedIOException e -> null; // its cause says more
            case IOException e -> messages.get("ui.error.io");
            case OutOfMemoryError e -> messages.get("ui.error.memory");
            default -> null;
        };
        return Optional.ofNullable(text);
    }

    /** A store failure in its own words; a key the bundle lacks reads as the generic text, never as the key. */
    private static String store(Messages messages, StoreException s) {
        return messages.has(s.messageKey()) ? s.localizedMessage(messages) : messages.get("ui.error.unexpected");
    }

    private static String fileName(FileSystemException e) {
        return e.getFile() == null ? "" : e.getFile();
    }
}
