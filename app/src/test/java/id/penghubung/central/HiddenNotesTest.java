package id.penghubung.central;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonGenerator;
import id.penghubung.model.Role;
import id.penghubung.protocol.Json;
import id.penghubung.protocol.WireComplaint;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 18: the Ombudsman's copy of a complaint with internal notes is written from the stored JSON as
 * it streams by (HiddenNotes) and says exactly what the record's own view for the Ombudsman says.
 */
class HiddenNotesTest {
    private static final Principal OMBUDSMAN = new Principal("u-ombudsman", "Ombudsman", Role.OMBUDSMAN, Optional.empty(),
            Optional.of(Catalog.MAIN_REGION));

    @TempDir
    Path dir;

    @Test
    void theStreamedCopyOfEveryNotedComplaintEqualsTheRecordsViewForTheOmbudsman() throws Exception {
        try (CentralServer server = CentralServer.start(CentralConfig.forTests(300).withDataDir(dir))) {
            server.port();
        }
        CentralDatabase db = new CentralDatabase(dir.resolve("central.db"));
        try {
            List<ComplaintStore.FeedRow> rows = db.read(c -> ComplaintStore.complaintsAfter(c, "province_id", Catalog.MAIN_REGION, 0, 100_000));
            List<ComplaintStore.FeedRow> noted = rows.stream().filter(r -> !r.isRemoval() && r.notes() != null).toList();
            assertThat(noted).as("complaints with internal notes in the Ombudsman's province").isNotEmpty();
            int hiddenSomewhere = 0;
            for (ComplaintStore.FeedRow row : noted) {
                WireComplaint expected = row.parse().viewFor(OMBUDSMAN);
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                try (JsonGenerator g = Json.lenient().createGenerator(out)) {
                    HiddenNotes.write(g, OMBUDSMAN, row.doc(), row.notes());
                }
                WireComplaint streamed = Json.lenient().readValue(out.toByteArray(), WireComplaint.class);
                assertThat(streamed).as(row.complaintId()).isEqualTo(expected);
                if (streamed.events().size() < row.parse().wire().events().size()) {
                    hiddenSomewhere++;
                }
            }
            assertThat(hiddenSomewhere).as("complaints whose notes the Ombudsman does not see").isPositive();
        } finally {
            db.close();
        }
    }
}
