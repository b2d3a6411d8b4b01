package id.penghubung.central;

import id.penghubung.model.Role;
import java.io.IOException;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.IntStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Seeds an empty central database with the training world, and reads its accounts back. */
final class WorldSeeder {
    private static final Logger LOG = LoggerFactory.getLogger(WorldSeeder.class);
    private static final int SEED_BATCH = 2_000;

    private WorldSeeder() {
    }

    static String seedIfEmpty(CentralDatabase db, AttachmentService attachments, CentralConfig config, PasswordHasher hasher)
            throws SQLException, IOException {
        Optional<String> existing = db.read(c -> ComplaintStore.meta(c, "world"));
        if (existing.isPresent()) {
            return existing.get();
        }
        long started = System.nanoTime();
        for (SampleFiles.File file : SeedWorld.files()) {
            attachments.putSeed(file);
        }
        // One hash for every training account keeps start fast with a slow hash.
        String hash = hasher.hash(CentralServer.TRAINING_PASSWORD);
        SeedWorld world = new SeedWorld(config.seed(), config.clock().instant());
        SeedDuplicates duplicates = new SeedDuplicates(config.seed(), config.clock().instant());
        String id = UUID.randomUUID().toString();
        db.write(c -> {
            try (var ps = c.prepareStatement("INSERT INTO accounts(username, id, name, role, agency_id, region_id, password_hash)"
                    + " VALUES (?,?,?,?,?,?,?)")) {
                for (Catalog.Account a : Catalog.ACCOUNTS) {
                    ps.setString(1, a.username());
                    ps.setString(2, a.id());
                    ps.setString(3, a.name());
                    ps.setString(4, a.role().name());
                    ComplaintStore.nullable(ps, 5, a.agencyId().orElse(null));
                    ComplaintStore.nullable(ps, 6, a.regionId().orElse(null));
                    ps.setString(7, hash);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            AutoFinish autoFinish = new AutoFinish(config.clock().instant(), config.sla());
            for (int from = 0; from < config.complaints(); from += SEED_BATCH) {
                // Generating and writing JSON is the costly part: on all cores; the inserts stay in order.
                List<ComplaintRecord> records = IntStream.range(from, Math.min(config.complaints(), from + SEED_BATCH))
                        .parallel().mapToObj(world::complaint).toList();
                // Duplicate groups (issue 17): the same issue through several channels, in new classes.
                // LAPOR! closes a complaint left without the reporter's reply (auto-finish): so does the training world.
                List<ComplaintStore.Prepared> batch = duplicates.regroup(from, records).records().parallelStream()
                        .map(autoFinish::apply).map(ComplaintStore.Prepared::of).toList();
                ComplaintStore.insertPrepared(c, batch, db);
            }
            SeedRegionComplaints.insert(c, db, config);
            SeedRedirects.seed(c, db, world, config.complaints(), config.clock().instant());
            ComplaintStore.insertPrepared(c, new SeedRules(world, config.clock().instant()).records(config.complaints()).stream()
                    .map(ComplaintStore.Prepared::of).toList(), db);
            // Issue 17: cross-institution groups and a redirect loop for the Ombudsman desk (large worlds only).
            ComplaintStore.insertPrepared(c, new SeedCrossInstitution(config.seed(), config.clock().instant())
                    .records(config.complaints()).stream().map(ComplaintStore.Prepared::of).toList(), db);
            ComplaintStore.setMeta(c, "world", id);
            ComplaintStore.setMeta(c, "seed", Long.toString(config.seed()));
            ComplaintStore.setMeta(c, "complaints", Integer.toString(config.complaints()));
            return null;
        });
        LOG.info("seeded {} complaints (seed {}) in {} ms", config.complaints(), config.seed(),
                (System.nanoTime() - started) / 1_000_000);
        return id;
    }

    static Map<String, AuthService.Account> loadAccounts(CentralDatabase db) throws SQLException {
        Map<String, AuthService.Account> accounts = new HashMap<>();
        db.read(c -> {
            try (var ps = c.prepareStatement("SELECT username, id, name, role, agency_id, region_id, password_hash FROM accounts");
                    var rs = ps.executeQuery()) {
                while (rs.next()) {
                    Principal p = new Principal(rs.getString(2), rs.getString(3), Role.valueOf(rs.getString(4)),
                            Optional.ofNullable(rs.getString(5)), Optional.ofNullable(rs.getString(6)));
                    accounts.put(rs.getString(1), new AuthService.Account(p, rs.getString(7)));
                }
            }
            return null;
        });
        return accounts;
    }
}
