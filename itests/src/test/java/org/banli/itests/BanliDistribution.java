package org.banli.itests;

import static org.ops4j.pax.exam.CoreOptions.mavenBundle;
import static org.ops4j.pax.exam.CoreOptions.systemProperty;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.configureConsole;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.karafDistributionConfiguration;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.keepRuntimeFolder;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.logLevel;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;

import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.karaf.options.LogLevelOption.LogLevel;

/** Pax Exam options that boot the distribution this build produced, on ports of its own. */
final class BanliDistribution {

    static final String HTTP_PORT_PROPERTY = "banli.itest.httpPort";

    private BanliDistribution() {
    }

    static Option[] options() {
        String archive = System.getProperty("banli.distribution");
        if (archive == null || !new File(archive).isFile()) {
            throw new IllegalStateException("banli.distribution must name the built archive, got " + archive);
        }
        int http = freePort();
        return new Option[] {
                karafDistributionConfiguration().frameworkUrl(new File(archive).toURI().toString()).name("Banli")
                        .karafVersion(System.getProperty("karaf.version")).unpackDirectory(new File("target/exam"))
                        .useDeployFolder(false),
                keepRuntimeFolder(), configureConsole().ignoreLocalConsole(), logLevel(LogLevel.INFO),
                editConfigurationFilePut("etc/org.ops4j.pax.web.cfg", "org.osgi.service.http.port", Integer.toString(http)),
                editConfigurationFilePut("etc/org.apache.karaf.shell.cfg", "sshPort", Integer.toString(freePort())),
                editConfigurationFilePut("etc/org.apache.karaf.management.cfg", "rmiRegistryPort",
                        Integer.toString(freePort())),
                editConfigurationFilePut("etc/org.apache.karaf.management.cfg", "rmiServerPort",
                        Integer.toString(freePort())),
                systemProperty(HTTP_PORT_PROPERTY).value(Integer.toString(http)),
                mavenBundle("org.hamcrest", "hamcrest").version(System.getProperty("hamcrest.version")),
                mavenBundle("org.awaitility", "awaitility").version(System.getProperty("awaitility.version")) };
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
