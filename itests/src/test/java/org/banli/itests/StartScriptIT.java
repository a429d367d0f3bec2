package org.banli.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** README's start command, run as a new user runs it: it starts Banli and says where and how to log in. */
class StartScriptIT {

    private static final Path SCRIPT =
            Path.of("..", "distribution", "banli").toAbsolutePath().normalize();
    private static final Path HOME = Path.of("target", "script-it", "banli").toAbsolutePath();
    private static final int PORT = BanliDistribution.freePort();
    private static final Map<String, String> ENVIRONMENT = Map.of(
            "BANLI_HOME", HOME.toString(),
            "BANLI_HTTP_PORT", Integer.toString(PORT),
            "BANLI_SSH_PORT", Integer.toString(BanliDistribution.freePort()),
            "BANLI_RMI_REGISTRY_PORT", Integer.toString(BanliDistribution.freePort()),
            "BANLI_RMI_SERVER_PORT", Integer.toString(BanliDistribution.freePort()));

    private static Processes.Result banli(String command) throws Exception {
        return banli(command, ENVIRONMENT);
    }

    private static Processes.Result banli(String command, Map<String, String> environment) throws Exception {
        return Processes.run(null, List.of(SCRIPT.toString(), command), environment, null);
    }

    @Test
    void aTakenPortIsNamedWithTheVariableThatMovesItAndNothingStarts() throws Exception {
        Path home = Path.of("target", "script-it-busy", "banli").toAbsolutePath();
        try (ServerSocket taken = new ServerSocket(0)) {
            Map<String, String> environment = new HashMap<>(ENVIRONMENT);
            environment.put("BANLI_HOME", home.toString());
            environment.put("BANLI_HTTP_PORT", Integer.toString(BanliDistribution.freePort()));
            environment.put("BANLI_SSH_PORT", Integer.toString(taken.getLocalPort()));
            Processes.Result refused = banli("start", environment);
            assertEquals(1, refused.exitCode(), refused.output());
            assertTrue(
                    refused.output().contains("端口 " + taken.getLocalPort())
                            && refused.output().contains("BANLI_SSH_PORT"),
                    refused.output());
            assertEquals(3, banli("status", environment).exitCode(), "nothing was started");
        }
    }

    @AfterAll
    static void stop() throws Exception {
        banli("stop");
    }

    @Test
    void startsBanliAndTellsWhereItListensAndTheFirstPasswordOnce() throws Exception {
        if (Files.exists(HOME)) {
            Processes.run(null, List.of("rm", "-rf", HOME.toString()), Map.of(), null);
        }
        Processes.Result started = banli("start");
        assertEquals(0, started.exitCode(), started.output());
        assertTrue(started.output().contains("http://localhost:" + PORT + "/api/v1"), started.output());
        assertTrue(started.output().contains("web desk): http://localhost:" + PORT + "/ "), started.output());
        String password = Files.readString(HOME.resolve("data/banli/admin-password.txt"), StandardCharsets.UTF_8)
                .strip();
        assertTrue(started.output().contains(password), "the generated password is shown at the first start");
        assertEquals(200, Api.at(PORT).as("admin", password).get("/users/me").status());
        String texts = Files.readString(HOME.resolve("etc/banli-messages.properties"), StandardCharsets.UTF_8);
        assertTrue(
                texts.contains("item.assigned.unit.subject = 【交办】") && texts.contains("REQUIRED = {label}不能为空"),
                "every Chinese text, notifications and refusals, is in one file in etc/ for the county to edit");
        assertTrue(
                Files.readString(HOME.resolve("etc/banli-messages_en.properties"), StandardCharsets.UTF_8)
                        .contains("REQUIRED = {label} must not be empty"),
                "and their English beside it");

        Processes.Result again = banli("start");
        assertEquals(0, again.exitCode(), again.output());
        assertTrue(again.output().contains("已在运行"), again.output());
        assertFalse(again.output().contains(password), "the password is shown only once");

        assertEquals(0, banli("stop").exitCode());
        assertEquals(3, banli("status").exitCode(), "status says 'not running' once stopped");
    }
}
