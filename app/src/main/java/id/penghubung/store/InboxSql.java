package id.penghubung.store;

import java.util.ArrayList;
import java.util.List;

/**
 * Builds the WHERE / ORDER BY of inbox queries from a view, a filter and a sort. Only fixed SQL text
 * and bind parameters: nothing the officer types is concatenated. Every condition is on an indexed
 * column (see Schema), and each sort ends in the same index's key, so SQLite walks an index in
 * order instead of sorting.
 */
final class InboxSql {
    /** The type of a complaint's latest answer event (as CacheWriter's ANSWERS), by the event table's key. */
    private static final String LAST_ANSWER = "(SELECT e.type FROM event e WHERE e.complaint_rid = c.rid"
            + " AND e.type IN ('RESPONDED','NOT_AUTHORIZED','COMPLETED') ORDER BY e.seq DESC LIMIT 1)";

    /** ANSWERED before its latest answer is looked at: open, the ball neither with the officer nor with the reporter. */
    static final String ANSWERED_BASE = "c.open = 1 AND c.needs_follow_up = 0 AND c.waiting_for_reporter = 0"
            + " AND c.status IN ('BELUM_DITINDAKLANJUTI','PROSES')";
    /** NOT_AUTHORIZED before its latest answer is looked at. */
    static final String NOT_AUTHORIZED_BASE = "c.open = 1 AND c.needs_follow_up = 0 AND c.waiting_for_reporter = 0"
            + " AND c.status <> 'TUNDA'";
    /** The complaints whose latest answer is NOT_AUTHORIZED (only those with such an event are looked at). */
    static final String LAST_ANSWER_NOT_AUTHORIZED = "c.rid IN (SELECT e.complaint_rid FROM event e WHERE e.type = 'NOT_AUTHORIZED')"
            + " AND " + LAST_ANSWER + " = 'NOT_AUTHORIZED'";

    final StringBuilder where = new StringBuilder();
    final List<Object> args = new ArrayList<>();

    private InboxSql() {
    }

    static InboxSql of(InboxView view, InboxFilter filter, long now, long soon) {
        InboxSql s = new InboxSql();
        s.view(view, now, soon);
        s.filter(filter);
        return s;
    }

    String whereClause() {
        return where.isEmpty() ? "" : " WHERE " + where;
    }

    static String orderBy(InboxSort sort, boolean desc) {
        String dir = desc ? " DESC" : "";
        String key = switch (sort) {
            case DEADLINE -> "c.due_key";
            case TRACKING_ID -> "c.tracking_num";
            case SUBMITTED -> "c.submitted_at";
        };
        return " ORDER BY " + key + dir + ", c.rid" + dir;
    }

    private void and(String condition, Object... values) {
        if (!where.isEmpty()) {
            where.append(" AND ");
        }
        where.append(condition);
        args.addAll(List.of(values));
    }

    private static final String OPEN_STATUS = "c.status IN ('BELUM_DITINDAKLANJUTI','PROSES')";

    /** The complaints whose latest review event is of this type (one submission waits at a time, issue 20). */
    private static String lastReviewStep(String type) {
        return "SELECT e.complaint_rid FROM event e WHERE e.type = '" + type + "' AND NOT EXISTS (SELECT 1 FROM event x"
                + " WHERE x.complaint_rid = e.complaint_rid AND x.seq > e.seq"
                + " AND x.type IN ('REVIEW_SUBMITTED','REVIEW_APPROVED','REVIEW_RETURNED'))";
    }

