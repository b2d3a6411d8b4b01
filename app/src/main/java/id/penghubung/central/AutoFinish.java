package id.penghubung.central;

import id.penghubung.model.ActorKind;
import id.penghubung.model.EventType;
import id.penghubung.model.Status;
import id.penghubung.model.calendar.WorkingCalendar;
import id.penghubung.model.sla.Deadline;
import id.penghubung.model.sla.DeadlineCalculator;
import id.penghubung.model.sla.DeadlineKind;
import id.penghubung.model.sla.DeadlineState;
import id.penghubung.model.sla.SlaPolicy;
import id.penghubung.protocol.SlaPolicies;
import id.penghubung.protocol.WireActor;
import id.penghubung.protocol.WireComplaint;
import id.penghubung.protocol.WireEvent;
import id.penghubung.protocol.WireMapper;
import id.penghubung.protocol.WireSlaPolicy;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * LAPOR!'s auto-finish on the training server: a complaint followed up and then left without a reply
 * from the reporter (or an admin) for the policy's working days is closed by the system at that
 * moment ("dianggap selesai"; a COMPLETED event by SYSTEM, so {@code ClosedBy.AUTO}). Without it the
 * seeded world kept answered complaints open for months, their auto-finish clock hundreds of working
 * days "late", and the desk's overdue count disagreed with the indicators of issue 18. The same
 * {@link DeadlineCalculator} as the desk decides, so the server closes exactly when the desk's clock ends.
 */
final class AutoFinish {
    static final String SYSTEM_ACTOR = "Sistem SP4N-LAPOR!";
    private static final String TEXT = "Dianggap selesai: tidak ada tanggapan pelapor dalam %d hari kerja setelah tindak lanjut.";

    private final DeadlineCalculator calculator;
    private final Instant now;
    private final String text;

    /** Auto-finish by the policy the server publishes ({@code autoFinishWorkingDays}, issue 22), as of {@code now}. */
    AutoFinish(Instant now, WireSlaPolicy published) {
        this.calculator = new DeadlineCalculator(WorkingCalendar.bundled(), policy(published));
        this.now = now;
        this.text = TEXT.formatted(published.autoFinishWorkingDays());
    }

    /** The published policy as the desk reads it, so the server closes when the desk's clock ends. */
    static SlaPolicy policy(WireSlaPolicy published) {
        return SlaPolicies.toModel(published, SlaPolicy.standard().pauseWhileWaitingForReporter());
    }

    /** The record as LAPOR! would hold it now: closed by the system if its auto-finish has come. */
    ComplaintRecord apply(ComplaintRecord record) {
        return due(record.wire()).map(at -> closed(record, at)).orElse(record);
    }

    private Optional<Instant> due(WireComplaint w) {
        return running(w).filter(at -> !at.isAfter(now));
    }

    /** When a complaint's running auto-finish clock ends (passed or not); empty when none runs. */
    Optional<Instant> running(WireComplaint w) {
        if (w.knownStatus() != Status.PROSES && w.knownStatus() != Status.BELUM_DITINDAKLANJUTI) {
            return Optional.empty();
        }
        Deadline autoFinish = calculator.evaluate(WireMapper.toModel(w), now).of(DeadlineKind.AUTO_FINISH).orElse(null);
        if (autoFinish == null || autoFinish.state() != DeadlineState.RUNNING) {
            return Optional.empty();
        }
        return autoFinish.dueAt();
    }

    private ComplaintRecord closed(ComplaintRecord record, Instant at) {
        WireComplaint w = record.wire();
        List<WireEvent> events = new ArrayList<>(w.events());
        // The seeded world's id; a complaint reopened and finished again gets its own.
        String eventId = w.events().stream().anyMatch(e -> e.id().equals(w.id() + "-af")) ? w.id() + "-af-" + w.version() : w.id() + "-af";
        events.add(new WireEvent(eventId, EventType.COMPLETED.name(), at, new WireActor(ActorKind.SYSTEM, SYSTEM_ACTOR),
                text, List.of()));
        WireComplaint next = new WireComplaint(w.id(), w.trackingId(), w.version() + 1, w.title(), w.body(), w.classification(),
                w.anonymous(), w.confidential(), w.category(), w.channel(), Status.SELESAI.name(), w.submittedAt(), w.disposedAt(),
                w.incidentDate(), w.location(), w.agency(), w.unit(), w.reporter(), w.attachments(), events, w.redirect());
        return new ComplaintRecord(next, record.noteAgencies(), next.version());
    }
}
