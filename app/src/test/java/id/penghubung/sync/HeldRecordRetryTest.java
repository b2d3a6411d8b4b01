package id.penghubung.sync;

import static org.assertj.core.api.Assertions.assertThat;

import id.penghubung.model.Complaint;
import id.penghubung.protocol.Json;
import id.penghubung.protocol.WireMapper;
import id.penghubung.store.CaseStore;
import id.penghubung.store.HeldRecord;
import id.penghubung.store.SyntheticComplaints;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 21: after an update, a held record the store now takes lands; one it still refuses stays held. */
class HeldRecordRetryTest {
    @TempDir
    Path dir;

    @Test
    void aHeldRecordTheStoreNowTakesLandsAndOneStillTooLongStaysHeld() throws Exception {
        SyntheticComplaints gen = new SyntheticComplaints(8);
        Complaint fits = gen.complaint(1);
        Complaint tooLong = gen.complaint(2);
        String fitsJson = Json.lenient().writeValueAsString(WireMapper.toWire(fits));
        String tooLongJson = Json.lenient().writeValueAsString(WireMapper.toWire(new Complaint(tooLong.id(), tooLong.trackingId(),
                tooLong.version(), "J".repeat(id.penghubung.model.FieldLimits.TITLE + 1), tooLong.body(), tooLong.classification(),
                tooLong.anonymous(), tooLong.confidential(), tooLong.category(), tooLong.channel(), tooLong.status(),
                tooLong.submittedAt(), tooLong.disposedAt(), tooLong.incidentDate(), tooLong.location(), tooLong.agency(),
                tooLong.unit(), tooLong.reporter(), tooLong.attachments(), tooLong.events())));
        try (CaseStore store = CaseStore.open(dir.resolve("cache.db"), SyntheticComplaints.deadlines())) {
            store.applyPage(List.of(), List.of(), List.of(
                    new HeldRecord.Incoming(fits.id(), fits.trackingId().toString(), fits.version(), "tooLong:title", fitsJson),
                    new HeldRecord.Incoming(tooLong.id(), tooLong.trackingId().toString(), tooLong.version(), "tooLong:title",
                            tooLongJson)), "c1");

            int landed = HeldRecordRetry.retry(store, List.of(fitsJson, tooLongJson), Json.lenient(),
                    w -> Optional.of(WireMapper.toModel(w)));

            assertThat(landed).isEqualTo(1);
            assertThat(store.complaint(fits.id())).contains(fits);
            assertThat(store.complaint(tooLong.id())).isEmpty();
            assertThat(store.heldRecords()).extracting(HeldRecord::complaintId, HeldRecord::reason)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(tooLong.id(), "tooLong:title"));
        }
    }
}