    private void view(InboxView view, long now, long soon) {
        switch (view) {
            // Spelled exactly like the partial indexes' WHERE, so SQLite can use them.
            case NEEDS_FOLLOW_UP -> and("c.needs_follow_up = 1");
            // A held (TUNDA) complaint is the admin's: it sits in HELD only, so the status views stay a partition.
            case WAITING_FOR_REPORTER -> and("c.waiting_for_reporter = 1 AND c.status <> 'TUNDA'");
            case ANSWERED -> and(ANSWERED_BASE + " AND " + LAST_ANSWER + " IS NOT 'NOT_AUTHORIZED'");
            case NOT_AUTHORIZED -> and(NOT_AUTHORIZED_BASE + " AND " + LAST_ANSWER + " = 'NOT_AUTHORIZED'");
            case OVERDUE -> and("c.open = 1 AND c.due_key < ?", now);
            case DUE_SOON -> and("c.open = 1 AND c.due_key >= ? AND c.due_key <= ?", now, soon);
            case COMPLETED -> and("c.status = 'SELESAI'");
            case ARCHIVED -> and("c.status = 'ARSIP'");
            case REDIRECTED -> and("c.status = 'DIALIHKAN'");
            case HELD -> and("c.status = 'TUNDA'");
            case DRAFTS -> and("c.id IN (SELECT complaint_id FROM draft)");
            case OUTBOX -> and("c.id IN (SELECT complaint_id FROM outbox WHERE state IN ('PENDING','SENDING'))");
            case CONFLICTS -> and("c.id IN (SELECT complaint_id FROM outbox WHERE state IN ('CONFLICT','REJECTED'))");
            case ALL -> {
                // no condition
            }
            // --- h2 --- coordination queues, read from the events through the event_queue index (schema v11).
            case AWAITING_UNITS -> and(OPEN_STATUS + " AND c.rid IN (SELECT d.complaint_rid FROM event d WHERE d.type = 'DISPOSED_TO_UNIT'"
                    + " AND d.unit_step IS NOT NULL AND NOT EXISTS (SELECT 1 FROM event x WHERE x.complaint_rid = d.complaint_rid"
                    + " AND x.type IN ('UNIT_REPLIED','UNIT_WITHDRAWN') AND x.seq > d.seq"
                    + " AND json_extract(x.unit_step, '$.unitId') = json_extract(d.unit_step, '$.unitId')))");
            case AWAITING_APPROVAL -> and(OPEN_STATUS + " AND c.rid IN (" + lastReviewStep("REVIEW_SUBMITTED") + ")");
            case RETURNED -> and(OPEN_STATUS + " AND c.rid IN (" + lastReviewStep("REVIEW_RETURNED") + ")");
        }
    }

    private void filter(InboxFilter f) {
        if (f.statuses().size() == 1) {
            and("c.status = ?", f.statuses().iterator().next().name());
        } else if (!f.statuses().isEmpty()) {
            // Unary + keeps SQLite off the (status, due_key) index: with several statuses it would have
            // to sort every match; walking the covering deadline index and testing status is cheaper.
            StringBuilder in = new StringBuilder("+c.status IN (");
            List<Object> values = new ArrayList<>();
            f.statuses().stream().sorted().forEach(st -> {
                in.append(values.isEmpty() ? "?" : ",?");
                values.add(st.name());
            });
            and(in.append(')').toString(), values.toArray());
        }
        f.categoryId().ifPresent(v -> and("c.category_id = ?", v));
        f.unitId().ifPresent(v -> and("c.unit_id = ?", v));
        f.channel().ifPresent(v -> and("c.channel = ?", v.name()));
        f.classification().ifPresent(v -> and("c.classification = ?", v.name()));
        f.submittedFrom().ifPresent(v -> and("c.submitted_at >= ?", v.toEpochMilli()));
        f.submittedTo().ifPresent(v -> and("c.submitted_at < ?", v.toEpochMilli()));
        f.provinceId().ifPresent(v -> and("c.province_id = ?", v));
        f.regency().ifPresent(v -> and("c.regency = ?", v));
        f.agencyId().ifPresent(v -> and("c.agency_id = ?", v));
        f.reviewAuthor().ifPresent(v -> and("c.rid IN (" + REVIEW_OF_AUTHOR + ")", v));
    }

    /** The complaints whose latest review step names this author, or none (a step cached before authors were published). */
    private static final String REVIEW_OF_AUTHOR = "SELECT e.complaint_rid FROM event e"
            + " WHERE e.type IN ('REVIEW_SUBMITTED','REVIEW_APPROVED','REVIEW_RETURNED') AND NOT EXISTS (SELECT 1 FROM event x"
            + " WHERE x.complaint_rid = e.complaint_rid AND x.seq > e.seq AND x.type IN ('REVIEW_SUBMITTED','REVIEW_APPROVED','REVIEW_RETURNED'))"
            + " AND coalesce(json_extract(e.review_step, '$.authorId') = ?, 1)";
}
