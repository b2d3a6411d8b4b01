package id.penghubung.casefile;

import id.penghubung.i18n.Messages;
import id.penghubung.model.ActorKind;
import id.penghubung.model.Attachment;
import id.penghubung.model.Complaint;
import id.penghubung.model.ComplaintLink;
import id.penghubung.model.CompletionTier;
import id.penghubung.model.Event;
import id.penghubung.model.EventType;
import id.penghubung.model.Location;
import id.penghubung.model.Reporter;
import id.penghubung.model.UnitTask;
import id.penghubung.model.calendar.CalendarEdition;
import id.penghubung.model.calendar.OfficeZone;
import id.penghubung.model.sla.ClosedBy;
import id.penghubung.model.sla.CompletionRules;
import id.penghubung.model.sla.MessageRef;
import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Writes one complaint's case file as a section of a {@link PageFlow}. */
final class CaseFileRenderer {
    private static final float BODY = 10f;
    private static final float QR_SIZE = 92f;
    private static final float IMAGE_MAX_HEIGHT = (PageFlow.TOP - PageFlow.BOTTOM) * 0.55f;

    private final Messages msg;
    private final CaseFileOptions options;
    private final DateTimeFormatter dateTime;
    private final DateTimeFormatter date;
    private final String printedLine;
    private final UnitStepText unitText;

    CaseFileRenderer(CaseFileOptions options) {
        this.options = options;
        this.msg = Messages.of(options.locale());
        this.dateTime = DateTimeFormatter.ofPattern(msg.get("casefile.format.dateTime"), msg.locale()).withZone(options.zone());
        this.date = DateTimeFormatter.ofPattern(msg.get("casefile.format.date"), msg.locale());
        this.unitText = new UnitStepText(msg, dateTime, date, options.zone());
        this.printedLine = TextSanitizer.cleanLine(
                msg.get("casefile.footer.printedBy", options.printedBy(), dateTime.format(options.printedAt())), FontFace.REGULAR);
    }

    Messages messages() {
        return msg;
    }

    String printedLine() {
        return printedLine;
    }

    String formatDateTime(Instant instant) {
        return dateTime.format(instant);
    }

    PageFlow.PageOf pageOf() {
        return (page, pages) -> msg.get("casefile.footer.pageOf", page, pages);
    }

    static String institution(Complaint c) {
        return c.agency().map(a -> a.name()).orElse("");
    }

    /** One case file as a section with its own "page X of Y" footers. */
    PageFlow.Section render(CaseFileRequest request, PageFlow flow) throws IOException {
        return render(request, flow, true);
    }

    /** One case file of a batch: the batch writes the footers once it knows all page numbers. */
    PageFlow.Section renderInBatch(CaseFileRequest request, PageFlow flow) throws IOException {
        return render(request, flow, false);
    }

    private PageFlow.Section render(CaseFileRequest request, PageFlow flow, boolean footers) throws IOException {
        Complaint c = request.complaint();
        String inst = institution(c).isEmpty() ? msg.get("casefile.value.none") : institution(c);
        flow.begin(new PageFlow.Decor(
                TextSanitizer.cleanLine(inst + c.unit().map(u -> " \u00b7 " + u.name()).orElse(""), FontFace.REGULAR),
                TextSanitizer.cleanLine(c.trackingId().toString(), FontFace.BOLD),
                c.confidential(),
                msg.get("casefile.mark.confidential"),
                printedLine), pageOf());
        try {
            cover(request, flow);
            report(c, flow);
            List<Event> events = c.events().stream()
                    .filter(e -> e.type() != EventType.NOTE || request.includeInternalNotes())
                    .toList();
            boolean identity = request.showsIdentity();
            chronology(identity, events, UnitTask.of(c), flow);
            units(c, flow);
            responses(identity, events, flow);
            attachments(request, events, flow);
            return footers ? flow.finish() : flow.finishWithoutFooters();
        } catch (IOException | RuntimeException e) {
            flow.abandon();
            throw e;
        }
    }

