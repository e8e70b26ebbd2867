package eu.projectresolution.mobilisation.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;

/**
 * The PostgreSQL driver's threshold is 0 while a read (or a command's write) runs, and the host's
 * afterwards, even when it fails; on another database there is nothing to set, and every statement keeps
 * its transaction and {@code SET LOCAL}.
 */
class UnpreparedStatementsTest {
  @Test
  void aReadRunsWithTheThresholdAtZeroAndLeavesTheHostsWhateverHappens() throws SQLException {
    try (Connection c = TestDatabases.postgres().dataSource().getConnection()) {
      PGConnection driver = c.unwrap(PGConnection.class);
      int pools = driver.getPrepareThreshold();
      driver.setPrepareThreshold(3); // a host's own setting
      UnpreparedStatements reads = UnpreparedStatements.of(c).orElseThrow();

      int during = reads.run(c, connection -> connection.unwrap(PGConnection.class).getPrepareThreshold());
      assertThat(during).isZero();
      assertThat(driver.getPrepareThreshold()).isEqualTo(3);

      assertThatThrownBy(() -> reads.run(c, connection -> {
        throw new SQLException("the read failed", "08006");
      })).hasMessage("the read failed");
      assertThat(driver.getPrepareThreshold()).as("after a failed read").isEqualTo(3);
      driver.setPrepareThreshold(pools); // as the shared pool's next user expects it
    }
  }

  @Test
  void findsNothingToSetOnH2() throws SQLException {
    try (Connection c = TestDatabases.h2().dataSource().getConnection()) {
      assertThat(UnpreparedStatements.of(c)).isEmpty();
    }
  }
}
