package id.penghubung.store;

import java.util.List;

/**
 * Test seeding: multiplies the complaints of a freshly filled cache by copying their rows in SQL
 * (seconds for 100,000, where applyPage takes a minute). Copies get new ids and tracking numbers;
 * their reporter identities are a plain placeholder (a sealed value only opens in its own row).
 * The search index is not told: copies are found by the inbox and the export, not by search.
 */
public final class CacheCopies {
    private static final String REST = "version, title, classification, anonymous, confidential, category_id,"
            + " category_name, category_parent_id, channel, status, open, submitted_at, disposed_at, incident_date,"
            + " province_id, province, regency, district, village, location_detail, latitude, longitude, agency_id,"
            + " agency_name, unit_id, unit_agency_id, unit_name, due_key, waiting_for_reporter, needs_follow_up, cached_at";
    private static final String PLACEHOLDER = "'Pelapor salinan'";

    private CacheCopies() {
    }

    /**
     * Fills a fresh store with {@code seeded} synthetic complaints (seed 18, pages of 300), then multiplies them to
     * {@code seeded * copies}.
     */
    public static void seedAndMultiply(CaseStore store, int seeded, int copies) {
        SyntheticComplaints gen = new SyntheticComplaints(18);
        for (int from = 0; from < seeded; from += 300) {
            store.applyPage(gen.page(from, 300), List.of(), "c" + from);
        }
        multiply(store, seeded, copies);
    }

    /**
     * Adds {@code copies - 1} copies of the {@code seeded} complaints a fresh store holds (row ids 1..seeded),
     * so it then holds {@code seeded * copies}.
     */
    public static void multiply(CaseStore store, int seeded, int copies) {
        String n = "WITH RECURSIVE copy(k) AS (SELECT 1 UNION ALL SELECT k + 1 FROM copy WHERE k < " + (copies - 1) + ") ";
        String shift = " + k * " + seeded;
        String mine = " <= " + seeded;
        TestHooks hooks = store.forTest();
        hooks.exec("BEGIN IMMEDIATE");
        hooks.exec(n + "INSERT INTO complaint (rid, id, tracking_num, tracking_id, " + REST + ") SELECT rid" + shift
                + ", id || '~' || k, tracking_num + k * 10000000, CAST(tracking_num + k * 10000000 AS TEXT), " + REST
                + " FROM complaint, copy WHERE rid" + mine);
        hooks.exec(n + "INSERT INTO complaint_body (rid, body) SELECT rid" + shift + ", body FROM complaint_body, copy"
                + " WHERE rid" + mine);
        hooks.exec(n + "INSERT INTO event (complaint_rid, seq, id, type, at, actor_kind, actor_name, text)"
                + " SELECT complaint_rid" + shift + ", seq, id, type, at, actor_kind, CASE WHEN typeof(actor_name) = 'blob'"
                + " THEN " + PLACEHOLDER + " ELSE actor_name END, text FROM event, copy WHERE complaint_rid" + mine);
        hooks.exec(n + "INSERT INTO attachment (complaint_rid, event_seq, seq, sha256, file_name, media_type, size)"
                + " SELECT complaint_rid" + shift + ", event_seq, seq, sha256, file_name, media_type, size"
                + " FROM attachment, copy WHERE complaint_rid" + mine);
        hooks.exec(n + "INSERT INTO reporter (complaint_rid, enc, name) SELECT complaint_rid" + shift + ", 0, "
                + PLACEHOLDER + " FROM reporter, copy WHERE complaint_rid" + mine);
        hooks.exec("COMMIT");
    }

    /**
     * Moves each complaint of a {@link SyntheticComplaints} cache back by whole weeks (its submission, disposition
     * and every event by the same amount, so weekdays and the gaps between its events stay) until it was submitted
     * in the week after {@link SyntheticComplaints#EPOCH}: two years of complaints handled in one month.
     */
    public static void intoFirstWeek(CaseStore store) {
        long week = 7L * 86_400_000;
        String shift = "((c.submitted_at - " + SyntheticComplaints.EPOCH.toEpochMilli() + ") / " + week + ") * " + week;
        TestHooks hooks = store.forTest();
        hooks.exec("BEGIN IMMEDIATE");
        hooks.exec("UPDATE event SET at = at - (SELECT " + shift + " FROM complaint c WHERE c.rid = event.complaint_rid)");
        hooks.exec("UPDATE complaint SET disposed_at = disposed_at - (SELECT " + shift + " FROM complaint c WHERE c.rid = complaint.rid),"
                + " submitted_at = submitted_at - (SELECT " + shift + " FROM complaint c WHERE c.rid = complaint.rid)");
        hooks.exec("COMMIT");
    }

    /**
     * Every {@code every}-th complaint answered {@code days} later: each of its events after the disposition
     * moves on by that many days (their order stays), so its follow-up misses its deadline.
     */
    public static void lateAnswers(CaseStore store, int every, int days) {
        TestHooks hooks = store.forTest();
        hooks.exec("UPDATE event SET at = at + " + days * 86_400_000L + " WHERE complaint_rid % " + every + " = 0"
                + " AND at > (SELECT c.disposed_at FROM complaint c WHERE c.rid = event.complaint_rid)");
    }
}
