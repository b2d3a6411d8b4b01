package id.penghubung.ui.app;

import id.penghubung.sync.AnswerRefusedException;
import id.penghubung.sync.ApiException;
import id.penghubung.sync.AuthenticationRequired;
import id.penghubung.sync.SyncCancelledException;
import id.penghubung.sync.TransportException;
import id.penghubung.ui.common.OfficerText;
import id.penghubung.ui.sync.SyncControl;
import java.util.Optional;

/** Why a sync run failed, as a bundle key in the officer's words ({@code ui.sync.why.*}); never an HTTP code. */
final class SyncFailures {
    private SyncFailures() {
    }

    /** Empty for a run the desk itself stopped (the lock screen): nothing failed. */
    static Optional<String> key(RuntimeException failure) {
        return Optional.ofNullable(switch (failure) {
            case SyncCancelledException c -> null;
            case AuthenticationRequired a -> SyncControl.PASSWORD_NEEDED;
            case TransportException t -> t.deadlineExceeded() ? "ui.sync.why.slow" : "ui.sync.why.unreachable";
            case AnswerRefusedException r -> "ui.sync.why.refused";
            case ApiException e when e.status() == 429 || e.status() == 503 -> "ui.sync.why.busy";
            case ApiException e when e.status() >= 500 -> "ui.sync.why.server";
            case ApiException e -> "ui.sync.why.refused";
            case RuntimeException e when OfficerText.isDamagedCache(e) -> "ui.sync.why.damaged";
            default -> "ui.sync.why.other";
        });
    }
}