    private void cover(CaseFileRequest request, PageFlow flow) throws IOException {
        Complaint c = request.complaint();
        PageFlow.Fonts fonts = flow.fonts();
        flow.newPage();
        flow.mark(msg.get("casefile.outline.cover"));
        float top = flow.y();
        QrCode.draw(flow.stream(), c.trackingId().toString(), PageFlow.RIGHT - QR_SIZE, top - QR_SIZE, QR_SIZE);
        flow.line(TextSanitizer.cleanLine(msg.get("casefile.cover.kicker"), FontFace.BOLD), fonts.bold(), 10f, PageFlow.LEFT, PageFlow.MUTED);
        flow.space(4);
        flow.line(c.trackingId().toString(), fonts.bold(), 26f, PageFlow.LEFT, PageFlow.INK);
        List<String> privacy = new ArrayList<>();
        if (c.anonymous()) {
            privacy.add(msg.get("casefile.privacy.anonymous"));
        }
        if (c.confidential()) {
            privacy.add(msg.get("casefile.privacy.confidential"));
        }
        if (!privacy.isEmpty()) {
            flow.line(TextSanitizer.cleanLine(String.join(" \u00b7 ", privacy), FontFace.BOLD), fonts.bold(), 10f,
                    PageFlow.LEFT, c.confidential() ? PageFlow.SECRET : PageFlow.MUTED);
        }
        flow.moveTo(Math.min(flow.y(), top - QR_SIZE - 10));
        flow.paragraph(c.title(), true, 14f, 0, PageFlow.INK);
        flow.space(8);

        flow.keyValue(msg.get("casefile.field.classification"), msg.label(c.classification(), c.classificationName()));
        flow.keyValue(msg.get("casefile.field.category"), c.category().name());
        flow.keyValue(msg.get("casefile.field.channel"), msg.label(c.channel(), c.channelName()));
        flow.keyValue(msg.get("casefile.field.status"), msg.label(c.status(), c.statusName())
                + ClosedBy.of(c).map(by -> " (" + msg.label(by) + ")").orElse("")
                + (CompletionRules.reopenCount(c) > 0 ? " \u00b7 " + msg.get("casefile.reopenCount", CompletionRules.reopenCount(c)) : ""));
        flow.keyValue(msg.get("casefile.field.institution"), c.agency().map(a -> a.name()).orElse(msg.get("casefile.value.none")));
        flow.keyValue(msg.get("casefile.field.unit"), c.unit().map(u -> u.name()).orElse(msg.get("casefile.value.none")));
        flow.keyValue(msg.get("casefile.field.submittedAt"), dateTime.format(c.submittedAt()));
        flow.keyValue(msg.get("casefile.field.disposedAt"), c.disposedAt().map(dateTime::format).orElse(msg.get("casefile.value.none")));
        flow.keyValue(msg.get("casefile.field.incidentDate"), c.incidentDate().map(date::format).orElse(msg.get("casefile.value.none")));
        flow.keyValue(msg.get("casefile.field.location"), location(c.location()));
        flow.keyValue(msg.get("casefile.field.calendar"), calendarVersion());

        flow.heading(msg.get("casefile.section.reporter"));
        IdentityRule identity = IdentityRule.of(c, request.includeIdentities());
        if (identity != IdentityRule.SHOWN) {
            flow.paragraph(msg.get(identity.messageKey()), false, BODY, 0, PageFlow.INK);
        } else {
            Reporter r = c.reporter().get();
            flow.keyValue(msg.get("casefile.reporter.name"), r.name());
            if (r.phone().isPresent()) {
                flow.keyValue(msg.get("casefile.reporter.phone"), r.phone().get());
            }
            if (r.email().isPresent()) {
                flow.keyValue(msg.get("casefile.reporter.email"), r.email().get());
            }
            if (r.nik().isPresent()) {
                flow.keyValue(msg.get("casefile.reporter.nik"), maskNik(r.nik().get()));
            }
        }

        flow.heading(msg.get("casefile.section.deadlines"));
        // Stated once, as the detail pane does: the zone working days and due days are counted in.
        flow.paragraph(msg.get("casefile.deadline.countingZone", OfficeZone.label(options.zone())), false, 9f, 0, PageFlow.MUTED);
        if (request.deadlines().isEmpty()) {
            flow.paragraph(msg.get("casefile.deadline.none"), false, BODY, 0, PageFlow.MUTED);
        }
        for (CaseFileDeadline d : request.deadlines()) {
            String state = msg.has(d.stateKey()) ? msg.get(d.stateKey(), d.workingDays()) : d.stateKey();
            String kind = msg.has(d.kindKey()) ? msg.get(d.kindKey()) : d.kindKey();
            // A clock without a due date (not started, or not for this complaint) says so in words.
            String line = d.dueAt().isEmpty() || CaseFileDeadline.STATE_NOT_APPLICABLE.equals(d.stateKey())
                    ? msg.get("casefile.deadline.noDue")
                    : msg.get("casefile.deadline.line", dateTime.format(d.dueAt().get()), state);
            flow.ensure(2 * PageFlow.leading(BODY));
            flow.paragraph(kind, true, BODY, 0, PageFlow.INK);
            flow.paragraph(line, false, BODY, 12, PageFlow.INK);
            for (MessageRef note : d.notes()) {
                flow.paragraph(msg.has(note.key()) ? msg.get(note.key(), note.argsArray()) : note.key(), false, 9f, 12, PageFlow.MUTED);
            }
            flow.space(3);
        }
    }

