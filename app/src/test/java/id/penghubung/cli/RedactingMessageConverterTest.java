package id.penghubung.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RedactingMessageConverterTest {
    @Test
    void masksTokensPasswordsAndNik() {
        String line = RedactingMessageConverter.redact(
                "Authorization: Bearer eyJhbGciOi.abc-123 body={\"username\":\"rina\",\"password\":\"latihan123\"} "
                        + "refreshToken=r-9f8e nik 3273012345670001 tracking 1916449");
        assertThat(line)
                .doesNotContain("eyJhbGciOi", "latihan123", "r-9f8e", "3273012345670001")
                .contains("Bearer ***", "\"password\":\"***", "rina", "1916449");
    }

    @Test
    void leavesOrdinaryTextAlone() {
        assertThat(RedactingMessageConverter.redact("Pulled 500 complaints in 1.2 s")).isEqualTo("Pulled 500 complaints in 1.2 s");
        assertThat(RedactingMessageConverter.redact(null)).isNull();
    }
}
