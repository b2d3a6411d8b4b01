package id.penghubung.model;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reports for model tests, built up event by event with WIB wall-clock times. */
public final class ModelFixtures {
    public static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
    public static final AgencyRef AGENCY = new AgencyRef("kemenkes", "Kementerian Kesehatan");
    public static final UnitRef UNIT_RS = new UnitRef("kemenkes-rs", "kemenkes", "Ditjen Pelayanan Kesehatan");
    public static final UnitRef UNIT_FARMASI = new UnitRef("kemenkes-farmasi", "kemenkes", "Ditjen Farmasi dan Alkes");
    public static final UnitRef FOREIGN_UNIT = new UnitRef("kemendikbud-sd", "kemendikbud", "Direktorat SD");

    private ModelFixtures() {
    }

    /** An instant given as WIB wall-clock time, e.g. "2026-03-13T14:00". */
    public static Instant wib(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(WIB).toInstant();
    }

    public static Builder complaint(String submittedWib) {
        return new Builder(wib(submittedWib));
    }

    public static final class Builder {
        private final Instant submittedAt;
        private final List<Event> events = new ArrayList<>();
        private Status status = Status.BELUM_TERVERIFIKASI;
        private Optional<Instant> disposedAt = Optional.empty();
        private Optional<AgencyRef> agency = Optional.empty();
        private Optional<UnitRef> unit = Optional.empty();
        private Classification classification = Classification.PENGADUAN;

        private Builder(Instant submittedAt) {
            this.submittedAt = submittedAt;
            events.add(event(EventType.SUBMITTED, submittedAt, ActorKind.REPORTER));
        }

        public Builder event(EventType type, String atWib) {
            ActorKind actor = switch (type) {
                case SUBMITTED, REPORTER_REPLIED -> ActorKind.REPORTER;
                case VERIFIED, DISPOSED, REDIRECTED, ARCHIVED -> ActorKind.ADMIN;
                default -> ActorKind.OFFICER;
            };
            events.add(event(type, wib(atWib), actor));
            return this;
        }

        /** Verified and disposed to {@link #AGENCY} at that moment; status BELUM_DITINDAKLANJUTI. */
        /** An event by a given side (e.g. a COMPLETED by the SYSTEM: auto-finish). */
        public Builder event(EventType type, String atWib, ActorKind actor) {
            events.add(event(type, wib(atWib), actor));
            return this;
        }

        public Builder disposed(String atWib) {
            event(EventType.VERIFIED, atWib);
            event(EventType.DISPOSED, atWib);
            disposedAt = Optional.of(wib(atWib));
            agency = Optional.of(AGENCY);
            status = Status.BELUM_DITINDAKLANJUTI;
            return this;
        }

        /** A coordination event about a unit (issue 20): due date {@code due} (may be null), answer by/at on a reply. */
        public Builder unitStep(EventType type, String atWib, UnitRef unit, String due, String answeredBy, String answeredAtWib,
                String text) {
            events.add(new Event("e-" + events.size(), type, wib(atWib), new Actor(ActorKind.OFFICER, "Penghubung"), text, List.of(),
                    type.name(), Optional.of(new UnitStep(unit.id(), unit.name(), Optional.ofNullable(due).map(java.time.LocalDate::parse),
                            Optional.ofNullable(answeredBy), Optional.ofNullable(answeredAtWib).map(ModelFixtures::wib)))));
            return this;
        }

        /** A review event (issue 20) with its id, the submission it names, the answer type and its text (draft or notes). */
        public Builder review(EventType type, String id, String atWib, String actor, String submissionId,
                id.penghubung.model.ActionType answerType, String text) {
            events.add(new Event(id, type, wib(atWib), new Actor(ActorKind.OFFICER, actor), text, List.of(), type.name(),
                    Optional.empty(), Optional.of(new id.penghubung.model.ReviewStep(submissionId, answerType, Optional.empty(),
                            Optional.empty()))));
            return this;
        }

        /** An event with its own text (TIER_SET carries the tier's code). */
        public Builder eventWithText(EventType type, String atWib, ActorKind actor, String text) {
            events.add(new Event("e-" + events.size(), type, wib(atWib), new Actor(actor, actor.name()), text, List.of()));
            return this;
        }

        public Builder classification(Classification newClassification) {
            classification = newClassification;
            return this;
        }

        public Builder status(Status newStatus) {
            status = newStatus;
            return this;
        }

        public Builder agency(AgencyRef newAgency) {
            agency = Optional.of(newAgency);
            return this;
        }

        public Builder unit(UnitRef newUnit) {
            unit = Optional.of(newUnit);
            return this;
        }

        public Complaint build() {
            Location location = new Location("31", "DKI Jakarta", "Jakarta Pusat", "Gambir", "Gambir", "", Optional.empty());
            return new Complaint("c-1", new TrackingId("1916449"), 1, "Antrean BPJS", "Isi laporan",
                    classification, false, false, Category.root("kesehatan", "Kesehatan"), Channel.WEBSITE,
                    status, submittedAt, disposedAt, Optional.empty(), location, agency, unit, Optional.empty(),
                    List.of(), events);
        }

        private Event event(EventType type, Instant at, ActorKind actor) {
            return new Event("e-" + events.size(), type, at, new Actor(actor, actor.name()), type.name(), List.of());
        }
    }
}
