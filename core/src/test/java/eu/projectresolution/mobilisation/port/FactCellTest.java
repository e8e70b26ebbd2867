package eu.projectresolution.mobilisation.port;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.projectresolution.mobilisation.capture.CaptureChannel;
import eu.projectresolution.mobilisation.programme.Period;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What "a cell covers a report's period" means, which every store's count of tallies follows. */
class FactCellTest {
  private static final LocalDate D = LocalDate.of(2017, 3, 14);

  private static FactCell.Builder cell() {
    return FactCell.builder().channel(CaptureChannel.DOOR_TO_DOOR).tally(Tally.of(List.of(0)));
  }

  @Test
  void coversAPeriodWhoseStartAndEndLieWithinItsBoundsBothIncluded() {
    FactCell cell = cell().startFrom(D).startTo(D.plusDays(2)).endFrom(D.plusDays(5)).endTo(D.plusDays(9)).build();

    assertThat(cell.covers(Period.of(D, D.plusDays(5)))).isTrue();
    assertThat(cell.covers(Period.of(D.plusDays(2), D.plusDays(9)))).isTrue();
    assertThat(cell.covers(Period.of(D.minusDays(1), D.plusDays(5)))).as("starts before").isFalse();
    assertThat(cell.covers(Period.of(D.plusDays(3), D.plusDays(5)))).as("starts after").isFalse();
    assertThat(cell.covers(Period.of(D, D.plusDays(4)))).as("ends before").isFalse();
    assertThat(cell.covers(Period.of(D, D.plusDays(10)))).as("ends after").isFalse();
  }

  @Test
  void anEmptyBoundIsOpen() {
    FactCell cell = cell().endFrom(D).build();

    assertThat(cell.covers(Period.of(LocalDate.of(1900, 1, 1), D))).isTrue();
    assertThat(cell.covers(Period.of(D.plusYears(50), D.plusYears(80)))).isTrue();
    assertThat(cell.covers(Period.of(D.minusDays(9), D.minusDays(1)))).isFalse();
  }

  @Test
  void refusesBoundsInTheWrongOrder() {
    assertThatThrownBy(() -> cell().startFrom(D).startTo(D.minusDays(1)).endFrom(D).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("startTo");
    assertThatThrownBy(() -> cell().endFrom(D).endTo(D.minusDays(1)).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("endTo");
  }
}
