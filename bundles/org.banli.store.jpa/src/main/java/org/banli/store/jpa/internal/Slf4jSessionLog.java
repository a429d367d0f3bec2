package org.banli.store.jpa.internal;

import org.eclipse.persistence.logging.AbstractSessionLog;
import org.eclipse.persistence.logging.SessionLog;
import org.eclipse.persistence.logging.SessionLogEntry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Sends EclipseLink's log to SLF4J (Karaf's log) instead of standard output. */
public class Slf4jSessionLog extends AbstractSessionLog {

    private static final Logger LOG = LoggerFactory.getLogger("org.eclipse.persistence");

    @Override
    public boolean shouldLog(int level, String category) {
        switch (level) {
            case SessionLog.SEVERE:
                return LOG.isErrorEnabled();
            case SessionLog.WARNING:
                return LOG.isWarnEnabled();
            case SessionLog.INFO:
            case SessionLog.CONFIG:
                return LOG.isDebugEnabled(); // EclipseLink's INFO is login chatter: keep it out of the normal log
            default:
                return LOG.isTraceEnabled();
        }
    }

    @Override
    public void log(SessionLogEntry entry) {
        if (!shouldLog(entry.getLevel(), entry.getNameSpace())) {
            return;
        }
        String message = formatMessage(entry);
        Throwable error = entry.getException();
        switch (entry.getLevel()) {
            case SessionLog.SEVERE -> LOG.error(message, error);
            case SessionLog.WARNING -> LOG.warn(message, error);
            case SessionLog.INFO, SessionLog.CONFIG -> LOG.debug(message, error);
            default -> LOG.trace(message, error);
        }
    }
}
