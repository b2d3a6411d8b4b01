package id.penghubung.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class FtsQueryTest {
    @Test
    void wordsBecomeQuotedTokensAndTheLastIsAPrefixWhileTyping() {
        assertThat(FtsQuery.of("jalan rusa")).contains("\"jalan\" \"rusa\"*");
        assertThat(FtsQuery.of("jalan rusak ")).contains("\"jalan\" \"rusak\"");
        assertThat(FtsQuery.of("jal")).contains("\"jal\"");
        assertThat(FtsQuery.of("#1916449")).contains("\"1916449\"*");
        assertThat(FtsQuery.of("e-ktp")).contains("\"e\" \"ktp\"");
    }

    @Test
    void syntaxIsNeverPassedThrough() {
        assertThat(FtsQuery.of("\"a\" OR NEAR(b c)")).contains("\"a\" \"OR\" \"NEAR\" \"b\" \"c\"");
        assertThat(FtsQuery.of("title:jalan*")).contains("\"title\" \"jalan\"");
        assertThat(FtsQuery.of("\" * ( ) : ^ -")).isEqualTo(Optional.empty());
        assertThat(FtsQuery.of(null)).isEmpty();
    }
}
