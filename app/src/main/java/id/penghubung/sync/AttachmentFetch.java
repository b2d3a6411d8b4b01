package id.penghubung.sync;

import id.penghubung.protocol.Endpoints;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The attachments room: one attachment on demand (resumed, verified against its hash), or those of open complaints after a pull. */
final class AttachmentFetch {
    private static final Logger LOG = LoggerFactory.getLogger(AttachmentFetch.class);

    private final CentralApi api;
    private final AttachmentFiles files;

    AttachmentFetch(CentralApi api, AttachmentFiles files) {
        this.api = api;
        this.files = files;
    }

    Path fetch(String sha256, long declaredSize, Retrier retrier) {
        Optional<Path> present = files.file(sha256);
        if (present.isPresent()) {
            return present.get();
        }
        long maxBytes = declaredSize >= 0 ? Math.min(declaredSize, Endpoints.MAX_ATTACHMENT_BYTES) : Endpoints.MAX_ATTACHMENT_BYTES;
        for (int round = 0; round < 2; round++) {
            try {
                long from = Math.min(files.partialLength(sha256), maxBytes);
                retrier.run("download", () -> api.downloadAttachment(sha256, from, maxBytes, files.sinkFor(sha256)));
            } catch (AnswerRefusedException e) {
                files.discardPart(sha256);
                throw e;
            }
            Optional<Path> done = files.complete(sha256);
            if (done.isPresent()) {
                return done.get();
            }
            // Hash mismatch: the bad part is gone; one clean retry from byte 0.
            LOG.warn("Attachment {} failed its hash check; downloading again", sha256.substring(0, 12));
        }
        throw new AnswerRefusedException(AnswerRefusedException.Reason.HASH_MISMATCH,
                "The attachment " + sha256.substring(0, 12) + " did not match its hash");
    }

    /** Fetches the wanted attachments in the run; a missing, oversized or corrupt one is counted, not fatal. */
    void downloadInBackground(Map<String, Long> wanted, SyncRun run) {
        if (wanted.isEmpty()) {
            return;
        }
        run.emit(SyncPhase.ATTACHMENTS);
        for (Map.Entry<String, Long> want : wanted.entrySet()) {
            String sha = want.getKey();
            run.retrier.checkCancelled();
            if (files.file(sha).isPresent()) {
                continue;
            }
            try {
                fetch(sha, want.getValue(), run.retrier);
                run.downloaded++;
                run.emit(SyncPhase.ATTACHMENTS);
            } catch (ApiException | AnswerRefusedException e) {
                if (e instanceof ApiException api && api.status() == 401) {
                    throw e;
                }
                // A missing, oversized or corrupt file must not fail the sync; on demand it is tried again.
                run.attachmentsFailed++;
                LOG.warn("Background download of {} given up: {}", sha.substring(0, 12), e.getMessage());
            }
        }
    }
}
