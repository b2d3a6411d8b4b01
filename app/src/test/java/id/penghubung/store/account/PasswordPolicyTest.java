package id.penghubung.store.account;

import static org.assertj.core.api.Assertions.assertThat;

import id.penghubung.central.CentralServer;
import id.penghubung.i18n.Messages;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The local password policy applied when this computer's key is first wrapped (or re-wrapped). */
class PasswordPolicyTest {
    private final PasswordPolicy policy = PasswordPolicy.standard();

    @Test
    void aShortPasswordIsRefusedWithTheMinimumInTheMessage() {
        PasswordPolicy.Verdict v = policy.check("rina", "Kucing#12".toCharArray());
        assertThat(v.ok()).isFalse();
        assertThat(v.messageKey()).isEqualTo("security.password.tooShort");
        assertThat(Messages.indonesian().get(v.messageKey(), v.args().toArray())).contains("10");
        assertThat(Messages.of(Locale.ENGLISH).get(v.messageKey(), v.args().toArray())).contains("at least 10");
    }

    @Test
    void thePasswordMayNotBeOrContainTheUserName() {
        assertThat(policy.check("rina.wulandari", "Rina.Wulandari".toCharArray()).messageKey())
                .isEqualTo("security.password.username");
        assertThat(policy.check("budi", "budi-2026-kantor".toCharArray()).messageKey()).isEqualTo("security.password.username");
    }

    @Test
    void aCommonPasswordIsRefusedWhateverItsCase() {
        assertThat(policy.check("rina", "Bismillah123".toCharArray()).messageKey()).isEqualTo("security.password.common");
        assertThat(policy.check("rina", "PASSWORD1234".toCharArray()).messageKey()).isEqualTo("security.password.common");
        assertThat(policy.check("rina", "aaaaaaaaaaaa".toCharArray()).messageKey()).isEqualTo("security.password.common");
        assertThat(policy.commonCount()).isGreaterThan(50);
    }

    @Test
    void aReasonablePasswordAndTheTrainingPasswordPass() {
        assertThat(policy.check("rina", "kopi-susu-di-balai-kota".toCharArray()).ok()).isTrue();
        // The demo's accounts (training server) all use this one: the policy must not break the demo.
        assertThat(policy.check("penghubung", CentralServer.TRAINING_PASSWORD.toCharArray()).ok()).isTrue();
        assertThat(policy.check("ombudsman-jabar", CentralServer.TRAINING_PASSWORD.toCharArray()).ok()).isTrue();
    }
}
