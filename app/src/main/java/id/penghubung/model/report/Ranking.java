package id.penghubung.model.report;

import id.penghubung.model.sla.MessageRef;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Ranks rows within their volume group by score, best first (standard competition ranking: 1, 2, 2, 4).
 * Rows with the same shown score share a rank and say so ({@value #TIE}: how many share it); rows
 * without a score come after every scored row of their group, share that last rank and say why
 * ({@value #NO_SCORE}). Rows come back ordered by volume group, rank, then name.
 */
public final class Ranking {
    /** "Peringkat sama dengan {0} baris lain (skor {1})". */
    public static final String TIE = "report.tie.shared";
    /** "Tanpa skor: tidak ada tindak lanjut atau penyelesaian yang jatuh tempo". */
    public static final String NO_SCORE = "report.tie.noScore";

    private Ranking() {
    }

    public static List<GroupIndicators> rank(List<GroupIndicators> rows) {
        Map<VolumeGroup, List<GroupIndicators>> byGroup = new EnumMap<>(VolumeGroup.class);
        for (GroupIndicators r : rows) {
            byGroup.computeIfAbsent(r.volumeGroup(), k -> new ArrayList<>()).add(r);
        }
        List<GroupIndicators> out = new ArrayList<>(rows.size());
        for (List<GroupIndicators> group : byGroup.values()) {
            group.sort(Comparator.comparingDouble((GroupIndicators r) -> r.score().orElse(-1)).reversed()
                    .thenComparing(GroupIndicators::name).thenComparing(GroupIndicators::id));
            int i = 0;
            while (i < group.size()) {
                int j = i;
                while (j < group.size() && sameScore(group.get(i), group.get(j))) {
                    j++;
                }
                int shared = j - i;
                for (int k = i; k < j; k++) {
                    GroupIndicators r = group.get(k);
                    Optional<MessageRef> note = r.score().isEmpty() ? Optional.of(MessageRef.of(NO_SCORE))
                            : shared > 1 ? Optional.of(MessageRef.of(TIE, shared - 1, r.score().getAsDouble()))
                            : Optional.empty();
                    out.add(r.ranked(i + 1, note));
                }
                i = j;
            }
        }
        return out;
    }

    private static boolean sameScore(GroupIndicators a, GroupIndicators b) {
        if (a.score().isEmpty() || b.score().isEmpty()) {
            return a.score().isEmpty() && b.score().isEmpty();
        }
        return a.score().getAsDouble() == b.score().getAsDouble();
    }
}
