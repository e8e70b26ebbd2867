package eu.projectresolution.mobilisation.port;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;
import org.junit.jupiter.api.Test;

class TallyTest {
  @Test
  void writesSmallNumbersAsOneCharacterAndOthersSpelledOut() {
    Tally tally = Tally.of(List.of(0, 9, 10, 35, 36, 61, -1, 62, 511, -7));

    assertThat(tally.text()).isEqualTo("09azAZ-~62.~511.~-7.");
    assertThat(Tally.parse(tally.text())).isEqualTo(tally);
  }

  @Test
  void anyListOfNumbersReadsBackFromItsText() {
    qt().forAll(lists().of(integers().all()).ofSizeBetween(1, 60))
        .checkAssert(values -> assertThat(Tally.parse(Tally.of(values).text()).values()).isEqualTo(values));
  }

  @Test
  void refusesTextThatIsNoTally() {
    assertThatThrownBy(() -> Tally.parse("")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("empty");
    assertThatThrownBy(() -> Tally.parse("1~23")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("without closing it");
    assertThatThrownBy(() -> Tally.parse("1,2")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("',' at 1");
    assertThatThrownBy(() -> Tally.parse("~x.")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not a whole number");
  }
}
