package id.penghubung.model.report;

import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;

/** The median of a histogram (value → how often): the middle value, or the mean of the two middle ones. */
final class Median {
    private Median() {
    }

    static OptionalDouble of(Map<Integer, Integer> histogram) {
        long n = histogram.values().stream().mapToLong(Integer::longValue).sum();
        if (n == 0) {
            return OptionalDouble.empty();
        }
        long lower = (n - 1) / 2;
        long upper = n / 2;
        Integer lowValue = null;
        long seen = 0;
        for (Map.Entry<Integer, Integer> e : new TreeMap<>(histogram).entrySet()) {
            long next = seen + e.getValue();
            if (lowValue == null && lower < next) {
                lowValue = e.getKey();
            }
            if (upper < next) {
                return OptionalDouble.of((lowValue + e.getKey()) / 2.0);
            }
            seen = next;
        }
        throw new IllegalStateException("unreachable");
    }
}
