package org.banli.itests;

import static org.awaitility.Awaitility.await;
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
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.OptionUtils;
import org.ops4j.pax.exam.karaf.options.LogLevelOption.LogLevel;

/** Pax Exam options that boot the distribution this build produced, on ports of its own. */
final class BanliDistribution {

    static final String HTTP_PORT_PROPERTY = "banli.itest.httpPort";
    /**
     * The suites create hundreds of accounts, and OWASP's cost (~0.3 s a hash on two cores) would spend
     * minutes of CPU on them; the algorithm is the same. StartScriptIT runs with the shipped cost.
     */
    static final int QUICK_PASSWORD_HASH_ITERATIONS = 1_000;

    private BanliDistribution() {}

    static Option[] options() {
        return options(null);
    }

    /**
     * @param upgradeFixture the name of a database under {@code upgrade/} in the test resources that an
     *                       earlier Banli made, which the container starts on; {@code null} for a new one
     */
    static Option[] options(String upgradeFixture) {
        String archive = System.getProperty("banli.distribution");
        if (archive == null || !new File(archive).isFile()) {
            throw new IllegalStateException("banli.distribution must name the built archive, got " + archive);
        }
        int http = freePort();
        return OptionUtils.combine(distribution(archive, http), TestDatabase.options(upgradeFixture));
    }

    private static Option[] distribution(String archive, int http) {
        return new Option[] {
            karafDistributionConfiguration()
                    .frameworkUrl(new File(archive).toURI().toString())
                    .name("Banli")
                    .karafVersion(System.getProperty("karaf.version"))
                    .unpackDirectory(new File("target/exam"))
                    .useDeployFolder(false),
            keepRuntimeFolder(),
            configureConsole().ignoreLocalConsole(),
            logLevel(LogLevel.INFO),
            editConfigurationFilePut("etc/org.ops4j.pax.web.cfg", "org.osgi.service.http.port", Integer.toString(http)),
            editConfigurationFilePut("etc/org.apache.karaf.shell.cfg", "sshPort", Integer.toString(freePort())),
            editConfigurationFilePut(
                    "etc/org.apache.karaf.management.cfg", "rmiRegistryPort", Integer.toString(freePort())),
            editConfigurationFilePut(
                    "etc/org.apache.karaf.management.cfg", "rmiServerPort", Integer.toString(freePort())),
            editConfigurationFilePut(
                    "etc/org.banli.accounts.cfg",
                    "passwordHashIterations",
                    Integer.toString(QUICK_PASSWORD_HASH_ITERATIONS)),
            systemProperty(HTTP_PORT_PROPERTY).value(Integer.toString(http)),
            // Pax Exam's extender waits 10 s for its probe invoker and then gives up for good, leaving the suite
            // hanging; with two containers starting at once on two cores, the invoker can come later than that.
            systemProperty("org.ops4j.pax.exam.raw.extender.intern.Parser.DEFAULT_TIMEOUT")
                    .value(Long.toString(Duration.ofMinutes(3).toMillis())),
            mavenBundle("org.hamcrest", "hamcrest").version(System.getProperty("hamcrest.version")),
            mavenBundle("org.awaitility", "awaitility").version(System.getProperty("awaitility.version"))
        };
    }

    /** The client of anyone, once Banli inside the container answers. */
    static Api anonymous() {
        return Api.at(Integer.getInteger(HTTP_PORT_PROPERTY));
    }

    /** The admin's own password, once chosen in this container (each test class has its own). */
    private static String adminPassword;

    /**
     * The password of {@code admin}, once REST, the JAAS realm and the database are all up (they come
     * up at different moments, so wait for each): at the first call its generated password is read and
     * changed, as Banli asks before anything else.
     */
    static synchronized String adminPasswordWhenServing() throws IOException {
        if (adminPassword != null) {
            return adminPassword;
        }
        Path passwordFile = Path.of(System.getProperty("karaf.data"), "banli", "admin-password.txt");
        await().atMost(Duration.ofSeconds(90)).until(() -> Files.isRegularFile(passwordFile));
        String generated =
                Files.readString(passwordFile, StandardCharsets.UTF_8).strip();
        Api anonymous = anonymous();
        await().atMost(Duration.ofSeconds(90))
                .ignoreExceptions()
                .until(() -> anonymous.get("/health").status() == 200
                        && anonymous.as("admin", generated).get("/users/me").status() == 200);
        String own = generated + "-管理员自设";
        Api admin = anonymous.ownPassword("admin", generated, own);
        await().atMost(Duration.ofSeconds(90))
                .ignoreExceptions()
                .until(() -> admin.get("/units").status() == 200);
        adminPassword = own;
        return own;
    }

    /** The password Banli generated for {@code admin} at the first start, as its file gives it. */
    static String generatedAdminPassword() throws IOException {
        return Files.readString(
                        Path.of(System.getProperty("karaf.data"), "banli", "admin-password.txt"),
                        StandardCharsets.UTF_8)
                .strip();
    }

    /** Ports handed out in this run, never handed out twice. */
    private static final java.util.Set<Integer> HANDED_OUT = java.util.concurrent.ConcurrentHashMap.newKeySet();

    /**
     * A port nothing listens on, for a server to bind later: below the range the kernel gives outgoing connections
     * (32768–60999 on Linux), where a port the kernel once chose for us (new ServerSocket(0)) could meanwhile be
     * taken by any client's connection — a container then failed to bind its HTTP port — and never the same twice.
     */
    static int freePort() {
        java.util.Random random = new java.util.Random();
        for (int attempt = 0; attempt < 1000; attempt++) {
            int port = 20_000 + random.nextInt(12_000);
            if (HANDED_OUT.contains(port)) {
                continue;
            }
            try (ServerSocket socket = new ServerSocket(port)) {
                HANDED_OUT.add(port);
                return port;
            } catch (IOException inUse) {
                // another one, then
            }
        }
        throw new UncheckedIOException(new IOException("no free port between 20000 and 32000"));
    }
}
