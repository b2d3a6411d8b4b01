package id.penghubung.ui.detail;

import static org.assertj.core.api.Assertions.assertThat;

import id.penghubung.i18n.Messages;
import id.penghubung.model.ActionType;
import id.penghubung.model.Complaint;
import id.penghubung.store.BaseCopy;
import id.penghubung.store.SyntheticComplaints;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Issue 15: a refusal reads as a refusal in words, and resending is offered only where it can work. */
class ConflictDiffTest {
    private final Messages id = Messages.indonesian();
    private final Complaint c = new SyntheticComplaints(3).complaint(1, 4);

    private ConflictDiff rejected(String code, String serverMessage) {
        return ConflictDiff.of(c, ActionType.RESPOND, Optional.of(BaseCopy.toJson(c)),
                Optional.of("{\"code\":\"" + code + "\",\"message\":\"" + serverMessage + "\",\"fields\":{}}"), id);
    }

    @Test
    void aRefusalIsSaidInWordsNeverAsAnHttpCodeOrTheServersEnglish() {
        ConflictDiff status = rejected("STATUS_NOT_ALLOWED", "RESPOND is not allowed in status ARSIP");
        assertThat(status.rejection()).isEqualTo("tindakan ini tidak diperbolehkan pada status laporan sekarang.");
        assertThat(status.resendable()).isFalse();
        ConflictDiff large = rejected("PAYLOAD_TOO_LARGE", "HTTP 413 Payload Too Large");
        assertThat(large.rejection()).contains("terlalu besar").doesNotContain("413").doesNotContain("Payload");
        assertThat(large.resendable()).isFalse();
        assertThat(rejected("OUT_OF_SCOPE", "Complaint is not disposed to your agency").rejection()).contains("dialihkan");
        assertThat(rejected("SOMETHING_NEW", "x").rejection()).isEqualTo("server menolak tindakan ini.");
        assertThat(Messages.of(java.util.Locale.ENGLISH).get("ui.rejection.STATUS_NOT_ALLOWED")).contains("not allowed");
    }

    @Test
    void aRedirectSinceTheActionWasWrittenOffersNoResend() {
        String base = BaseCopy.toJson(c);
        String server = "{\"complaint\":" + base.replace("\"version\":4", "\"version\":5")
                .replace("\"events\":[", "\"events\":[{\"id\":\"ev-redirect\",\"type\":\"REDIRECTED\","
                        + "\"actor\":{\"kind\":\"ADMIN\",\"name\":\"Admin LAPOR!\"},\"text\":\"Dinas Kesehatan: bukan urusan\"},")
                + "}";
        ConflictDiff diff = ConflictDiff.of(c, ActionType.RESPOND, Optional.of(base), Optional.of(server), id);
        assertThat(diff.serverVersion()).isEqualTo(5);
        assertThat(diff.newEvents()).singleElement().asString().contains("Dinas Kesehatan: bukan urusan");
        assertThat(diff.resendable()).isFalse();
        ConflictDiff same = ConflictDiff.of(c, ActionType.RESPOND, Optional.of(base),
                Optional.of("{\"complaint\":" + base.replace("\"version\":4", "\"version\":5") + "}"), id);
        assertThat(same.resendable()).isEqualTo(c.status().name().equals("PROSES")
                || c.status().name().equals("BELUM_DITINDAKLANJUTI"));
    }
}