    /** "SKB 3 Menteri No. 1497/2025 … · diperbarui 30 November 2026": the calendar the deadlines rest on. */
    private String calendarVersion() {
        CalendarEdition edition = options.calendar();
        String version = edition.version().isBlank() ? msg.get("casefile.calendar.unnamed") : edition.version();
        return edition.updated().map(day -> msg.get("casefile.calendar.version", version, date.format(day))).orElse(version);
    }

    /** Only the last four digits of a NIK: enough to match a person, useless to impersonate one. */
    static String maskNik(String nik) {
        String s = nik.strip();
        if (s.length() <= 4) {
            return "\u2022".repeat(s.length());
        }
        return "\u2022".repeat(s.length() - 4) + s.substring(s.length() - 4);
    }

    private String location(Location l) {
        String place = Stream.of(l.detail(), l.village(), l.district(), l.regency(), l.province())
                .filter(s -> !s.isBlank())
                .collect(Collectors.joining(", "));
        String coords = l.coordinates()
                .map(g -> String.format(Locale.ROOT, " (%.6f, %.6f)", g.latitude(), g.longitude()))
                .orElse("");
        return place.isEmpty() && coords.isEmpty() ? msg.get("casefile.value.none") : place + coords;
    }

    private void report(Complaint c, PageFlow flow) throws IOException {
        flow.newPage();
        flow.heading(msg.get("casefile.section.report"));
        flow.paragraph(c.title(), true, 11f, 0, PageFlow.INK);
        flow.space(4);
        flow.paragraph(c.body().isBlank() ? msg.get("casefile.value.none") : c.body(), false, BODY, 0, PageFlow.INK);
    }

    /** "Oleh Pejabat penghubung: Budi Santoso"; the actor once when the name already says the role ("Oleh Admin LAPOR!"). */
    private String actor(boolean identityShown, Event e) {
        String kind = msg.label(e.actor().kind());
        // A reporter's name never reaches paper when the identity is not printed, whatever the server sent.
        if (e.actor().kind() == ActorKind.REPORTER && !identityShown) {
            return msg.get("casefile.event.actorName", kind);
        }
        String name = e.actor().name().strip();
        if (name.isEmpty() || name.toLowerCase(msg.locale()).startsWith(kind.toLowerCase(msg.locale()))) {
            return msg.get("casefile.event.actorName", name.isEmpty() ? kind : name);
        }
        return msg.get("casefile.event.actor", kind, name);
    }

