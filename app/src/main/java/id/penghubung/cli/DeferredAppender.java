package id.penghubung.cli;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.AppenderBase;
import java.util.function.Supplier;

/**
 * Stands in for an appender that is costly to start (the rolling log file: its layout, rolling calendar and
 * file) and builds it at the first event, then hands every event to it. {@link AppenderBase#doAppend} holds
 * this appender's lock, so the target is built once even when several threads log at once.
 */
final class DeferredAppender extends AppenderBase<ILoggingEvent> {
    private final Supplier<Appender<ILoggingEvent>> factory;
    private Appender<ILoggingEvent> target;

    DeferredAppender(Supplier<Appender<ILoggingEvent>> factory) {
        this.factory = factory;
    }

    @Override
    protected void append(ILoggingEvent event) {
        if (target == null) {
            target = factory.get();
        }
        target.doAppend(event);
    }

    @Override
    public synchronized void stop() {
        if (target != null) {
            target.stop();
        }
        super.stop();
    }
}
