package id.penghubung.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class LineBreakerTest {
    private static final FontFace FACE = FontFace.REGULAR;

    @Test
    void wrapsOnSpacesAndKeepsParagraphs() {
        List<String> lines = LineBreaker.wrap("satu dua tiga empat lima\n\nenam", FACE, 10f, FACE.width("satu dua tiga", 10f) + 1);
        assertThat(lines).containsExactly("satu dua tiga", "empat lima", "", "enam");
    }

    @Test
    void longUrlBreaksAfterASlashWhenThatFillsHalfTheLine() {
        String url = "https://lapor.go.id/laporan/detil/jalan-rusak-di-depan-sekolah-dasar-negeri";
        float width = FACE.width("https://lapor.go.id/laporan/detil/jal", 10f);
        List<String> lines = LineBreaker.wrap(url, FACE, 10f, width);
        assertThat(lines.getFirst()).isEqualTo("https://lapor.go.id/laporan/detil/");
        assertThat(String.join("", lines)).isEqualTo(url);
    }

    @Property(tries = 300)
    void everyLineFitsAndNoCharacterIsLost(@ForAll @StringLength(max = 400) String raw) {
        String clean = TextSanitizer.clean(raw, FACE);
        float width = 120f;
        List<String> lines = LineBreaker.wrap(clean, FACE, 10f, width);
        for (String line : lines) {
            assertThat(FACE.width(line, 10f)).isLessThanOrEqualTo(width + 0.01f);
        }
        assertThat(String.join("", lines).replace(" ", "")).isEqualTo(clean.replace(" ", "").replace("\n", ""));
    }

    @Test
    void sanitizerDropsControlsAndReplacesMissingGlyphs() {
        String clean = TextSanitizer.clean("a\u0000b\u0007c\r\nd\te\u200Bf\u4E2Dg", FACE);
        assertThat(clean).isEqualTo("abc\nd ef\uFFFDg");
    }

    @Test
    void fitCutsWithAnEllipsis() {
        String fitted = LineBreaker.fit("Pemerintah Provinsi Daerah Khusus Ibukota Jakarta", FACE, 10f, 80f);
        assertThat(fitted).endsWith("\u2026");
        assertThat(FACE.width(fitted, 10f)).isLessThanOrEqualTo(80f);
    }
}
