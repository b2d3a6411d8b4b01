package id.penghubung.central;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/** The training world's answer key of duplicate groups, for desk tests outside this package: tracking IDs per group. */
public final class SeededGroups {
    private SeededGroups() {
    }

    /** Each seeded group's members of {@code agencyId}, groups with at least two such members, the largest first. */
    public static List<List<String>> of(CentralConfig config, String agencyId) {
        SeedWorld world = new SeedWorld(config.seed(), config.clock().instant());
        List<ComplaintRecord> records = IntStream.range(0, Math.min(config.complaints(), 2_000)).mapToObj(world::complaint).toList();
        SeedDuplicates.Result r = new SeedDuplicates(config.seed(), config.clock().instant()).regroup(0, records);
        Map<String, List<String>> groups = new LinkedHashMap<>();
        for (ComplaintRecord rec : r.records()) {
            String group = r.groupOf().get(rec.wire().id());
            if (group != null && rec.wire().agency() != null && rec.wire().agency().id().equals(agencyId)) {
                groups.computeIfAbsent(group, k -> new ArrayList<>()).add(rec.wire().trackingId());
            }
        }
        return groups.values().stream().filter(g -> g.size() >= 2).sorted((a, b) -> b.size() - a.size()).toList();
    }
}
