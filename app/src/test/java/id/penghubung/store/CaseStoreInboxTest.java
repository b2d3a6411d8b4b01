package id.penghubung.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import id.penghubung.model.Actor;
import id.penghubung.model.ActorKind;
import id.penghubung.model.ActionType;
import id.penghubung.model.Channel;
import id.penghubung.model.Complaint;
import id.penghubung.model.Event;
import id.penghubung.model.EventType;
import id.penghubung.model.Status;
import id.penghubung.model.action.Note;
import id.penghubung.model.action.Respond;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CaseStoreInboxTest {
    static final int N = 600;
    static final Instant NOW = Instant.parse("2026-01-15T00:00:00Z");
    static final Instant SOON = NOW.plus(Duration.ofDays(3));

    @TempDir
    static Path dir;
    static CaseStore store;
    static List<Complaint> all;

    @BeforeAll
    static void fill() {
        all = new ArrayList<>(new SyntheticComplaints(11).page(0, N));
        all.add(special());
        store = CaseStore.open(dir.resolve("inbox.db"), SyntheticComplaints.deadlines());
        for (int i = 0; i < N; i += 100) {
            store.applyPage(all.subList(i, i + 100), List.of(), "p" + i);
        }
        store.applyComplaints(List.of(all.get(N)));
        store.saveDraft(all.get(0).id(), ActionType.RESPOND, "draf");
        store.saveDraft(all.get(1).id(), ActionType.NOTE, "draf");
        store.enqueue(all.get(2).id(), 1, new Note("x"));
        store.enqueue(all.get(2).id(), 1, new Note("y"));
        OutboxEntry c = store.enqueue(all.get(3).id(), 1, new Respond("z", List.of()));
        store.markConflict(c.actionId(), "{}");
    }

    static Complaint special() {
        Complaint target = all.get(42);
        return new Complaint("c-special", new id.penghubung.model.TrackingId("9876543"), 1,
                "Jalan Rusak di Depan SMPN 3", "Pelayanan Puskésmas sangat buruk; ANTREAN panjang.", target.classification(),
                false, false, target.category(), target.channel(), Status.PROSES, target.submittedAt(), target.disposedAt(),
                target.incidentDate(), target.location(), target.agency(), target.unit(), Optional.empty(), List.of(),
                List.of(new Event("ev-x", EventType.NOTE, target.submittedAt(), new Actor(ActorKind.OFFICER, "P"),
                        "Sudah dikoordinasikan dengan kelurahan Cibiru", List.of())));
    }

    @AfterAll
    static void close() {
        store.close();
    }

    static Optional<Instant> due(Complaint c) {
        return SyntheticComplaints.deadlines().nextDueAt(c);
    }

    static Predicate<Complaint> expected(InboxView v) {
        return switch (v) {
            case NEEDS_FOLLOW_UP -> c -> CacheWriter.needsFollowUp(c, CacheWriter.waitingForReporter(c));
            case WAITING_FOR_REPORTER -> CacheWriter::waitingForReporter;
            case ANSWERED -> c -> !c.status().isClosed() && !CacheWriter.needsFollowUp(c, CacheWriter.waitingForReporter(c))
                    && !CacheWriter.waitingForReporter(c) && c.status() != Status.BELUM_TERVERIFIKASI
                    && lastAnswer(c) != EventType.NOT_AUTHORIZED;
            case NOT_AUTHORIZED -> c -> !c.status().isClosed() && !CacheWriter.needsFollowUp(c, CacheWriter.waitingForReporter(c))
                    && !CacheWriter.waitingForReporter(c) && lastAnswer(c) == EventType.NOT_AUTHORIZED;
            case OVERDUE -> c -> !c.status().isClosed() && due(c).map(d -> d.isBefore(NOW)).orElse(false);
            case DUE_SOON -> c -> !c.status().isClosed() && due(c).map(d -> !d.isBefore(NOW) && !d.isAfter(SOON)).orElse(false);
            case COMPLETED -> c -> c.status() == Status.SELESAI;
            case ARCHIVED -> c -> c.status() == Status.ARSIP;
            case REDIRECTED -> c -> c.status() == Status.DIALIHKAN;
            case HELD -> c -> c.status() == Status.TUNDA;
            case DRAFTS -> c -> c.id().equals(all.get(0).id()) || c.id().equals(all.get(1).id());
            case OUTBOX -> c -> c.id().equals(all.get(2).id());
            case CONFLICTS -> c -> c.id().equals(all.get(3).id());
            case ALL -> c -> true;
            case AWAITING_UNITS -> c -> isOpen(c) && !id.penghubung.model.UnitTask.open(c).isEmpty();
            case AWAITING_APPROVAL -> c -> isOpen(c) && id.penghubung.model.Reviews.waiting(c).isPresent();
            case RETURNED -> c -> isOpen(c) && id.penghubung.model.Reviews.returned(c).isPresent();
        };
    }

    private static boolean isOpen(Complaint c) {
        return c.status() == Status.BELUM_DITINDAKLANJUTI || c.status() == Status.PROSES;
    }

    static EventType lastAnswer(Complaint c) {
        return c.events().stream().map(Event::type).filter(t -> t == EventType.RESPONDED
                || t == EventType.NOT_AUTHORIZED || t == EventType.COMPLETED).reduce((a, b) -> b).orElse(null);
    }

    static final Comparator<Complaint> BY_DUE = Comparator
            .comparing((Complaint c) -> due(c).map(Instant::toEpochMilli).orElse(Long.MAX_VALUE))
            .thenComparing(c -> all.indexOf(c)); // insertion order = the store's rid tie-breaker

    @Test
    void everyViewMatchesItsDefinitionInCountsPagesAndOrder() {
        Map<InboxView, Integer> counts = store.counts(NOW, SOON);
        for (InboxView v : InboxView.values()) {
            List<String> expectedIds = all.stream().filter(expected(v)).sorted(BY_DUE).map(Complaint::id).toList();
            InboxQuery q = InboxQuery.of(v, NOW, SOON);
            assertThat(counts.get(v)).as(v.name()).isEqualTo(expectedIds.size());
            assertThat(store.count(q)).as(v.name()).isEqualTo(expectedIds.size());
            List<String> paged = new ArrayList<>();
            for (int off = 0; off < expectedIds.size(); off += 37) {
                store.page(q, off, 37).forEach(r -> paged.add(r.id()));
            }
            assertThat(paged).as(v.name()).containsExactlyElementsOf(expectedIds);
        }
        assertThat(counts.get(InboxView.NEEDS_FOLLOW_UP)).isPositive();
        assertThat(counts.get(InboxView.WAITING_FOR_REPORTER)).isPositive();
        assertThat(counts.get(InboxView.OVERDUE)).isPositive();
        assertThat(counts.get(InboxView.COMPLETED)).isPositive();
    }

    @Test
    void rowsCarryLocalWorkFlags() {
        InboxRow draftRow = store.page(InboxQuery.of(InboxView.DRAFTS, NOW, SOON), 0, 10).stream()
                .filter(r -> r.id().equals(all.get(0).id())).findFirst().orElseThrow();
        assertThat(draftRow.hasDraft()).isTrue();
        InboxRow outboxRow = store.page(InboxQuery.of(InboxView.OUTBOX, NOW, SOON), 0, 10).get(0);
        assertThat(outboxRow.pendingActions()).isEqualTo(2);
        assertThat(outboxRow.conflict()).isFalse();
        InboxRow conflictRow = store.page(InboxQuery.of(InboxView.CONFLICTS, NOW, SOON), 0, 10).get(0);
        assertThat(conflictRow.conflict()).isTrue();
        Complaint c = all.get(0);
        assertThat(draftRow.trackingId()).isEqualTo(c.trackingId());
        assertThat(draftRow.title()).isEqualTo(c.title());
        assertThat(draftRow.categoryName()).isEqualTo(c.category().name());
        assertThat(draftRow.unitName()).isEqualTo(c.unit().map(u -> u.name()));
        assertThat(draftRow.agencyName()).isEqualTo(c.agency().orElseThrow().name());
        assertThat(draftRow.regency()).isEqualTo(c.location().regency());
        assertThat(draftRow.nextDueAt()).isEqualTo(due(c));
    }

    @Test
    void filtersAndSortsMatchTheSameRulesInJava() {
        Complaint sample = all.get(5);
        List<InboxFilter> filters = List.of(
                InboxFilter.NONE.withCategory(sample.category().id()),
                InboxFilter.NONE.withStatuses(EnumSet.of(Status.PROSES, Status.SELESAI)),
                InboxFilter.NONE.withChannel(Channel.SMS_1708).withClassification(sample.classification()),
                InboxFilter.NONE.withUnit("unit-3"),
                InboxFilter.NONE.withProvince("32").withRegency("Kota Bandung"),
                InboxFilter.NONE.withAgency("ag-2"),
                InboxFilter.NONE.withSubmitted(Instant.parse("2025-06-01T00:00:00Z"), Instant.parse("2025-09-01T00:00:00Z")));
        List<Predicate<Complaint>> javaRules = List.of(
                c -> c.category().id().equals(sample.category().id()),
                c -> c.status() == Status.PROSES || c.status() == Status.SELESAI,
                c -> c.channel() == Channel.SMS_1708 && c.classification() == sample.classification(),
                c -> c.unit().map(u -> u.id().equals("unit-3")).orElse(false),
                c -> c.location().provinceId().equals("32") && c.location().regency().equals("Kota Bandung"),
                c -> c.agency().orElseThrow().id().equals("ag-2"),
                c -> !c.submittedAt().isBefore(Instant.parse("2025-06-01T00:00:00Z"))
                        && c.submittedAt().isBefore(Instant.parse("2025-09-01T00:00:00Z")));
        for (int i = 0; i < filters.size(); i++) {
            List<Complaint> matching = all.stream().filter(javaRules.get(i)).toList();
            assertThat(matching).as("filter " + i).isNotEmpty();
            InboxQuery q = InboxQuery.of(InboxView.ALL, NOW, SOON).withFilter(filters.get(i));
            assertThat(store.count(q)).as("filter " + i).isEqualTo(matching.size());
            assertThat(store.page(q, 0, N)).extracting(InboxRow::id)
                    .containsExactlyElementsOf(matching.stream().sorted(BY_DUE).map(Complaint::id).toList());
            assertThat(store.page(q.withSort(InboxSort.TRACKING_ID, true), 0, N)).extracting(InboxRow::id)
                    .containsExactlyElementsOf(matching.stream()
                            .sorted(Comparator.comparing(Complaint::trackingId).reversed()).map(Complaint::id).toList());
            assertThat(store.page(q.withSort(InboxSort.SUBMITTED, false), 0, N)).extracting(InboxRow::submittedAt)
                    .isSorted();
        }
    }

    @Test
    void theMainViewsUseAnIndexAndNeverSortInATempTree() {
        store.optimize();
        List<InboxQuery> queries = new ArrayList<>();
        for (InboxView v : List.of(InboxView.NEEDS_FOLLOW_UP, InboxView.WAITING_FOR_REPORTER, InboxView.OVERDUE,
                InboxView.DUE_SOON, InboxView.COMPLETED, InboxView.ARCHIVED, InboxView.ALL)) {
            queries.add(InboxQuery.of(v, NOW, SOON));
        }
        InboxQuery base = InboxQuery.of(InboxView.ALL, NOW, SOON);
        queries.add(base.withFilter(InboxFilter.NONE.withCategory("cat-3")));
        queries.add(base.withFilter(InboxFilter.NONE.withUnit("unit-3")));
        queries.add(base.withFilter(InboxFilter.NONE.withAgency("ag-1")));
        queries.add(base.withFilter(InboxFilter.NONE.withProvince("32").withRegency("Kota Bandung")));
        queries.add(base.withFilter(InboxFilter.NONE.withStatuses(EnumSet.of(Status.PROSES, Status.BELUM_DITINDAKLANJUTI))));
        queries.add(base.withSort(InboxSort.DEADLINE, true));
        queries.add(base.withSort(InboxSort.TRACKING_ID, true));
        queries.add(base.withSort(InboxSort.SUBMITTED, false));
        for (InboxQuery q : queries) {
            String plan = String.join(" | ", store.explainPage(q));
            assertThat(plan).as(q.view() + " " + q.filter() + " " + q.sort()).contains("USING INDEX")
                    .doesNotContain("SCAN c |").doesNotContain("TEMP B-TREE FOR ORDER BY");
        }
    }

    @Test
    void searchFindsWordsPrefixesTrackingIdsAndFoldsCaseAndDiacritics() {
        Complaint target = all.get(42);
        InboxQuery any = InboxQuery.of(InboxView.ALL, NOW, SOON);
        assertThat(ids(store.search("puskesmas antrean", any, 1000))).contains("c-special");
        assertThat(ids(store.search("PUSKÉSMAS", any, 1000))).contains("c-special");
        assertThat(ids(store.search("cibir", any, 10))).containsExactly("c-special");
        assertThat(ids(store.search("#98765", any, 10))).containsExactly("c-special");
        assertThat(ids(store.search(target.trackingId().toString(), any, 10))).containsExactly(target.id());
        assertThat(ids(store.search("9876543 cibiru", any.withFilter(InboxFilter.NONE.withStatuses(EnumSet.of(Status.SELESAI))), 10)))
                .isEmpty();
        // Ranked: a title hit comes before body-only hits.
        List<InboxRow> hits = store.search("jalan", any, 1000);
        assertThat(hits).hasSizeGreaterThan(5);
        assertThat(hits.get(0).title().toLowerCase()).contains("jalan");
    }

    @Test
    void hostileSearchInputNeverThrows() {
        InboxQuery any = InboxQuery.of(InboxView.ALL, NOW, SOON);
        for (String s : List.of("\"", "\"\"", "*", "OR", "AND", "NOT", "NEAR(", "NEAR(a b", "a OR", "(", ")", "-jalan",
                "jalan*\"", "^", ":", "col:val", "title:jalan", "{tracking}: 1", "\uD800", "", "   ", "'; DROP TABLE complaint; --",
                "jalan \"rusak", "a".repeat(5000), "\u0000", "💥 jalan")) {
            assertThatCode(() -> store.search(s, any, 10)).as(s).doesNotThrowAnyException();
        }
        assertThat(store.search("OR", any, 10)).isEmpty();
        assertThat(store.search("\"jalan\"", any, 10)).isNotEmpty();
    }

    private static List<String> ids(List<InboxRow> rows) {
        return rows.stream().map(InboxRow::id).toList();
    }
}
