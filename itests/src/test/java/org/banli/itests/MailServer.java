package org.banli.itests;

import static org.ops4j.pax.exam.CoreOptions.systemProperty;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import org.ops4j.pax.exam.Option;

/**
 * A real mail server (GreenMail: SMTP in, POP3 out) started by the test driver, outside the
 * Karaf container, as a county's mail server is outside Banli. Tests inside the container
 * read what arrived with {@link Pop3}; this class is never loaded there.
 */
final class MailServer {

    static final String SMTP_PORT = "banli.itest.smtpPort";
    static final String POP3_PORT = "banli.itest.pop3Port";
    private static GreenMail server;

    private MailServer() {}

    /** Starts the server once per driver JVM; the options tell the container its ports. Driver side only. */
    static synchronized Option[] startedForContainer() {
        if (server == null) {
            server = new GreenMail(
                    new ServerSetup[] {ServerSetupTest.SMTP.dynamicPort(), ServerSetupTest.POP3.dynamicPort()});
            server.start();
        }
        return new Option[] {
            systemProperty(SMTP_PORT).value(Integer.toString(server.getSmtp().getPort())),
            systemProperty(POP3_PORT).value(Integer.toString(server.getPop3().getPort()))
        };
    }
}
