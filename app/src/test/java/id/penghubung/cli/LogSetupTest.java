package id.penghubung.cli;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.util.LogbackMDCAdapter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The log file is set up in code (no logback.xml parsed at every command's start), redacted as before. */
class LogSetupTest {
    @TempDir
    Path logs;

    @Test
    void writesRedactedLinesToTheLogFolderWithoutAnXmlConfiguration() throws Exception {
        assertThat(getClass().getResource("/logback.xml")).as("no XML configuration to scan and parse").isNull();
        List<Configurator> found = ServiceLoader.load(Configurator.class).stream().map(ServiceLoader.Provider::get).toList();
        assertThat(found).hasExactlyElementsOfTypes(LogSetup.class);

        LoggerContext context = new LoggerContext();
        context.setMDCAdapter(new LogbackMDCAdapter()); // as SLF4J's provider does for the real context
        context.putProperty(Logging.LOG_DIR_PROPERTY, logs.toString());
        LogSetup setup = new LogSetup();
        setup.setContext(context);
        assertThat(setup.configure(context)).isEqualTo(Configurator.ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY);
        context.getLogger("id.penghubung.sync.Sync").info("sign-in body={\"password\":\"latihan123\"} tracking 1916449");
        context.getLogger("id.penghubung.sync.Sync").debug("below the level");
        context.stop();

        String written = Files.readString(logs.resolve("penghubung.log"));
        assertThat(written)
                .matches("(?s)\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d,\\d{3} INFO  \\[[^]]+\\] id\\.penghubung\\.sync\\.Sync - .*\\R")
                .contains("\"password\":\"***", "1916449")
                .doesNotContain("latihan123", "below the level");
    }

    @Test
    void aCommandThatLogsNothingNeverOpensTheLogFile() throws Exception {
        // print on its happy path logs nothing: the rolling file (layout, calendar, file) is built at the first line.
        LoggerContext context = new LoggerContext();
        context.setMDCAdapter(new LogbackMDCAdapter());
        context.putProperty(Logging.LOG_DIR_PROPERTY, logs.toString());
        LogSetup setup = new LogSetup();
        setup.setContext(context);
        setup.configure(context);
        context.getLogger("id.penghubung.cli.PrintCommand").debug("below the level");
        assertThat(logs.resolve("penghubung.log")).as("the log file before any line at INFO").doesNotExist();

        context.getLogger("id.penghubung.cli.PrintCommand").warn("Attachment unreadable");
        context.getLogger("id.penghubung.cli.PrintCommand").info("second line");
        context.stop();
        assertThat(Files.readAllLines(logs.resolve("penghubung.log")))
                .satisfiesExactly(first -> assertThat(first).contains("WARN", "Attachment unreadable"),
                        second -> assertThat(second).contains("INFO", "second line"));
    }
}
