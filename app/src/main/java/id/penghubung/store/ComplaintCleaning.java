package id.penghubung.store;

import id.penghubung.model.Actor;
import id.penghubung.model.AgencyRef;
import id.penghubung.model.Attachment;
import id.penghubung.model.Category;
import id.penghubung.model.Complaint;
import id.penghubung.model.Event;
import id.penghubung.model.Location;
import id.penghubung.model.Redirect;
import id.penghubung.model.Reporter;
import id.penghubung.model.UnitRef;
import java.util.List;
import java.util.Optional;

/** Checks every text of a complaint against the store's limits and cleans it before anything is written. */
final class ComplaintCleaning {
    private ComplaintCleaning() {
    }

    /** Checks and cleans every text of a complaint before anything is written. */
    static Complaint clean(Complaint c) {
        if (storable(c)) {
            return c;
        }
        List<Event> events = c.events().stream()
                .map(e -> new Event(Texts.clean("event.id", e.id(), Texts.MAX_SHORT), e.type(), e.at(),
                        new Actor(e.actor().kind(),
                                Texts.clean("event.actor", e.actor().name(), Texts.MAX_SHORT)),
                        Texts.clean("event.text", e.text(), Texts.MAX_EVENT_TEXT), cleanAttachments(e.attachments()), e.typeName(),
                        e.unitStep(), e.review()))
                .toList();
        Optional<Reporter> reporter = c.reporter().map(r -> new Reporter(
                Texts.clean("reporter.name", r.name(), Texts.MAX_SHORT),
                r.phone().map(v -> Texts.clean("reporter.phone", v, Texts.MAX_SHORT)),
                r.email().map(v -> Texts.clean("reporter.email", v, Texts.MAX_SHORT)),
                r.nik().map(v -> Texts.clean("reporter.nik", v, Texts.MAX_SHORT))));
        var loc = c.location();
        var location = new Location(
                Texts.clean("location.provinceId", loc.provinceId(), Texts.MAX_SHORT),
                Texts.clean("location.province", loc.province(), Texts.MAX_SHORT),
                Texts.clean("location.regency", loc.regency(), Texts.MAX_SHORT),
                Texts.clean("location.district", loc.district(), Texts.MAX_SHORT),
                Texts.clean("location.village", loc.village(), Texts.MAX_SHORT),
                Texts.clean("location.detail", loc.detail(), Texts.MAX_TITLE),
                loc.coordinates());
        var cat = c.category();
        var category = new Category(Texts.clean("category.id", cat.id(), Texts.MAX_SHORT),
                Texts.clean("category.name", cat.name(), Texts.MAX_SHORT),
                cat.parentId().map(v -> Texts.clean("category.parentId", v, Texts.MAX_SHORT)));
        return new Complaint(Texts.clean("id", c.id(), Texts.MAX_SHORT), c.trackingId(), c.version(),
                Texts.clean("title", c.title(), Texts.MAX_TITLE), Texts.clean("body", c.body(), Texts.MAX_BODY),
                c.classification(), c.anonymous(), c.confidential(), category, c.channel(), c.status(),
                c.submittedAt(), c.disposedAt(), c.incidentDate(), location,
                c.agency().map(a -> new AgencyRef(Texts.clean("agency.id", a.id(), Texts.MAX_SHORT),
                        Texts.clean("agency.name", a.name(), Texts.MAX_SHORT))),
                c.unit().map(u -> new UnitRef(Texts.clean("unit.id", u.id(), Texts.MAX_SHORT),
                        Texts.clean("unit.agencyId", u.agencyId(), Texts.MAX_SHORT),
                        Texts.clean("unit.name", u.name(), Texts.MAX_SHORT))),
                reporter, cleanAttachments(c.attachments()), events, c.asReceived(), c.redirect().map(ComplaintCleaning::clean));
    }

    private static Redirect clean(Redirect r) {
        return new Redirect(new AgencyRef(Texts.clean("redirect.to.id", r.to().id(), Texts.MAX_SHORT),
                Texts.clean("redirect.to.name", r.to().name(), Texts.MAX_SHORT)), r.at(),
                Texts.clean("redirect.reason", r.reason(), Texts.MAX_EVENT_TEXT));
    }

    /** True when {@link #clean} would change nothing: the common case, checked without building anything. */
    private static boolean storable(Complaint c) {
        for (Event e : c.events()) {
            if (!Texts.storable(e.id(), Texts.MAX_SHORT) || !Texts.storable(e.actor().name(), Texts.MAX_SHORT)
                    || !Texts.storable(e.text(), Texts.MAX_EVENT_TEXT) || !storable(e.attachments())) {
                return false;
            }
        }
        if (c.reporter().isPresent()) {
            Reporter r = c.reporter().get();
            if (!Texts.storable(r.name(), Texts.MAX_SHORT) || !Texts.storable(r.phone().orElse(null), Texts.MAX_SHORT)
                    || !Texts.storable(r.email().orElse(null), Texts.MAX_SHORT)
                    || !Texts.storable(r.nik().orElse(null), Texts.MAX_SHORT)) {
                return false;
            }
        }
        var loc = c.location();
        var cat = c.category();
        var agency = c.agency();
        var unit = c.unit();
        return Texts.storable(loc.provinceId(), Texts.MAX_SHORT) && Texts.storable(loc.province(), Texts.MAX_SHORT)
                && Texts.storable(loc.regency(), Texts.MAX_SHORT) && Texts.storable(loc.district(), Texts.MAX_SHORT)
                && Texts.storable(loc.village(), Texts.MAX_SHORT) && Texts.storable(loc.detail(), Texts.MAX_TITLE)
                && Texts.storable(cat.id(), Texts.MAX_SHORT) && Texts.storable(cat.name(), Texts.MAX_SHORT)
                && Texts.storable(cat.parentId().orElse(null), Texts.MAX_SHORT)
                && Texts.storable(c.id(), Texts.MAX_SHORT) && Texts.storable(c.title(), Texts.MAX_TITLE)
                && Texts.storable(c.body(), Texts.MAX_BODY)
                && (agency.isEmpty() || Texts.storable(agency.get().id(), Texts.MAX_SHORT)
                        && Texts.storable(agency.get().name(), Texts.MAX_SHORT))
                && (unit.isEmpty() || Texts.storable(unit.get().id(), Texts.MAX_SHORT)
                        && Texts.storable(unit.get().agencyId(), Texts.MAX_SHORT)
                        && Texts.storable(unit.get().name(), Texts.MAX_SHORT))
                && storable(c.attachments());
    }

    private static boolean storable(List<Attachment> list) {
        for (Attachment a : list) {
            if (!Texts.storable(a.fileName(), Texts.MAX_SHORT) || !Texts.storable(a.mediaType(), Texts.MAX_SHORT)) {
                return false;
            }
        }
        return true;
    }

    private static List<Attachment> cleanAttachments(List<Attachment> list) {
        return list.stream().map(a -> new Attachment(a.sha256(),
                Texts.clean("attachment.fileName", a.fileName(), Texts.MAX_SHORT),
                Texts.clean("attachment.mediaType", a.mediaType(), Texts.MAX_SHORT), a.size())).toList();
    }
}
