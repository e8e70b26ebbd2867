package eu.projectresolution.mobilisation.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

class JdbcStorageTest {
  private final DataSource dataSource = TestDatabases.h2().dataSource();

  @Test
  void refusesASchemaNameThatIsNotAPlainIdentifier() {
    for (String bad : List.of("", "Mobilisation", "1st", "mobi-lisation", "x\"; DROP SCHEMA public CASCADE; --", "a".repeat(64))) {
      assertThatThrownBy(() -> JdbcStorage.create(dataSource, bad))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("schema \"" + bad + "\" is not valid")
          .hasMessageContaining("lower-case letters, digits or '_'");
      assertThatThrownBy(() -> JdbcStorage.migrate(dataSource, bad)).isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Test
  void namesWhatIsMissing() {
    assertThatThrownBy(() -> JdbcStorage.create(null, "mobilisation")).hasMessageContaining("dataSource is missing");
    assertThatThrownBy(() -> JdbcStorage.create(dataSource, null)).hasMessageContaining("schema is missing");
  }

  /** A host applying the scripts with its own tool is told, by MigrationContract, which to run. */
  @Test
  void theMigrationScriptsAreThoseTheTestsApplyWithoutFlyway() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("src/main/resources", JdbcStorage.MIGRATIONS))) {
      // In version order: V10 after V9, not after V1 as the names sort.
      assertThat(files.map(p -> p.getFileName().toString())
              .sorted(Comparator.comparingInt(name -> Integer.parseInt(name.substring(1, name.indexOf("__"))))).toList())
          .containsExactlyElementsOf(MigrationContract.SCRIPTS);
    }
  }

  @Test
  void acceptsAPlainSchemaName() {
    assertThat(JdbcStorage.create(dataSource, "mobilisation_2").schema()).isEqualTo("mobilisation_2");
  }
}
