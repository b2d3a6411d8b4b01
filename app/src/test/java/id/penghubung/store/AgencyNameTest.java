package id.penghubung.store;

import static org.assertj.core.api.Assertions.assertThat;

import id.penghubung.model.Complaint;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The officer's line names the institution from the cache: one complaint of it answers. */
class AgencyNameTest {
    @TempDir
    Path dir;

    @Test
    void anInstitutionIsNamedByItsCachedComplaintsAndAnUnknownOneByNone() {
        List<Complaint> all = new SyntheticComplaints(3).page(0, 200);
        try (CaseStore store = CaseStore.open(dir.resolve("names.db"), SyntheticComplaints.deadlines())) {
            store.applyPage(all, List.of(), "p1");
            try (DashboardQueries q = DashboardQueries.open(store)) {
                for (DashboardQueries.Bucket agency : q.agencies()) {
                    assertThat(q.agencyName(agency.id())).as(agency.id()).contains(agency.name());
                }
                assertThat(q.agencies()).hasSizeGreaterThan(1);
                assertThat(q.agencyName("ag-unknown")).isEmpty();
            }
        }
    }
}
