package id.penghubung.model;

import static org.assertj.core.api.Assertions.assertThat;

import id.penghubung.model.action.ActingAccount;
import id.penghubung.model.action.ActionValidator;
import id.penghubung.model.action.Link;
import id.penghubung.model.action.Problem;
import id.penghubung.model.action.Unlink;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A complaint's links replayed from its LINKED/UNLINKED events, and the model's checks of LINK and UNLINK. */
class ComplaintLinkTest {
    private static Event event(EventType type, String text, int minute) {
        return new Event("e" + minute, type, Instant.parse("2026-03-14T02:00:00Z").plusSeconds(60L * minute),
                new Actor(ActorKind.OFFICER, "Penghubung"), text, List.of());
    }

    @Test
    void linksAreReplayedInOrderAndAnUnlinkEndsOneAndAnOddTextIsIgnored() {
        List<Event> events = List.of(event(EventType.LINKED, "RELATED 3100002", 1), event(EventType.LINKED, "DUPLICATE_OF 3100003", 2),
                event(EventType.NOTE, "RELATED 3100004", 3), event(EventType.LINKED, "SAME 3100005", 4),
                event(EventType.UNLINKED, "RELATED 3100002", 5), event(EventType.LINKED, "RELATED 3100006", 6));

        assertThat(ComplaintLink.current(events)).extracting(ComplaintLink::trackingId, ComplaintLink::relation)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("3100003", LinkRelation.DUPLICATE_OF),
                        org.assertj.core.groups.Tuple.tuple("3100006", LinkRelation.RELATED));
        assertThat(ComplaintLink.eventText(LinkRelation.DUPLICATE_OF, "3100901")).isEqualTo("DUPLICATE_OF 3100901");
        assertThat(ComplaintLink.parse("DUPLICATE_OF #3100901")).contains(new ComplaintLink.Named(LinkRelation.DUPLICATE_OF, "3100901"));
        assertThat(ComplaintLink.parse("Sudah ditelepon")).isEmpty();
        assertThat(ComplaintLink.of(events.get(1))).contains(new ComplaintLink.Named(LinkRelation.DUPLICATE_OF, "3100003"));
        assertThat(ComplaintLink.of(events.get(2))).as("a note naming a relation is no link").isEmpty();
    }

    @Test
    void aLinkToItselfTwiceOrABadNumberIsRefusedAndAClosedComplaintMayBeLinked() {
        Complaint done = ModelFixtures.complaint("2026-03-11T08:00").disposed("2026-03-13T14:00").status(Status.SELESAI).build();
        List<Event> events = new ArrayList<>(done.events());
        events.add(event(EventType.LINKED, "RELATED 3100002", 1));
        Complaint linked = new Complaint(done.id(), done.trackingId(), 2, done.title(), done.body(), done.classification(), false,
                false, done.category(), done.channel(), done.status(), done.submittedAt(), done.disposedAt(), Optional.empty(),
                done.location(), done.agency(), Optional.empty(), Optional.empty(), List.of(), events);
        ActionValidator v = new ActionValidator();
        ActingAccount officer = new ActingAccount("u-1", "Siti", Role.OFFICER, Optional.of(ModelFixtures.AGENCY.id()));

        assertThat(v.validate(new Link("3100009", LinkRelation.DUPLICATE_OF), linked, officer, List.of())).isEmpty();
        assertThat(keys(v.validate(new Link(done.trackingId().value(), LinkRelation.RELATED), linked, officer, List.of())))
                .containsExactly("validation.link.self");
        assertThat(keys(v.validate(new Link("3100002", LinkRelation.DUPLICATE_OF), linked, officer, List.of())))
                .containsExactly("validation.link.already");
        assertThat(keys(v.validate(new Link("#31", LinkRelation.RELATED), linked, officer, List.of())))
                .containsExactly("validation.link.trackingId");
        assertThat(v.validate(new Unlink("3100002"), linked, officer, List.of())).isEmpty();
        assertThat(keys(v.validate(new Unlink("3100009"), linked, officer, List.of()))).containsExactly("validation.link.none");
    }

    private static List<String> keys(List<Problem> problems) {
        return problems.stream().map(Problem::messageKey).toList();
    }
}
