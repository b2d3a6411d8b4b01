package id.penghubung.central;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Faults injected on the client-facing endpoints (never on {@code /api/v1/admin/}), parsed from
 * {@code latency=20-400ms,error500=0.05,dropAfterCommit=0.1,truncate=0.02,rate429=0.01}.
 * Probabilities are per request, from a random source seeded with the world's seed.
 */
public record FaultSpec(long latencyMinMs, long latencyMaxMs, double error500, double dropAfterCommit, double truncate, double rate429) {
    private static final Pattern LATENCY = Pattern.compile("(\\d+)(?:-(\\d+))?(ms)?");

    public FaultSpec {
        if (latencyMinMs < 0 || latencyMaxMs < latencyMinMs) {
            throw new IllegalArgumentException("latency must be MIN-MAXms with MIN <= MAX");
        }
        for (double p : new double[] {error500, dropAfterCommit, truncate, rate429}) {
            if (!(p >= 0 && p <= 1)) {
                throw new IllegalArgumentException("a fault probability must be between 0 and 1");
            }
        }
    }

    public static FaultSpec none() {
        return new FaultSpec(0, 0, 0, 0, 0, 0);
    }

    public boolean isNone() {
        return equals(none());
    }

    /** Parses the command-line form; null or blank means no faults. Unknown names are an error. */
    public static FaultSpec parse(String spec) {
        if (spec == null || spec.isBlank()) {
            return none();
        }
        long min = 0;
        long max = 0;
        double error500 = 0;
        double drop = 0;
        double truncate = 0;
        double rate429 = 0;
        for (String part : spec.split(",")) {
            String[] kv = part.strip().split("=", 2);
            if (kv.length != 2) {
                throw new IllegalArgumentException("expected name=value: " + part);
            }
            String value = kv[1].strip();
            switch (kv[0].strip().toLowerCase(Locale.ROOT)) {
                case "latency" -> {
                    Matcher m = LATENCY.matcher(value);
                    if (!m.matches()) {
                        throw new IllegalArgumentException("latency must look like 20-400ms: " + value);
                    }
                    min = Long.parseLong(m.group(1));
                    max = m.group(2) == null ? min : Long.parseLong(m.group(2));
                }
                case "error500" -> error500 = probability(value);
                case "dropaftercommit" -> drop = probability(value);
                case "truncate" -> truncate = probability(value);
                case "rate429" -> rate429 = probability(value);
                default -> throw new IllegalArgumentException("unknown fault: " + kv[0]);
            }
        }
        return new FaultSpec(min, max, error500, drop, truncate, rate429);
    }

    private static double probability(String value) {
        try {
            return Double.parseDouble(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a probability: " + value, e);
        }
    }
}