    private static boolean isResponse(Event e) {
        return e.type() == EventType.RESPONDED || e.type() == EventType.COMPLETED;
    }

    /** Coordination with internal units (issue 20): each disposition, its due date, and how and when it ended. */
    private void units(Complaint c, PageFlow flow) throws IOException {
        List<UnitTask> all = UnitTask.of(c);
        if (all.isEmpty()) {
            return;
        }
        flow.heading(msg.get("casefile.section.units"));
        for (UnitTask t : all) {
            flow.paragraph(unitText.taskLine(t), false, BODY, 0, PageFlow.INK);
            if (t.reply().isPresent() && !t.reply().get().text().isBlank()) {
                flow.paragraph(t.reply().get().text(), false, 9f, 12, PageFlow.MUTED);
            }
            flow.space(4);
        }
    }

    private void chronology(boolean identityShown, List<Event> events, List<UnitTask> tasks, PageFlow flow) throws IOException {
        flow.heading(msg.get("casefile.section.chronology"));
        if (events.isEmpty()) {
            flow.paragraph(msg.get("casefile.value.none"), false, BODY, 0, PageFlow.MUTED);
        }
        int response = 0;
        for (Event e : events) {
            flow.ensure(3 * PageFlow.leading(BODY));
            flow.paragraph(msg.get("casefile.event.header", dateTime.format(e.at()), msg.label(e.type(), e.typeName())
                    + ClosedBy.of(e).map(by -> " (" + msg.label(by) + ")").orElse("")), true, BODY, 0, PageFlow.INK);
            flow.paragraph(actor(identityShown, e), false, 9f, 12, PageFlow.MUTED);
            String unitLine = unitText.eventLine(e, tasks);
            if (!unitLine.isEmpty()) {
                flow.paragraph(unitLine, false, 9f, 12, PageFlow.MUTED);
            }
            if (isResponse(e)) {
                response++;
                flow.paragraph(msg.get("casefile.event.seeResponse", response), false, BODY, 12, PageFlow.MUTED);
            } else if (e.type() == EventType.TIER_SET) {
                flow.paragraph(CompletionTier.parse(e.text()).map(msg::label).orElse(e.text()), false, BODY, 12, PageFlow.INK);
            } else if (!e.text().isBlank()) {
                // A link's text is "<relation> <trackingId>" on the wire: printed in words (issue 17).
                String text = ComplaintLink.of(e).map(l -> msg.label(l.relation()) + " #" + l.trackingId()).orElse(e.text());
                flow.paragraph(text, false, BODY, 12, PageFlow.INK);
            }
            if (!e.attachments().isEmpty()) {
                flow.paragraph(msg.get("casefile.event.attachments",
                        e.attachments().stream().map(Attachment::fileName).collect(Collectors.joining(", "))), false, 9f, 12, PageFlow.MUTED);
            }
            flow.space(6);
        }
    }

    private void responses(boolean identityShown, List<Event> events, PageFlow flow) throws IOException {
        flow.heading(msg.get("casefile.section.responses"));
        List<Event> responses = events.stream().filter(CaseFileRenderer::isResponse).toList();
        if (responses.isEmpty()) {
            flow.paragraph(msg.get("casefile.responses.none"), false, BODY, 0, PageFlow.MUTED);
        }
        int n = 0;
        for (Event e : responses) {
            n++;
            flow.ensure(3 * PageFlow.leading(BODY));
            flow.paragraph(msg.get("casefile.response.header", n, dateTime.format(e.at()), msg.label(e.type(), e.typeName())), true, 10.5f, 0, PageFlow.INK);
            flow.paragraph(actor(identityShown, e), false, 9f, 0, PageFlow.MUTED);
            flow.space(2);
            flow.paragraph(e.text().isBlank() ? msg.get("casefile.value.none") : e.text(), false, BODY, 0, PageFlow.INK);
            flow.space(8);
        }
    }

