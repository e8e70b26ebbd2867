package eu.projectresolution.mobilisation.readme;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The README's code is compiled and run: each Java block tagged {@code <!-- snippet: NAME -->} must be
 * exactly the region between {@code // README:begin NAME} and {@code // README:end NAME} of a test in
 * one of the modules, and every marked region must appear in the README.
 */
class ReadmeSnippetsTest {
  private static final Pattern TAGGED_BLOCK =
      Pattern.compile("<!-- snippet: ([\\w-]+) -->\\s*\\n```java\\n(.*?)\\n```", Pattern.DOTALL);
  private static final Pattern REGION =
      Pattern.compile("// README:begin ([\\w-]+)\\n(.*?)\\n\\s*// README:end \\1", Pattern.DOTALL);

  private static Path projectRoot() {
    Path here = Path.of("").toAbsolutePath();
    return Files.exists(here.resolve("README.md")) ? here : here.getParent();
  }

  static Map<String, String> readmeSnippets() throws IOException {
    String readme = Files.readString(projectRoot().resolve("README.md"), StandardCharsets.UTF_8);
    Map<String, String> snippets = new LinkedHashMap<>();
    Matcher m = TAGGED_BLOCK.matcher(readme);
    while (m.find()) {
      assertThat(snippets.put(m.group(1), normalise(m.group(2)))).as("snippet %s tagged twice", m.group(1)).isNull();
    }
    return snippets;
  }

  static Map<String, String> testRegions() throws IOException {
    Map<String, String> regions = new LinkedHashMap<>();
    List<Path> sources = new ArrayList<>();
    try (Stream<Path> modules = Files.list(projectRoot())) {
      for (Path module : modules.toList()) {
        Path tests = module.resolve("src/test/java");
        if (Files.isDirectory(tests)) {
          try (Stream<Path> files = Files.walk(tests)) {
            files.filter(p -> p.toString().endsWith(".java")).forEach(sources::add);
          }
        }
      }
    }
    for (Path source : sources) {
      Matcher m = REGION.matcher(Files.readString(source, StandardCharsets.UTF_8));
      while (m.find()) {
        assertThat(regions.put(m.group(1), normalise(m.group(2)))).as("region %s marked twice", m.group(1)).isNull();
      }
    }
    return regions;
  }

  /** Removes the common indentation and trailing spaces, so a region indented in a method compares equal. */
  static String normalise(String code) {
    List<String> lines = code.lines().map(String::stripTrailing).toList();
    int indent =
        lines.stream().filter(l -> !l.isBlank()).mapToInt(l -> l.length() - l.stripLeading().length()).min().orElse(0);
    return String.join("\n", lines.stream().map(l -> l.isBlank() ? "" : l.substring(indent)).toList()).strip();
  }

  @Test
  void everyReadmeSnippetIsACompiledTestRegion() throws IOException {
    Map<String, String> snippets = readmeSnippets();
    Map<String, String> regions = testRegions();

    assertThat(snippets).as("the README has compiled snippets").isNotEmpty();
    assertThat(regions.keySet()).as("regions marked in tests and shown in the README").isEqualTo(snippets.keySet());
    snippets.forEach((name, code) -> assertThat(code).as("README snippet " + name).isEqualTo(regions.get(name)));
  }

  @Test
  void normalisingKeepsRelativeIndentation() {
    assertThat(normalise("    a(\n        b);\n")).isEqualTo("a(\n    b);");
  }
}
