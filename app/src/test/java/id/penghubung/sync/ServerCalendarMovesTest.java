package id.penghubung.sync;

import static org.assertj.core.api.Assertions.assertThat;

import id.penghubung.central.CentralConfig;
import id.penghubung.model.Complaint;
import id.penghubung.model.sla.Deadline;
import id.penghubung.model.sla.DeadlineKind;
import id.penghubung.model.sla.DeadlineState;
import id.penghubung.model.sla.DueDay;
import id.penghubung.model.sla.MovedDeadline;
import id.penghubung.protocol.CalendarDay;
import id.penghubung.protocol.ReferenceData;
import id.penghubung.protocol.WireSlaPolicy;
import id.penghubung.ui.action.ActionReference;
import id.penghubung.ui.app.Desk;
import id.penghubung.ui.app.SessionDesk;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 22: a calendar arriving from the server that makes a day off of a complaint's due day tells
 * the desk which deadlines moved — tracking number, which deadline, old and new day — once, over the
 * real cache the session pulled over HTTP.
 */
class ServerCalendarMovesTest {
    @TempDir
    Path data;

    @Test
    void aNewServerCalendarSaysWhichComplaintsDeadlinesMoved() {
        try (TrainingWorld world = TrainingWorld.start(40, null); Session session = world.session(data, "penghubung")) {
            session.engine().sync(SyncListener.NONE);
            assertThat(session.takeMovedDeadlines()).as("the first calendar moves nothing the cache held").isEmpty();
            Instant now = Instant.now();
            Complaint waiting = TrainingWorld.openComplaints(session.store(), 1000).stream()
                    .filter(c -> session.rules().calculator().evaluate(c, now).of(DeadlineKind.FOLLOW_UP)
                            .filter(d -> d.state() == DeadlineState.RUNNING).isPresent())
                    .findFirst().orElseThrow();
            Deadline followUp = session.rules().calculator().evaluate(waiting, now).of(DeadlineKind.FOLLOW_UP).orElseThrow();
            LocalDate oldDue = DueDay.of(followUp.dueAt().orElseThrow(), session.rules().calendar().current().zone());
            LocalDate newDue = oldDue.plusDays(1);
            while (!session.rules().calendar().current().isWorkingDay(newDue)) {
                newDue = newDue.plusDays(1);
            }

            // The server publishes a new decree: a cuti bersama on that due day.
            session.reference().refresh(serving(session.api(), withCutiBersama(session, oldDue)));

            List<MovedDeadline> moved = session.takeMovedDeadlines();
            assertThat(moved).contains(new MovedDeadline(waiting.id(), waiting.trackingId().value(), DeadlineKind.FOLLOW_UP,
                    oldDue, newDue));
            assertThat(moved).allSatisfy(m -> assertThat(m.after()).isAfter(m.before()));
            assertThat(session.takeMovedDeadlines()).as("told once").isEmpty();
        }
    }

    @Test
    void signingInAgainUnderTheServersOwnPolicyTellsNoMoves() {
        try (TrainingWorld world = TrainingWorld.start(CentralConfig.forTests(40)
                .withSla(WireSlaPolicy.defaults().withFollowUpWorkingDays(7)))) {
            try (Session first = world.session(data, "penghubung")) {
                first.engine().sync(SyncListener.NONE);
                assertThat(TrainingWorld.openComplaints(first.store(), 10)).isNotEmpty();
            }
            // The next sign-in adopts the cached policy before the cache opens: nothing the officer saw moved.
            try (Session again = world.session(data, "penghubung")) {
                assertThat(again.rules().policy().followUp().amount()).isEqualTo(7);
                assertThat(again.takeMovedDeadlines()).isEmpty();
            }
        }
    }

    /**
     * One truth mid-session: the deadlines the desk shows (badges, detail, print) follow the new
     * decree at once, like the store's due index, not only after the next sign-in.
     */
    @Test
    void theDesksDeadlinesFollowANewServerCalendarWithoutSigningInAgain() throws Exception {
        try (TrainingWorld world = TrainingWorld.start(40, null)) {
            Session session = world.session(data, "penghubung");
            session.engine().sync(SyncListener.NONE);
            Desk.Parts desk = SessionDesk.parts(session, s -> ActionReference.empty(), Clock.systemUTC());
            try {
                Instant now = Instant.now();
                Complaint waiting = TrainingWorld.openComplaints(session.store(), 1000).stream()
                        .filter(c -> session.rules().calculator().evaluate(c, now).of(DeadlineKind.FOLLOW_UP)
                                .filter(d -> d.state() == DeadlineState.RUNNING).isPresent())
                        .findFirst().orElseThrow();
                Deadline before = desk.deadlines().orElseThrow().evaluate(waiting, now).of(DeadlineKind.FOLLOW_UP).orElseThrow();
                LocalDate oldDue = DueDay.of(before.dueAt().orElseThrow(), session.rules().calendar().current().zone());

                session.reference().refresh(serving(session.api(), withCutiBersama(session, oldDue)));

                Deadline after = desk.deadlines().orElseThrow().evaluate(waiting, now).of(DeadlineKind.FOLLOW_UP).orElseThrow();
                Deadline rules = session.rules().calculator().evaluate(waiting, now).of(DeadlineKind.FOLLOW_UP).orElseThrow();
                assertThat(after.dueAt()).as("the desk counts by the decree the store's index now uses").isEqualTo(rules.dueAt());
                assertThat(DueDay.of(after.dueAt().orElseThrow(), session.rules().calendar().current().zone())).isAfter(oldDue);
                assertThat(desk.deadlines().orElseThrow().calendar().isWorkingDay(oldDue)).isFalse();
            } finally {
                desk.onClose().close();
            }
        }
    }

    /** The reference data the session holds, with one more cuti bersama on {@code day}: a new decree. */
    private static ReferenceData withCutiBersama(Session session, LocalDate day) {
        ReferenceData published = session.reference().current().orElseThrow();
        List<CalendarDay> days = new ArrayList<>(published.calendar());
        days.add(new CalendarDay(day, "CUTI_BERSAMA", "Cuti Bersama Tambahan", false));
        return new ReferenceData(published.units(), published.categories(), published.institutions(),
                published.templates(), published.slaPolicy(), days, published.calendarEdition(), published.attachmentLimits(),
                published.client(), published.serverTime(), published.trainingClock(), published.countingZone(),
                published.agencyPolicy());
    }

    /** The session's own client, except that the reference data is {@code decree}. */
    private static CentralApi serving(CentralApi real, ReferenceData decree) {
        return (CentralApi) Proxy.newProxyInstance(CentralApi.class.getClassLoader(), new Class<?>[] {CentralApi.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("reference") && method.getParameterCount() == 0) {
                        return decree;
                    }
                    try {
                        return method.invoke(real, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }
}
