package id.penghubung.central;

import id.penghubung.protocol.Endpoints;
import id.penghubung.protocol.WireSlaPolicy;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * How to start a {@link CentralServer}. Start from {@link #defaults()} and change what a test or
 * the command line needs with the {@code with...} methods.
 *
 * @param port TCP port on 127.0.0.1; 0 picks a free one
 * @param dataDir where the database and attachment files live; empty = a temporary folder deleted on close.
 *                A folder that already holds a world is reused as is (no reseeding).
 * @param seed the simulation seed: same seed and complaint count, same world (texts, ids, relative dates)
 * @param complaints how many complaints to seed
 * @param faults fault injection on the client-facing endpoints
 * @param accessTokenTtl lifetime of access tokens
 * @param refreshTokenTtl lifetime of refresh tokens
 * @param passwordIterations PBKDF2 iterations; lower it only in tests (see {@link #withFastPasswordHashing()})
 * @param clock "now" for the server and for the seeded world's dates
 * @param maxAttachmentBytes attachment size limit (413 above it)
 * @param limits how far one client can load the server (connections, body deadline, login throttle)
 * @param sla the SLA policy the server publishes in its reference data (LAPOR! defaults)
 * @param reviewedAgencies the agencies whose public answers need a supervisor's approval (issue 20,
 *                         decision 0011): Pemkot Bandung in the demo and {@code central}; none in {@link #forTests}
 */
public record CentralConfig(
        int port,
        Optional<Path> dataDir,
        long seed,
        int complaints,
        FaultSpec faults,
        Duration accessTokenTtl,
        Duration refreshTokenTtl,
        int passwordIterations,
        Clock clock,
        long maxAttachmentBytes,
        ServerLimits limits,
        WireSlaPolicy sla,
        Set<String> reviewedAgencies) {

    public static final int DEFAULT_PASSWORD_ITERATIONS = 210_000;
    /** The training world's agency whose officer drafts and whose supervisor ({@code atasan}) approves (issue 20). */
    public static final String REVIEWED_AGENCY = "pemkot-bandung";
    /** Only for tests: the hash is still PBKDF2, just cheap. */
    public static final int TEST_PASSWORD_ITERATIONS = 1_000;

    public CentralConfig {
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port out of range: " + port);
        }
        Objects.requireNonNull(dataDir, "dataDir");
        if (complaints < 0) {
            throw new IllegalArgumentException("complaints must not be negative");
        }
        Objects.requireNonNull(faults, "faults");
        Objects.requireNonNull(accessTokenTtl, "accessTokenTtl");
        Objects.requireNonNull(refreshTokenTtl, "refreshTokenTtl");
        Objects.requireNonNull(clock, "clock");
        if (passwordIterations < 1) {
            throw new IllegalArgumentException("passwordIterations must be positive");
        }
        if (maxAttachmentBytes < 1) {
            throw new IllegalArgumentException("maxAttachmentBytes must be positive");
        }
        Objects.requireNonNull(limits, "limits");
        Objects.requireNonNull(sla, "sla");
        reviewedAgencies = Set.copyOf(reviewedAgencies);
    }

    /** Port 8080, temporary data, seed 1, 500 complaints, no faults, 15 min / 12 h tokens, 210,000 iterations, Pemkot Bandung reviewed. */
    public static CentralConfig defaults() {
        return new CentralConfig(8080, Optional.empty(), 1, 500, FaultSpec.none(), Duration.ofMinutes(15),
                Duration.ofHours(12), DEFAULT_PASSWORD_ITERATIONS, Clock.systemUTC(), Endpoints.MAX_ATTACHMENT_BYTES,
                ServerLimits.defaults(), WireSlaPolicy.defaults(), Set.of(REVIEWED_AGENCY));
    }

    /** What tests want: a free port, cheap password hashing, the given world size. */
    public static CentralConfig forTests(int complaints) {
        return defaults().withPort(0).withComplaints(complaints).withFastPasswordHashing().withReviewedAgencies(Set.of());
    }

    public CentralConfig withPort(int value) {
        return new CentralConfig(value, dataDir, seed, complaints, faults, accessTokenTtl, refreshTokenTtl, passwordIterations, clock, maxAttachmentBytes, limits, sla, reviewedAgencies);
    }

    public CentralConfig withDataDir(Path value) {
        return new CentralConfig(port, Optional.of(value), seed, complaints, faults, accessTokenTtl, refreshTokenTtl, passwordIterations, clock, maxAttachmentBytes, limits, sla, reviewedAgencies);
    }

    public CentralConfig withSeed(long value) {
        return new CentralConfig(port, dataDir, value, complaints, faults, accessTokenTtl, refreshTokenTtl, passwordIterations, clock, maxAttachmentBytes, limits, sla, reviewedAgencies);
    }

    public CentralConfig withComplaints(int value) {
        return new CentralConfig(port, dataDir, seed, value, faults, accessTokenTtl, refreshTokenTtl, passwordIterations, clock, maxAttachmentBytes, limits, sla, reviewedAgencies);
    }

    public CentralConfig withFaults(FaultSpec value) {
        return new CentralConfig(port, dataDir, seed, complaints, value, accessTokenTtl, refreshTokenTtl, passwordIterations, clock, maxAttachmentBytes, limits, sla, reviewedAgencies);
    }

    public CentralConfig withTokenLifetimes(Duration access, Duration refresh) {
        return new CentralConfig(port, dataDir, seed, complaints, faults, access, refresh, passwordIterations, clock, maxAttachmentBytes, limits, sla, reviewedAgencies);
    }

    public CentralConfig withFastPasswordHashing() {
        return new CentralConfig(port, dataDir, seed, complaints, faults, accessTokenTtl, refreshTokenTtl, TEST_PASSWORD_ITERATIONS, clock, maxAttachmentBytes, limits, sla, reviewedAgencies);
    }

    public CentralConfig withClock(Clock value) {
        return new CentralConfig(port, dataDir, seed, complaints, faults, accessTokenTtl, refreshTokenTtl, passwordIterations, value, maxAttachmentBytes, limits, sla, reviewedAgencies);
    }

    public CentralConfig withMaxAttachmentBytes(long value) {
        return new CentralConfig(port, dataDir, seed, complaints, faults, accessTokenTtl, refreshTokenTtl, passwordIterations, clock, value, limits, sla, reviewedAgencies);
    }

    public CentralConfig withLimits(ServerLimits value) {
        return new CentralConfig(port, dataDir, seed, complaints, faults, accessTokenTtl, refreshTokenTtl, passwordIterations, clock, maxAttachmentBytes, value, sla, reviewedAgencies);
    }

    /** The SLA policy to publish (training: rehearse another office's rules). */
    public CentralConfig withSla(WireSlaPolicy value) {
        return new CentralConfig(port, dataDir, seed, complaints, faults, accessTokenTtl, refreshTokenTtl, passwordIterations, clock, maxAttachmentBytes, limits, value, reviewedAgencies);
    }

    /** The agencies whose public answers need approval (issue 20); empty: nobody reviews. */
    public CentralConfig withReviewedAgencies(Set<String> value) {
        return new CentralConfig(port, dataDir, seed, complaints, faults, accessTokenTtl, refreshTokenTtl, passwordIterations, clock, maxAttachmentBytes, limits, sla, value);
    }
}
