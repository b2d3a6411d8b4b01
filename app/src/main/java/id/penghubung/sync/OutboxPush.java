package id.penghubung.sync;

import id.penghubung.model.Complaint;
import id.penghubung.model.action.Complete;
import id.penghubung.model.action.OfficerAction;
import id.penghubung.model.action.Respond;
import id.penghubung.protocol.ActionOutcome;
import id.penghubung.protocol.ActionResult;
import id.penghubung.protocol.ApiError;
import id.penghubung.protocol.WireAction;
import id.penghubung.protocol.WireMapper;
import id.penghubung.store.CaseStore;
import id.penghubung.store.HeldRecord;
import id.penghubung.store.OutboxEntry;
import id.penghubung.store.OutboxState;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The push room of a sync run: the store hands out only the head of each complaint's queue; each
 * round sends those heads in batches, and {@code markApplied} rebases the complaint's next action
 * onto the new version, so one complaint's actions go in order without self-inflicted conflicts, and
 * a quarantined complaint (CONFLICT/REJECTED head) never holds up the others.
 */
final class OutboxPush {
    private static final Logger LOG = LoggerFactory.getLogger(OutboxPush.class);

    private final CentralApi api;
    private final CaseStore store;
    private final AttachmentFiles files;
    private final IncomingComplaints incoming;
    private final int batchSize;
    private final SyncRun run;

    OutboxPush(CentralApi api, CaseStore store, AttachmentFiles files, IncomingComplaints incoming, int batchSize, SyncRun run) {
        this.api = api;
        this.store = store;
        this.files = files;
        this.incoming = incoming;
        this.batchSize = batchSize;
        this.run = run;
    }

    void push() {
        run.toPush = (int) store.outbox().stream()
                .filter(e -> e.state() == OutboxState.PENDING || e.state() == OutboxState.SENDING).count();
        run.emit(SyncPhase.PUSH);
        while (true) {
            run.retrier.checkCancelled();
            List<OutboxEntry> heads = store.sendable(batchSize);
            if (heads.isEmpty()) {
                return;
            }
            int settledBefore = run.settled();
            sendBatch(heads);
            run.emit(SyncPhase.PUSH);
            if (run.settled() == settledBefore) {
                // Nothing moved (the store refused every transition): stop rather than spin.
                LOG.warn("Push made no progress on {} actions; stopping this round", heads.size());
                return;
            }
        }
    }

    private void sendBatch(List<OutboxEntry> heads) {
        List<OutboxEntry> ready = new ArrayList<>();
        for (OutboxEntry entry : heads) {
            store.markSending(entry.actionId());
            if (uploadAttachments(entry)) {
                ready.add(entry);
            }
        }
        if (ready.isEmpty()) {
            return;
        }
        List<WireAction> wire = ready.stream()
                .map(e -> WireMapper.toWire(e.actionId().toString(), e.complaintId(), e.baseVersion(), e.action()))
                .toList();
        List<ActionResult> results;
        try {
            results = run.retrier.call("push", () -> api.pushActions(wire));
        } catch (ApiException e) {
            if (e.status() >= 400 && e.status() < 500 && e.status() != 401 && e.status() != 429 && ready.size() > 1) {
                // One bad action must not sink its batch: send them one by one to find it.
                ready.forEach(entry -> sendBatch(List.of(entry)));
                return;
            }
            if (e.status() >= 400 && e.status() < 500 && e.status() != 401 && e.status() != 429) {
                OutboxEntry only = ready.getFirst();
                store.markRejected(only.actionId(), incoming.errorJson(ApiError.of(e.code(), e.getMessage())));
                run.rejected++;
                return;
            }
            ready.forEach(entry -> store.recordAttempt(entry.actionId(), e.getMessage()));
            throw e;
        } catch (CentralException e) {
            ready.forEach(entry -> store.recordAttempt(entry.actionId(), e.getMessage()));
            throw e;
        }
        List<Complaint> fresh = new ArrayList<>();
        List<HeldRecord.Incoming> held = new ArrayList<>();
        for (int i = 0; i < ready.size(); i++) {
            settle(ready.get(i), results.get(i), fresh, held);
        }
        if (!fresh.isEmpty() || !held.isEmpty()) {
            store.applyComplaints(fresh, held);
        }
    }

    private void settle(OutboxEntry entry, ActionResult result, List<Complaint> fresh, List<HeldRecord.Incoming> held) {
        if (result.outcome() == null || !entry.actionId().toString().equals(result.actionId())) {
            throw new TransportException("The server's results are not in the order of the request", null);
        }
        switch (result.outcome()) {
            case APPLIED, DUPLICATE -> {
                long version = result.version() != null ? result.version() : entry.baseVersion();
                if (store.markApplied(entry.actionId(), version)) {
                    run.applied++;
                    if (result.outcome() == ActionOutcome.DUPLICATE) {
                        run.duplicates++;
                    }
                }
                incoming.accept(result.complaint(), fresh, held);
            }
            case CONFLICT -> {
                // Keep the server's current complaint with the action: the officer compares and resends.
                String answer = result.complaint() != null ? incoming.toJson(result.complaint()) : incoming.errorJson(result.error());
                if (store.markConflict(entry.actionId(), answer)) {
                    run.conflicts++;
                }
                incoming.accept(result.complaint(), fresh, held);
            }
            case REJECTED -> {
                if (store.markRejected(entry.actionId(), incoming.errorJson(result.error()))) {
                    run.rejected++;
                }
            }
        }
    }

    private byte[] readAttachment(String sha) {
        try {
            return files.readAll(sha);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the attachment to upload", e);
        }
    }

    /** Uploads the action's attachments first (idempotent by hash). False when one is missing or refused: the action is rejected locally. */
    private boolean uploadAttachments(OutboxEntry entry) {
        for (String sha : attachmentsOf(entry.action())) {
            if (files.uploaded(sha)) {
                continue;
            }
            Optional<Path> file = files.file(sha);
            if (file.isEmpty()) {
                // Known to the server already (e.g. a reporter's file) or lost locally: let the server judge.
                continue;
            }
            try {
                // Decrypted in memory (at most 25 MiB): the file on disk is ciphertext.
                byte[] plain = readAttachment(sha);
                run.retrier.run("upload", () -> api.uploadAttachment(sha, plain, files.mediaType(sha)));
                files.markUploaded(sha);
            } catch (ApiException e) {
                if (!e.retryable() && e.status() != 401) {
                    store.markRejected(entry.actionId(), incoming.errorJson(new ApiError(e.code(), e.getMessage(), Map.of("attachmentIds", sha))));
                    run.rejected++;
                    return false;
                }
                store.recordAttempt(entry.actionId(), e.getMessage());
                throw e;
            } catch (CentralException e) {
                store.recordAttempt(entry.actionId(), e.getMessage());
                throw e;
            }
        }
        return true;
    }

    private static List<String> attachmentsOf(OfficerAction action) {
        return switch (action) {
            case Respond r -> r.attachmentShas();
            case Complete c -> c.attachmentShas();
            default -> List.of();
        };
    }
}
