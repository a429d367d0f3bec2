package org.banli.itests;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The distribution archive unpacked under {@code target/} on free ports, started and stopped with its
 * own scripts as an administrator would: for tests that drive it from outside, as a browser or a
 * shell does.
 */
final class UnpackedDistribution {

    final Path home;
    final int httpPort;

    private UnpackedDistribution(Path home, int httpPort) {
        this.home = home;
        this.httpPort = httpPort;
    }

    /** Unpacks a fresh copy into {@code target/<folder>}, with its own HTTP, SSH and JMX ports. */
    static UnpackedDistribution unpack(String folder) throws Exception {
        Path archive = Path.of(System.getProperty("banli.distribution"));
        Path target = Path.of("target", folder).toAbsolutePath();
        if (Files.exists(target)) {
            Processes.run(null, List.of("rm", "-rf", target.toString()), Map.of(), null);
        }
        Files.createDirectories(target);
        Processes.run(null, List.of("tar", "xzf", archive.toString(), "-C", target.toString()), Map.of(), null);
        Path home;
        try (Stream<Path> entries = Files.list(target)) {
            home = entries.filter(Files::isDirectory).findFirst().orElseThrow();
        }
        UnpackedDistribution distribution = new UnpackedDistribution(home, BanliDistribution.freePort());
        distribution.setProperty("etc/org.ops4j.pax.web.cfg", "org.osgi.service.http.port", distribution.httpPort);
        distribution.setProperty("etc/org.apache.karaf.shell.cfg", "sshPort", BanliDistribution.freePort());
        distribution.setProperty(
                "etc/org.apache.karaf.management.cfg", "rmiRegistryPort", BanliDistribution.freePort());
        distribution.setProperty("etc/org.apache.karaf.management.cfg", "rmiServerPort", BanliDistribution.freePort());
        return distribution;
    }

    /** Passwords hashed at {@link BanliDistribution#QUICK_PASSWORD_HASH_ITERATIONS}. */
    void quickPasswordHashes() throws IOException {
        setProperty(
                "etc/org.banli.accounts.cfg",
                "passwordHashIterations",
                BanliDistribution.QUICK_PASSWORD_HASH_ITERATIONS);
    }

    Api api() {
        return Api.at(httpPort);
    }

    String url(String path) {
        return "http://localhost:" + httpPort + path;
    }

    void writeEtc(String file, String content) throws IOException {
        Files.writeString(home.resolve("etc").resolve(file), content, StandardCharsets.UTF_8);
    }

    /**
     * Starts Karaf with {@code environment} added, and waits until REST, the database and Banli's JAAS realm
     * all answer: {@code admin} (an administrator's client) lists the units.
     */
    void start(Map<String, String> environment, Api admin) throws Exception {
        Processes.run(home, List.of("bin/start"), environment, null);
        Api anonymous = api();
        await().atMost(Duration.ofSeconds(120))
                .pollInterval(Duration.ofMillis(500))
                .ignoreExceptions()
                .until(() -> anonymous.get("/health").status() == 200
                        && admin.get("/units").status() == 200);
    }

    /**
     * Starts Karaf and waits for {@code /health} alone, as a load balancer would; answers what an
     * authenticated request of {@code admin} got at the moment it said ready.
     */
    Api.Answer startUntilReady(Map<String, String> environment, Api admin) throws Exception {
        Processes.run(home, List.of("bin/start"), environment, null);
        Api anonymous = api();
        await().atMost(Duration.ofSeconds(120))
                .pollInterval(Duration.ofMillis(5))
                .ignoreExceptions()
                .until(() -> anonymous.get("/health").status() == 200);
        return admin.get("/units");
    }

    void stop() throws Exception {
        long pid = Long.parseLong(Files.readString(home.resolve("karaf.pid")).strip());
        Processes.run(home, List.of("bin/stop"), Map.of(), null);
        // bin/status says "stopped" before the JVM has let go of Derby's files: wait for the process.
        await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> !isRunning()
                        && ProcessHandle.of(pid).map(p -> !p.isAlive()).orElse(true));
    }

    /** Ends the JVM with SIGKILL, as a power cut or the kernel's OOM killer would: no shutdown runs. */
    void kill() throws Exception {
        long pid = Long.parseLong(Files.readString(home.resolve("karaf.pid")).strip());
        ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly);
        await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> ProcessHandle.of(pid).map(p -> !p.isAlive()).orElse(true));
    }

    boolean isRunning() throws Exception {
        return Processes.run(home, List.of("bin/status"), Map.of(), null).exitCode() == 0;
    }

    /** Runs one command in the Karaf console through {@code bin/client}, as an administrator would. */
    Processes.Result console(String user, String password, String command) throws Exception {
        return Processes.run(
                home, List.of("bin/client", "-u", user, "-p", password, "-r", "2", "-b"), Map.of(), command + "\n");
    }

    private void setProperty(String file, String key, int value) throws IOException {
        Path path = home.resolve(file);
        String text = Files.readString(path, StandardCharsets.UTF_8);
        String line = key + " = " + value;
        String replaced = text.replaceAll("(?m)^\\s*" + java.util.regex.Pattern.quote(key) + "\\s*=.*$", line);
        Files.writeString(
                path,
                replaced.equals(text) && !text.contains(line) ? text + "\n" + line + "\n" : replaced,
                StandardCharsets.UTF_8);
    }
}
