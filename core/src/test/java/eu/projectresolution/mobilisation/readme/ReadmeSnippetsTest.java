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
 * The code shown in the documentation is compiled and run: each Java block tagged
 * {@code <!-- snippet: NAME -->} in {@code README.md} or in any {@code docs/*.md} must be exactly the region
 * between {@code // README:begin NAME} and {@code // README:end NAME} of a test in one of the modules (or
 * of {@code it/}), and
 * every marked region must appear in one of those files. A name is tagged in one file only: a snippet
 * tagged twice, in one file or across files, is an error that names the files. (The markers keep the name
 * {@code README} from when the README held every snippet.)
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

  /** {@code README.md}, then every {@code docs/*.md} in name order. */
  static List<Path> documents() throws IOException {
    Path root = projectRoot();
    List<Path> documents = new ArrayList<>(List.of(root.resolve("README.md")));
    Path docs = root.resolve("docs");
    if (Files.isDirectory(docs)) {
      try (Stream<Path> files = Files.list(docs)) {
        files.filter(p -> p.getFileName().toString().endsWith(".md")).sorted().forEach(documents::add);
      }
    }
    return documents;
  }

  /** Every tagged Java block of the documents, by name. */
  static Map<String, String> documentedSnippets() throws IOException {
    Path root = projectRoot();
    Map<String, String> snippets = new LinkedHashMap<>();
    Map<String, Path> taggedIn = new LinkedHashMap<>();
    for (Path document : documents()) {
      Matcher m = TAGGED_BLOCK.matcher(Files.readString(document, StandardCharsets.UTF_8));
      while (m.find()) {
        Path first = taggedIn.putIfAbsent(m.group(1), document);
        assertThat(first)
            .as("snippet %s tagged twice: in %s and in %s", m.group(1),
                first == null ? null : root.relativize(first), root.relativize(document))
            .isNull();
        snippets.put(m.group(1), normalise(m.group(2)));
      }
    }
    return snippets;
  }

  static Map<String, String> testRegions() throws IOException {
    Map<String, String> regions = new LinkedHashMap<>();
    List<Path> sources = new ArrayList<>();
    // The modules, and the modules grouped one level down (it/partner-store).
    try (Stream<Path> modules = Files.walk(projectRoot(), 2)) {
      for (Path module : modules.filter(Files::isDirectory).toList()) {
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
  void everyDocumentedSnippetIsACompiledTestRegion() throws IOException {
    Map<String, String> snippets = documentedSnippets();
    Map<String, String> regions = testRegions();

    assertThat(snippets).as("README.md and docs/*.md have compiled snippets").isNotEmpty();
    assertThat(regions.keySet())
        .as("regions marked in tests and shown in README.md or docs/*.md")
        .isEqualTo(snippets.keySet());
    snippets.forEach((name, code) -> assertThat(code).as("documented snippet " + name).isEqualTo(regions.get(name)));
  }

  @Test
  void normalisingKeepsRelativeIndentation() {
    assertThat(normalise("    a(\n        b);\n")).isEqualTo("a(\n    b);");
  }
}
