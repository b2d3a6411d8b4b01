package id.penghubung.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class CentralCommandTest {
    @Test
    void badFaultSpecIsAUsageErrorOnOneLine() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Launcher.run(new String[] {"central", "--port", "0", "--faults", "explode=1"}, new PrintWriter(out), new PrintWriter(err));
        assertThat(code).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString().strip()).contains("explode").doesNotContain("\n");
        assertThat(out.toString()).doesNotContain("listening on");
    }

    @Test
    void negativeComplaintCountIsAUsageError() {
        StringWriter err = new StringWriter();
        int code = Launcher.run(new String[] {"central", "--complaints", "-5"}, new PrintWriter(new StringWriter()), new PrintWriter(err));
        assertThat(code).isEqualTo(ExitCodes.USAGE);
    }
}
