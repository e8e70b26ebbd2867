package eu.projectresolution.mobilisation.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.projectresolution.mobilisation.TenantId;
import eu.projectresolution.mobilisation.contract.Fixtures;
import eu.projectresolution.mobilisation.port.FeedCheckpoints;
import java.sql.Connection;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/**
 * The checkpoints a {@link eu.projectresolution.mobilisation.engine.FeedSubscription} keeps in table
 * {@code change_feed_checkpoints}: per tenant and subscriber, replaced in place, and, on a store in the
 * host's transaction, committed or rolled back with the host's own writes.
 */
abstract class FeedCheckpointsContract {
  protected abstract TestSchema schema();

  @Test
  void keepsTheLastPositionPerTenantAndSubscriber() {
    FeedCheckpoints checkpoints = schema().storage().feedCheckpoints();
    TenantId tenant = Fixtures.newTenant();
    TenantId other = Fixtures.newTenant();

    assertThat(checkpoints.position(tenant, "warehouse")).isZero();
    checkpoints.store(tenant, "warehouse", 17);
    checkpoints.store(tenant, "warehouse", 42);
    checkpoints.store(tenant, "screens", 3);
    checkpoints.store(other, "warehouse", 5);

    assertThat(checkpoints.position(tenant, "warehouse")).isEqualTo(42);
    assertThat(checkpoints.position(tenant, "screens")).isEqualTo(3);
    assertThat(checkpoints.position(other, "warehouse")).isEqualTo(5);
  }

  @Test
  void refusesABlankNameAndANegativePosition() {
    FeedCheckpoints checkpoints = schema().storage().feedCheckpoints();
    TenantId tenant = Fixtures.newTenant();

    assertThatThrownBy(() -> checkpoints.store(tenant, " ", 1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("subscriber is ' '");
    assertThatThrownBy(() -> checkpoints.store(tenant, "screens", -1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("position is -1");
  }

  @Test
  void aCheckpointStoredInTheHostsTransactionGoesWithIt() throws SQLException {
    TenantId tenant = Fixtures.newTenant();
    FeedCheckpoints own = schema().storage().feedCheckpoints();
    own.store(tenant, "screens", 10);
    try (Connection connection = schema().dataSource().getConnection()) {
      connection.setAutoCommit(false);
      JdbcStorage.inHostTransaction(connection, schema().name()).feedCheckpoints().store(tenant, "screens", 20);
      connection.rollback();
      assertThat(own.position(tenant, "screens")).isEqualTo(10);

      JdbcStorage.inHostTransaction(connection, schema().name()).feedCheckpoints().store(tenant, "screens", 30);
      connection.commit();
      assertThat(own.position(tenant, "screens")).isEqualTo(30);
    }
  }
}
