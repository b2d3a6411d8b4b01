package id.penghubung.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.penghubung.i18n.Messages;
import id.penghubung.model.calendar.HolidayTableReview;
import id.penghubung.model.sla.MovedDeadline;
import id.penghubung.model.sla.SlaPolicy;
import id.penghubung.protocol.Json;
import id.penghubung.store.account.Account;
import id.penghubung.sync.DeadlineMoves;
import id.penghubung.sync.ImportedCalendar;
import id.penghubung.sync.ReferenceCache;
import id.penghubung.sync.ServerRules;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * The part of {@code calendar import --user NAME} that says which complaints' deadlines the new table
 * moved (issue 22): the account's rules before and after the import (the table in force on this
 * computer, then the server's reference cached with the account, as every headless command reads
 * them), its cache walked under both; printed one line a deadline, or as JSON with {@code --json}.
 */
final class CalendarMoves {
    private CalendarMoves() {
    }

    /** The account's deadline rules as they stand now on this computer. */
    static ServerRules rules(Path dataFolder, Account account) {
        ServerRules rules = new ServerRules(ImportedCalendar.holder(dataFolder), SlaPolicy.standard(), Clock.systemUTC());
        new ReferenceCache(account.referenceFile()).current().ifPresent(rules::adopt);
        return rules;
    }

    /** Opens the account's cache (asks its password) under the rules after, and lists what moved. */
    static List<MovedDeadline> find(Account account, ServerRules before, ServerRules after, Messages messages) {
        try (AccountCache cache = AccountCache.open(account, messages, after)) {
            return DeadlineMoves.in(cache.store(), before.calculator(), after.calculator(), Instant.now());
        }
    }

    static void print(List<MovedDeadline> moved, Messages messages, PrintWriter out) {
        for (MovedDeadline m : moved) {
            out.println(messages.get("calendar.import.moved", m.trackingId(), messages.label(m.kind()), m.before().toString(),
                    m.after().toString()));
        }
        out.println(messages.get("calendar.import.movedCount", moved.size()));
    }

    /** One JSON document: whether the table was written, the review's counts and problems, and the moved deadlines. */
    static void printJson(HolidayTableReview review, boolean written, List<MovedDeadline> moved, PrintWriter out) {
        ObjectNode doc = Json.lenient().createObjectNode();
        doc.put("written", written);
        doc.put("added", review.added().size());
        doc.put("removed", review.removed().size());
        doc.put("confirmed", review.confirmed().size());
        ArrayNode problems = doc.putArray("problems");
        review.problems().forEach(p -> problems.addObject().put("kind", p.kind().name()).put("year", p.year())
                .put("date", p.date() == null ? null : p.date().toString()));
        ArrayNode list = doc.putArray("moved");
        moved.forEach(m -> list.addObject().put("complaintId", m.complaintId()).put("trackingId", m.trackingId())
                .put("deadline", m.kind().name()).put("before", m.before().toString()).put("after", m.after().toString()));
        try {
            out.println(Json.lenient().writerWithDefaultPrettyPrinter().writeValueAsString(doc));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
