package id.penghubung.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.PatternLayout;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.encoder.LayoutWrappingEncoder;
import ch.qos.logback.core.rolling.RollingFileAppender;
import ch.qos.logback.core.rolling.SizeAndTimeBasedRollingPolicy;
import ch.qos.logback.core.spi.ContextAwareBase;
import ch.qos.logback.core.status.NopStatusListener;
import ch.qos.logback.core.util.FileSize;
import java.nio.file.Path;
import org.slf4j.Logger;

/**
 * The log file, set up in code: found by Logback through {@code META-INF/services} before it would look for and
 * parse an XML configuration (which cost every command a few hundred milliseconds of start). One rolling file,
 * {@code penghubung.log} in the folder {@link Logging#configure} names (a temporary folder before that), 10 MB a
 * file, 14 days, 200 MB in all; INFO and above; every message through {@link RedactingMessageConverter}.
 * The rolling file itself is built at the first line logged ({@link DeferredAppender}): a command that logs
 * nothing, like a successful {@code print}, never pays for its layout, rolling calendar and file.
 */
public final class LogSetup extends ContextAwareBase implements Configurator {
    static final String PATTERN = "%d{ISO8601} %-5level [%thread] %logger{36} - %redactedMsg%n";

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        // Logback's own status lines never reach the officer's terminal (a log folder it cannot write, ...).
        context.getStatusManager().add(new NopStatusListener());
        String configured = context.getProperty(Logging.LOG_DIR_PROPERTY);
        Path folder = Path.of(configured != null ? configured
                : System.getProperty(Logging.LOG_DIR_PROPERTY, Path.of(System.getProperty("java.io.tmpdir"), "penghubung-logs").toString()));

        DeferredAppender file = new DeferredAppender(() -> rollingFile(context, folder));
        file.setContext(context);
        file.setName("FILE");
        file.start();
        ch.qos.logback.classic.Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.INFO);
        root.addAppender(file);
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }

    private static Appender<ILoggingEvent> rollingFile(LoggerContext context, Path folder) {
        PatternLayout layout = new PatternLayout();
        layout.setContext(context);
        layout.getInstanceConverterMap().put("redactedMsg", RedactingMessageConverter.class.getName());
        layout.setPattern(PATTERN);
        layout.start();
        LayoutWrappingEncoder<ILoggingEvent> encoder = new LayoutWrappingEncoder<>();
        encoder.setContext(context);
        encoder.setLayout(layout);
        encoder.start();

        RollingFileAppender<ILoggingEvent> file = new RollingFileAppender<>();
        file.setContext(context);
        file.setName("FILE");
        file.setFile(folder.resolve("penghubung.log").toString());
        SizeAndTimeBasedRollingPolicy<ILoggingEvent> rolling = new SizeAndTimeBasedRollingPolicy<>();
        rolling.setContext(context);
        rolling.setParent(file);
        rolling.setFileNamePattern(folder.resolve("penghubung.%d{yyyy-MM-dd}.%i.log.gz").toString());
        rolling.setMaxFileSize(FileSize.valueOf("10MB"));
        rolling.setMaxHistory(14);
        rolling.setTotalSizeCap(FileSize.valueOf("200MB"));
        rolling.start();
        file.setRollingPolicy(rolling);
        file.setEncoder(encoder);
        file.start();
        return file;
    }
}