    /** One attachment with its bytes (if cached) and, for an image, what embedding it gave. */
    private record Entry(Attachment attachment, Optional<Event> from, Optional<byte[]> bytes, Optional<ImageEmbedder.Outcome> outcome) {
        /** The space the entry needs to stay together with its picture. */
        float height() {
            float picture = outcome.flatMap(ImageEmbedder.Outcome::image)
                    .map(img -> PageFlow.imageHeight(img, IMAGE_MAX_HEIGHT) + 8).orElse(0f);
            return 4 * PageFlow.leading(BODY) + picture;
        }
    }

    private void attachments(CaseFileRequest request, List<Event> events, PageFlow flow) throws IOException {
        Complaint c = request.complaint();
        List<Entry> entries = new ArrayList<>();
        // One file is listed (and its picture embedded) once, where it first appears, even when the
        // report and an event (or two events) carry the same bytes.
        Set<String> seen = new HashSet<>();
        for (Attachment a : c.attachments()) {
            if (seen.add(a.sha256())) {
                entries.add(entry(request, a, Optional.empty(), flow));
            }
        }
        for (Event e : events) {
            for (Attachment a : e.attachments()) {
                if (seen.add(a.sha256())) {
                    entries.add(entry(request, a, Optional.of(e), flow));
                }
            }
        }
        flow.heading(msg.get("casefile.section.attachments"), entries.isEmpty() ? PageFlow.leading(BODY) : entries.getFirst().height());
        if (entries.isEmpty()) {
            flow.paragraph(msg.get("casefile.attachments.none"), false, BODY, 0, PageFlow.MUTED);
            return;
        }
        int n = 0;
        for (Entry entry : entries) {
            n++;
            Attachment a = entry.attachment();
            // Keep the entry with its picture: both move to the next page together.
            flow.ensure(entry.height());
            flow.paragraph(msg.get("casefile.attachment.header", n, a.fileName()), true, BODY, 0, PageFlow.INK);
            String source = entry.from().map(from -> msg.get("casefile.attachment.fromEvent", msg.label(from.type(), from.typeName()), dateTime.format(from.at())))
                    .orElse(msg.get("casefile.attachment.fromReport"));
            flow.paragraph(msg.get("casefile.attachment.details", a.size(), a.mediaType(), source), false, 9f, 12, PageFlow.MUTED);
            flow.paragraph(msg.get("casefile.attachment.sha256", a.sha256()), false, 8f, 12, PageFlow.MUTED);
            if (entry.bytes().isEmpty()) {
                flow.paragraph(msg.get("casefile.attachment.notAvailable"), false, 9f, 12, PageFlow.MUTED);
            } else if (entry.outcome().isPresent()) {
                ImageEmbedder.Outcome outcome = entry.outcome().get();
                if (outcome.image().isPresent()) {
                    flow.space(2);
                    flow.image(outcome.image().get(), IMAGE_MAX_HEIGHT);
                } else {
                    String key = outcome.problem().orElseThrow() == ImageEmbedder.Problem.TOO_LARGE
                            ? "casefile.attachment.tooLarge" : "casefile.attachment.unreadable";
                    flow.paragraph(msg.get(key), false, 9f, 12, PageFlow.SECRET);
                }
            }
            flow.space(6);
        }
    }

    private static Entry entry(CaseFileRequest request, Attachment a, Optional<Event> from, PageFlow flow) {
        Optional<byte[]> bytes = request.attachmentBytes().apply(a.sha256());
        Optional<ImageEmbedder.Outcome> outcome = bytes.filter(b -> a.isImage())
                .map(b -> ImageEmbedder.embed(flow.document(), b, a.fileName()));
        return new Entry(a, from, bytes, outcome);
    }
}
