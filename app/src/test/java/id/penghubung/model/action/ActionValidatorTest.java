package id.penghubung.model.action;

import static id.penghubung.model.ModelFixtures.AGENCY;
import static id.penghubung.model.ModelFixtures.FOREIGN_UNIT;
import static id.penghubung.model.ModelFixtures.UNIT_FARMASI;
import static id.penghubung.model.ModelFixtures.UNIT_RS;
import static id.penghubung.model.ModelFixtures.complaint;
import static org.assertj.core.api.Assertions.assertThat;

import id.penghubung.i18n.Messages;
import id.penghubung.model.ActionType;
import id.penghubung.model.AgencyRef;
import id.penghubung.model.Complaint;
import id.penghubung.model.EventType;
import id.penghubung.model.Role;
import id.penghubung.model.Status;
import id.penghubung.model.UnitRef;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ActionValidatorTest {
    private static final String SHA = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
    private static final String OTHER_SHA = "60303ae22b998861bce3b28f33eec1be758a213c86c93c076dbe9f558c11c752";
    private static final ActingAccount OFFICER = new ActingAccount("u-1", "Siti Rahma", Role.OFFICER, Optional.of(AGENCY.id()));
    private static final List<UnitRef> UNITS = List.of(UNIT_RS, UNIT_FARMASI, FOREIGN_UNIT);

    private final ActionValidator validator = new ActionValidator();

    private static Complaint awaitingFollowUp() {
        return complaint("2026-03-11T08:00").disposed("2026-03-13T14:00").build();
    }

    private static Complaint inProcess() {
        return complaint("2026-03-11T08:00").disposed("2026-03-13T14:00")
                .event(EventType.RESPONDED, "2026-03-16T10:00").status(Status.PROSES).unit(UNIT_RS).build();
    }

    private static List<String> keys(List<Problem> problems) {
        return problems.stream().map(Problem::messageKey).toList();
    }

    @Test
    void aGoodFollowUpPasses() {
        assertThat(validator.validate(new Respond("Laporan sedang ditindaklanjuti oleh Dinas Kesehatan.", List.of(SHA)),
                awaitingFollowUp(), OFFICER, UNITS)).isEmpty();
        assertThat(validator.validate(new Complete("Obat telah tersedia kembali.\r\nTerima kasih.", List.of()),
                inProcess(), OFFICER, UNITS)).isEmpty();
        assertThat(validator.validate(new Dispose(UNIT_FARMASI.id(), ""), inProcess(), OFFICER, UNITS)).isEmpty();
    }

    @Test
    void anOmbudsmanAccountGetsEveryProblemAtOnce() {
        ActingAccount ombudsman = new ActingAccount("o-1", "Perwakilan Jatim", Role.OMBUDSMAN, Optional.empty());
        List<Problem> problems = validator.validate(new Respond("   ", List.of("abc", SHA, SHA.toUpperCase())),
                complaint("2026-03-11T08:00").build(), ombudsman, UNITS);
        assertThat(problems).containsExactly(
                Problem.of("action", "validation.role.readOnly", Role.OMBUDSMAN),
                Problem.of("action", "validation.status.notAllowed", ActionType.RESPOND, Status.BELUM_TERVERIFIKASI),
                Problem.of("text", "validation.text.blank"),
                Problem.of("attachments", "validation.attachment.hash", 1),
                Problem.of("attachments", "validation.attachment.duplicate", 3));
        assertThat(validator.validate(new Note("Dipantau."), inProcess(),
                new ActingAccount("a-1", "Admin", Role.ADMIN, Optional.of(AGENCY.id())), UNITS))
                .extracting(Problem::messageKey).containsExactly("validation.role.readOnly");
    }

    @Test
    void anOfficerOfAnotherAgencyCompletingTooEarlyWithBadText() {
        ActingAccount stranger = new ActingAccount("u-9", "Budi", Role.OFFICER, Optional.of("kemendikbud"));
        String text = "a".repeat(ActionValidator.MAX_TEXT) + "\u0000";
        List<Problem> problems = validator.validate(new Complete(text, List.of()), awaitingFollowUp(), stranger, UNITS);
        assertThat(keys(problems)).containsExactly(
                "validation.agency.other", "validation.status.notAllowed", "validation.text.tooLong", "validation.text.controlChars");
        assertThat(problems.get(2).args()).containsExactly(ActionValidator.MAX_TEXT, ActionValidator.MAX_TEXT + 1);
        assertThat(problems.get(2).field()).isEqualTo("text");
    }

    @Test
    void closedReportsTakeNothingButANote() {
        Complaint done = complaint("2026-03-11T08:00").disposed("2026-03-13T14:00")
                .event(EventType.COMPLETED, "2026-03-16T10:00").status(Status.SELESAI).build();
        Complaint archived = complaint("2026-03-11T08:00").event(EventType.ARCHIVED, "2026-03-12T10:00")
                .status(Status.ARSIP).agency(AGENCY).build();
        for (Complaint closed : List.of(done, archived)) {
            assertThat(validator.validate(new Note("Berkas dicetak untuk Ombudsman."), closed, OFFICER, UNITS)).isEmpty();
            assertThat(keys(validator.validate(new Respond("Tambahan jawaban.", List.of()), closed, OFFICER, UNITS)))
                    .containsExactly("validation.status.notAllowed");
            assertThat(keys(validator.validate(new RequestInfo("Mohon alamat lengkap."), closed, OFFICER, UNITS)))
                    .containsExactly("validation.status.notAllowed");
        }
        for (ActionType type : ActionType.values()) {
            assertThat(ActionValidator.allows(Status.BELUM_TERVERIFIKASI, type)).isEqualTo(type == ActionType.NOTE || ActionValidator.isLink(type));
        }
    }

    @Test
    void dispositionNeedsAKnownOtherUnitOfTheAgency() {
        Complaint c = inProcess();
        assertThat(validator.validate(new Dispose(" ", ""), c, OFFICER, UNITS))
                .containsExactly(Problem.of("unitId", "validation.unit.missing"));
        assertThat(validator.validate(new Dispose("kemenkes-gizi", ""), c, OFFICER, UNITS))
                .containsExactly(Problem.of("unitId", "validation.unit.unknown", "kemenkes-gizi"));
        assertThat(validator.validate(new Dispose(FOREIGN_UNIT.id(), ""), c, OFFICER, UNITS))
                .containsExactly(Problem.of("unitId", "validation.unit.otherAgency", FOREIGN_UNIT.name()));
        assertThat(validator.validate(new Dispose(UNIT_RS.id(), "x".repeat(ActionValidator.MAX_DISPOSE_NOTE + 1)), c, OFFICER, UNITS))
                .extracting(Problem::messageKey).containsExactly("validation.unit.same", "validation.text.tooLong");
    }

    @Test
    void notOurAuthorityNeedsAReasonAndAnotherAgency() {
        List<Problem> problems = validator.validate(new NotAuthorized("", Optional.of(AGENCY.id())), awaitingFollowUp(), OFFICER, UNITS);
        assertThat(problems).containsExactly(
                Problem.of("reason", "validation.text.blank"),
                Problem.of("suggestedAgencyId", "validation.agency.suggestedSelf"));
        assertThat(keys(validator.validate(new NotAuthorized("Kewenangan pemerintah daerah.", Optional.of("  ")),
                awaitingFollowUp(), OFFICER, UNITS))).containsExactly("validation.agency.suggestedBlank");
        assertThat(validator.validate(new NotAuthorized("Kewenangan pemerintah daerah.", Optional.of("pemprov-jatim")),
                awaitingFollowUp(), OFFICER, UNITS)).isEmpty();
        // Having answered, the agency cannot disclaim the report any more.
        assertThat(keys(validator.validate(new NotAuthorized("Ternyata bukan kami.", Optional.empty()), inProcess(), OFFICER, UNITS)))
                .containsExactly("validation.notAuthorized.afterResponse");
    }

    @Test
    void oneUnansweredQuestionAtATime() {
        Complaint asked = complaint("2026-03-11T08:00").disposed("2026-03-13T14:00")
                .event(EventType.INFO_REQUESTED, "2026-03-16T10:00").build();
        assertThat(keys(validator.validate(new RequestInfo("Nomor antrean?"), asked, OFFICER, UNITS)))
                .containsExactly("validation.requestInfo.pending");
        Complaint answered = complaint("2026-03-11T08:00").disposed("2026-03-13T14:00")
                .event(EventType.INFO_REQUESTED, "2026-03-16T10:00")
                .event(EventType.REPORTER_REPLIED, "2026-03-17T10:00").build();
        assertThat(validator.validate(new RequestInfo("Nomor antrean?"), answered, OFFICER, UNITS)).isEmpty();
    }

    @Test
    void accountsWithoutAgencyAndReportsOfNoAgency() {
        ActingAccount loose = new ActingAccount("u-2", "Tanpa Instansi", Role.OFFICER, Optional.empty());
        assertThat(keys(validator.validate(new Note("Catatan."), awaitingFollowUp(), loose, UNITS)))
                .containsExactly("validation.account.noAgency");
        Complaint elsewhere = complaint("2026-03-11T08:00").disposed("2026-03-13T14:00")
                .agency(new AgencyRef("kemendikbud", "Kemendikbud")).build();
        assertThat(keys(validator.validate(new Note("Catatan."), elsewhere, OFFICER, UNITS)))
                .containsExactly("validation.agency.other");
    }

    @Test
    void tooManyAttachmentsAndCleaning() {
        List<String> many = java.util.stream.IntStream.range(0, ActionValidator.MAX_ATTACHMENTS + 1)
                .mapToObj(i -> String.format("%064x", i)).toList();
        assertThat(validator.validate(new Respond("Jawaban.", many), awaitingFollowUp(), OFFICER, UNITS))
                .containsExactly(Problem.of("attachments", "validation.attachment.tooMany", ActionValidator.MAX_ATTACHMENTS));
        assertThat(ActionValidator.clean("Halo\u0000 Bapak\r\nTerima kasih\u0007 \uD83D\uDE4F \uD800"))
                .isEqualTo("Halo Bapak\nTerima kasih \uD83D\uDE4F ");
        assertThat(validator.validate(new Note("Emoji \uD83D\uDE4F dan\ttab"), awaitingFollowUp(), OFFICER, UNITS)).isEmpty();
    }

    @Test
    void everyMessageKeyReadsWellInBothLanguages() throws IllegalAccessException {
        for (Field field : ActionValidator.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.get(null) instanceof String key && key.startsWith("validation.")) {
                assertThat(Messages.indonesian().has(key)).as(key).isTrue();
                assertThat(Messages.of(Messages.ENGLISH).has(key)).as(key).isTrue();
            }
        }
        // Indonesian groups digits with a dot.
        assertThat(Messages.indonesian().get("validation.text.tooLong", 20_000, 20_001))
                .isEqualTo("Teks terlalu panjang: 20.001 karakter, paling banyak 20.000.");
    }
}
