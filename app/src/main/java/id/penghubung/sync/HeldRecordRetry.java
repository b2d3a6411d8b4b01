package id.penghubung.sync;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.penghubung.model.Complaint;
import id.penghubung.protocol.WireComplaint;
import id.penghubung.store.CaseStore;
import id.penghubung.store.HeldRecord;
import id.penghubung.store.RowTooLargeException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * After an update (the store remembers which build held each record): the records an earlier build
 * held aside are tried again; those this build's store takes land, the others are held again under
 * this build (so they are tried once per build, not at every sync). A newer version pulled meanwhile
 * wins either way: the store never replaces a cached complaint by an older version.
 */
final class HeldRecordRetry {
    private static final Logger LOG = LoggerFactory.getLogger(HeldRecordRetry.class);

    private HeldRecordRetry() {
    }

    /** Returns how many held records landed. */
    static int run(CaseStore store, ObjectMapper json, Function<WireComplaint, Optional<Complaint>> toModel) {
        return retry(store, store.heldForRetry(), json, toModel);
    }

    /** Tries the given held records (the server's JSON of each) again. */
    static int retry(CaseStore store, List<String> raws, ObjectMapper json, Function<WireComplaint, Optional<Complaint>> toModel) {
        if (raws.isEmpty()) {
            return 0;
        }
        List<Complaint> landed = new ArrayList<>();
        List<HeldRecord.Incoming> still = new ArrayList<>();
        for (String raw : raws) {
            WireComplaint wire;
            try {
                wire = json.readValue(raw, WireComplaint.class);
            } catch (JsonProcessingException e) {
                LOG.warn("A held record no longer reads as a complaint; it waits for the next pull of it");
                continue;
            }
            Optional<Complaint> model = toModel.apply(wire);
            if (model.isEmpty()) {
                continue;
            }
            try {
                landed.add(CaseStore.checked(model.get()).complaint());
            } catch (RowTooLargeException e) {
                still.add(new HeldRecord.Incoming(model.get().id(), model.get().trackingId().toString(),
                        model.get().version(), HeldRecord.tooLong(e.field()), raw));
            }
        }
        store.applyComplaints(landed, still);
        LOG.info("Held records tried again: {} landed, {} still held", landed.size(), still.size());
        return landed.size();
    }
}
