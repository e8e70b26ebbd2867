package eu.projectresolution.mobilisation.examples;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The program run as a user runs it: its {@code main} in a JVM of its own, with what it prints on
 * standard output and error together (logs included), where {@link Main#execute} shows only what the
 * program itself writes.
 *
 * @param exitCode the process's exit code
 * @param output everything it printed
 */
record ProgramProcess(int exitCode, String output) {
  static ProgramProcess run(Map<String, String> environment, String... args) throws IOException, InterruptedException {
    return run(List.of(), environment, args);
  }

  /** As {@link #run(Map, String...)}, the JVM started with {@code jvmOptions} (e.g. {@code -Xmx16m}). */
  static ProgramProcess run(List<String> jvmOptions, Map<String, String> environment, String... args)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java")));
    command.addAll(jvmOptions);
    command.addAll(List.of("-cp", System.getProperty("java.class.path"), Main.class.getName()));
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.environment().putAll(environment);
    Process child = builder.start();
    String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    return new ProgramProcess(child.waitFor(), output);
  }
}
