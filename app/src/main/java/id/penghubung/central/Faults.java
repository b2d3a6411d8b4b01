package id.penghubung.central;

import java.util.Random;

/** Draws the faults of each request from one random source seeded with the world's seed. */
final class Faults {
    record Decision(long latencyMs, boolean error500, boolean rate429, boolean dropAfterCommit, boolean truncate) {
        static final Decision NONE = new Decision(0, false, false, false, false);
    }

    private final FaultSpec spec;
    private final Random random;

    Faults(FaultSpec spec, long seed) {
        this.spec = spec;
        this.random = new Random(seed ^ 0x5DEECE66DL);
    }

    /** Every field is drawn on every call, so the sequence of decisions depends only on the seed. */
    synchronized Decision next() {
        if (spec.isNone()) {
            return Decision.NONE;
        }
        long span = spec.latencyMaxMs() - spec.latencyMinMs();
        long latency = spec.latencyMinMs() + (span == 0 ? 0 : (long) (random.nextDouble() * (span + 1)));
        boolean e500 = random.nextDouble() < spec.error500();
        boolean r429 = random.nextDouble() < spec.rate429();
        boolean drop = random.nextDouble() < spec.dropAfterCommit();
        boolean cut = random.nextDouble() < spec.truncate();
        return new Decision(latency, e500, r429, drop, cut);
    }
}
