package id.penghubung.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import id.penghubung.model.sla.DeadlineKind;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class MessagesTest {
    @Test
    void enumArgumentsReadAsTheirLabels() {
        Messages id = Messages.of(Locale.of("id"));
        assertThat(id.label(DeadlineKind.FOLLOW_UP)).isEqualTo("Tindak lanjut");
        assertThat(id.get("deadline.late", 3)).isEqualTo("Terlambat 3 hari kerja");
    }

    @Test
    void englishPluralsComeFromChoiceFormat() {
        Messages en = Messages.of(Locale.ENGLISH);
        assertThat(en.get("deadline.remaining", 1)).isEqualTo("1 working day left");
        assertThat(en.get("deadline.remaining", 2)).isEqualTo("2 working days left");
        // The status bar counts what the sidebar's Outbox counts: complaints with an action waiting.
        assertThat(en.get("ui.status.pending", 1)).isEqualTo("1 complaint with actions waiting to be sent");
        assertThat(en.get("ui.status.pending", 3)).isEqualTo("3 complaints with actions waiting to be sent");
        assertThat(en.get("ui.status.syncedMinutesAgo", 1L)).isEqualTo("Synced 1 minute ago");
        assertThat(en.get("ui.status.syncedMinutesAgo", 5L)).isEqualTo("Synced 5 minutes ago");
        assertThat(en.get("ui.inbox.searchResults", 1, "All complaints")).isEqualTo("1 search result in “All complaints”");
        assertThat(en.get("ui.inbox.searchResults", 20, "All complaints")).isEqualTo("20 search results in “All complaints”");
        assertThat(en.get("ui.inbox.rowCount", 1)).isEqualTo("1 complaint");
        assertThat(en.get("ui.inbox.rowCount", 1674)).isEqualTo("1,674 complaints");
    }

    @Test
    void aMissingKeyShowsItselfInsteadOfFailing() {
        assertThat(Messages.indonesian().get("no.such.key")).isEqualTo("!no.such.key!");
    }
}
