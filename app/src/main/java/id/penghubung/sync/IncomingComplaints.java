package id.penghubung.sync;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.penghubung.model.Complaint;
import id.penghubung.protocol.ApiError;
import id.penghubung.protocol.Json;
import id.penghubung.protocol.WireComplaint;
import id.penghubung.protocol.WireMapper;
import id.penghubung.store.CaseStore;
import id.penghubung.store.CheckedComplaint;
import id.penghubung.store.HeldRecord;
import id.penghubung.store.RowTooLargeException;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Complaints arriving from the server (pulled or answered to a push): converted, checked against the store's limits, held aside when too large. */
final class IncomingComplaints {
    private static final Logger LOG = LoggerFactory.getLogger(IncomingComplaints.class);
    private final ObjectMapper json = Json.lenient();

    ObjectMapper json() {
        return json;
    }

    void accept(WireComplaint wire, List<Complaint> into, List<HeldRecord.Incoming> held) {
        toModel(wire).ifPresent(model -> accept(wire, model, into, held));
    }

    /** Adds the complaint as the store will write it, or holds it aside (false) when the store cannot take it. */
    boolean accept(WireComplaint wire, Complaint model, List<Complaint> into, List<HeldRecord.Incoming> held) {
        Optional<CheckedComplaint> checked = check(wire, model, held);
        checked.ifPresent(c -> into.add(c.complaint()));
        return checked.isPresent();
    }

    /** The complaint checked by the store (written without a second check), or empty when held aside. */
    Optional<CheckedComplaint> check(WireComplaint wire, Complaint model, List<HeldRecord.Incoming> held) {
        try {
            return Optional.of(CaseStore.checked(model));
        } catch (RowTooLargeException e) {
            // One record over the store's limits must not stop the pull: kept aside (sealed), reported.
            LOG.warn("Complaint {} held aside: {} over its limit", wire.id(), e.field());
            held.add(new HeldRecord.Incoming(model.id(), model.trackingId().toString(), model.version(),
                    HeldRecord.tooLong(e.field()), toJson(wire)));
            return Optional.empty();
        }
    }

    Optional<Complaint> toModel(WireComplaint wire) {
        if (wire == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(WireMapper.toModel(wire));
        } catch (RuntimeException e) {
            // Runs on the fetch thread; only logs. One malformed record must not stop the inbox from filling; only its id is logged.
            LOG.warn("Complaint {} skipped: {}", wire.id(), e.getMessage());
            return Optional.empty();
        }
    }

    String toJson(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A protocol record could not be written as JSON", e);
        }
    }

    String errorJson(ApiError error) {
        return toJson(error == null ? ApiError.of("UNKNOWN", "") : error);
    }
}
