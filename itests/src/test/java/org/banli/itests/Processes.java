package org.banli.itests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs the distribution's own scripts as an administrator would, with a time limit. */
final class Processes {

    private Processes() {}

    record Result(int exitCode, String output) {}

    /**
     * @param directory   where to run, or {@code null} for the current folder
     * @param environment added to this JVM's environment (JAVA_HOME is this JVM's)
     * @param input       what to type, or {@code null}
     */
    static Result run(Path directory, List<String> command, Map<String, String> environment, String input)
            throws IOException, InterruptedException {
        Path output = Files.createTempFile("banli-itest", ".out");
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(directory == null ? null : directory.toFile())
                .redirectErrorStream(true)
                .redirectOutput(output.toFile());
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        builder.environment().putAll(environment);
        Process process = builder.start();
        if (input != null) {
            process.getOutputStream().write(input.getBytes(StandardCharsets.UTF_8));
        }
        process.getOutputStream().close();
        try {
            if (!process.waitFor(180, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException(command + " did not finish: " + Files.readString(output));
            }
            return new Result(process.exitValue(), Files.readString(output, StandardCharsets.UTF_8));
        } finally {
            Files.delete(output);
        }
    }
}
