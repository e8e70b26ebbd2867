package eu.projectresolution.mobilisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import eu.projectresolution.mobilisation.json.MobilisationJson;
import org.junit.jupiter.api.Test;

class ExpectedVersionTest {
  @Test
  void anyMatchesEveryVersionAndNamesNone() {
    assertThat(ExpectedVersion.any().matches(0)).isTrue();
    assertThat(ExpectedVersion.any().matches(17)).isTrue();
    assertThatThrownBy(() -> ExpectedVersion.any().version()).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void noStreamMatchesOnlyARecordNotStartedYet() {
    assertThat(ExpectedVersion.noStream().matches(0)).isTrue();
    assertThat(ExpectedVersion.noStream().matches(1)).isFalse();
    assertThat(ExpectedVersion.atVersion(0)).isEqualTo(ExpectedVersion.noStream());
  }

  @Test
  void exactlyMatchesItsVersionOnlyAndStartsAtOne() {
    assertThat(ExpectedVersion.exactly(3).matches(3)).isTrue();
    assertThat(ExpectedVersion.exactly(3).matches(4)).isFalse();
    assertThat(ExpectedVersion.atVersion(3)).isEqualTo(ExpectedVersion.exactly(3));
    assertThatThrownBy(() -> ExpectedVersion.exactly(0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ExpectedVersion.noStream()");
    assertThatThrownBy(() -> ExpectedVersion.atVersion(-1)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void readsAndWritesJsonAsAnyNoStreamOrTheNumber() throws Exception {
    ObjectMapper json = MobilisationJson.objectMapper();
    assertThat(json.writeValueAsString(ExpectedVersion.any())).isEqualTo("\"any\"");
    assertThat(json.writeValueAsString(ExpectedVersion.noStream())).isEqualTo("\"no_stream\"");
    assertThat(json.writeValueAsString(ExpectedVersion.exactly(4))).isEqualTo("4");
    for (ExpectedVersion expected : new ExpectedVersion[] {ExpectedVersion.any(), ExpectedVersion.noStream(), ExpectedVersion.exactly(4)}) {
      assertThat(json.readValue(json.writeValueAsString(expected), ExpectedVersion.class)).isEqualTo(expected);
    }
    assertThatThrownBy(() -> json.readValue("\"latest\"", ExpectedVersion.class)).hasMessageContaining("\"any\", \"no_stream\"");
  }
}
