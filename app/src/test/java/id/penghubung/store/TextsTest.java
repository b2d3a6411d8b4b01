package id.penghubung.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.penghubung.model.Complaint;
import id.penghubung.model.Event;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextsTest {
    @Test
    void wellFormedTextIsReturnedAsTheSameInstance() {
        for (String s : List.of("", "jalan rusak", "emoji 😀 di akhir 😀", "é ü 漢字")) {
            assertThat(Texts.wellFormed(s)).isSameAs(s);
            assertThat(Texts.storable(s, 100)).isTrue();
        }
    }

    @Test
    void nulAndLoneSurrogatesAnywhereBecomeTheReplacementCharacter() {
        assertThat(Texts.wellFormed("\u0000awal")).isEqualTo("\uFFFDawal");
        assertThat(Texts.wellFormed("akhir\uD83D")).isEqualTo("akhir\uFFFD");
        assertThat(Texts.wellFormed("\uDE00awal")).isEqualTo("\uFFFDawal");
        assertThat(Texts.wellFormed("😀\uDE00😀")).isEqualTo("😀\uFFFD😀");
        assertThat(Texts.wellFormed("\uD83D\uD83D\uDE00")).isEqualTo("\uFFFD😀");
        assertThat(Texts.storable("a\u0000", 100)).isFalse();
        assertThat(Texts.storable("a\uD800", 100)).isFalse();
        assertThat(Texts.storable("panjang", 3)).isFalse();
        assertThat(Texts.storable(null, 3)).isTrue();
    }

    @Test
    void longTextsAreCheckedAsCarefullyAsShortOnes() {
        String latin = "jalan rusak di desa ".repeat(200); // 4,000 chars, none above U+00FF
        String wide = "banjir 漢字 😀 ".repeat(400); // beyond U+00FF, with valid pairs across chunk ends
        for (String base : List.of(latin, wide, "é".repeat(3_000))) {
            assertThat(Texts.wellFormed(base)).isSameAs(base);
            for (int at : new int[] {0, 1, 1_023, 1_024, 1_025, 2_047, 2_048, base.length() - 1}) {
                String nul = base.substring(0, at) + '\u0000' + base.substring(at + 1);
                assertThat(Texts.storable(nul, 100_000)).as("NUL at %d", at).isFalse();
                assertThat(Texts.wellFormed(nul).charAt(at)).isEqualTo('\uFFFD');
                String lone = base.substring(0, at) + '\uD83D' + base.substring(at + 1);
                if (!Character.isLowSurrogate(base.charAt(at + 1 < base.length() ? at + 1 : at))) {
                    assertThat(Texts.storable(lone, 100_000)).as("lone high surrogate at %d", at).isFalse();
                }
                String lowFirst = base.substring(0, at) + '\uDE00' + base.substring(at + 1);
                if (at == 0 || !Character.isHighSurrogate(base.charAt(at - 1))) {
                    assertThat(Texts.storable(lowFirst, 100_000)).as("lone low surrogate at %d", at).isFalse();
                }
            }
        }
        // A valid pair split exactly at a chunk end of the scan is still one character.
        String split = "漢".repeat(1_023) + "😀" + "漢".repeat(10);
        assertThat(Texts.storable(split, 100_000)).isTrue();
        assertThat(Texts.storable(split.substring(0, 1_024), 100_000)).isFalse();
    }

    @Test
    void aCleanComplaintPassesUnchangedAndABadEventTextIsStillFound() {
        Complaint good = new SyntheticComplaints(7).complaint(3);
        assertThat(CacheWriter.clean(good)).isSameAs(good);

        List<Event> events = new ArrayList<>(good.events());
        Event last = events.remove(events.size() - 1);
        events.add(new Event(last.id(), last.type(), last.at(), last.actor(), "teks \u0000 rusak", last.attachments()));
        Complaint bad = withEvents(good, events);
        Complaint cleaned = CacheWriter.clean(bad);
        assertThat(cleaned.events().get(events.size() - 1).text()).isEqualTo("teks \uFFFD rusak");
        assertThat(cleaned.body()).isEqualTo(good.body());

        events.set(0, new Event(events.get(0).id(), events.get(0).type(), events.get(0).at(), events.get(0).actor(),
                "x".repeat(Texts.MAX_EVENT_TEXT + 1), List.of()));
        assertThatThrownBy(() -> CacheWriter.clean(withEvents(good, events))).isInstanceOf(RowTooLargeException.class);
    }

    private static Complaint withEvents(Complaint c, List<Event> events) {
        return new Complaint(c.id(), c.trackingId(), c.version(), c.title(), c.body(), c.classification(), c.anonymous(),
                c.confidential(), c.category(), c.channel(), c.status(), c.submittedAt(), c.disposedAt(),
                c.incidentDate(), c.location(), c.agency(), c.unit(), c.reporter(), c.attachments(), events);
    }
}
