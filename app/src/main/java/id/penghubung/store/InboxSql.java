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

    private void view(InboxView view, long now, long soon) {
        switch (view) {
            // Spelled exactly like the partial indexes' WHERE, so SQLite can use them.
            case NEEDS_FOLLOW_UP -> and("c.needs_follow_up = 1");
            // A held (TUNDA) complaint is the admin's: it sits in HELD only, so the status views stay a partition.
            case WAITING_FOR_REPORTER -> and("c.waiting_for_reporter = 1 AND c.status <> 'TUNDA'");
            case ANSWERED -> and("c.open = 1 AND c.needs_follow_up = 0 AND c.waiting_for_reporter = 0"
                    + " AND c.status IN ('BELUM_DITINDAKLANJUTI','PROSES') AND " + LAST_ANSWER + " IS NOT 'NOT_AUTHORIZED'");
            case NOT_AUTHORIZED -> and("c.open = 1 AND c.needs_follow_up = 0 AND c.waiting_for_reporter = 0 AND c.status <> 'TUNDA' AND "
                    + LAST_ANSWER + " = 'NOT_AUTHORIZED'");
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
    }
}
