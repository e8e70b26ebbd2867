package eu.projectresolution.mobilisation.jdbc;

import eu.projectresolution.mobilisation.TenantId;
import eu.projectresolution.mobilisation.beneficiary.BeneficiaryId;
import eu.projectresolution.mobilisation.pathway.PathwayEvent;
import eu.projectresolution.mobilisation.port.BeneficiarySummary;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/**
 * A read model kept up to date by the pathway appends, inside the append's own transaction: if it
 * fails, nothing of the append is written. A new read model (for the indicator figures, say) is one
 * more implementation, its table in a new migration script, and one more entry in {@link JdbcStorage}'s
 * list.
 */
interface StreamProjection {
  /**
   * Applies one append, in the append's transaction ({@link AppendWrites#connection()}). A batch of appends
   * ({@link eu.projectresolution.mobilisation.port.Pathways#appendAll}) hands each person's appends over
   * as one, their events in version order: a projection must not depend on where one command's events
   * end and the next one's begin. The rows it inserts go to {@code writes}, sent with those of the
   * batch's other people once every projection has run; what it updates goes through {@link
   * AppendWrites#now}, which keeps it before those rows.
   */
  void project(AppendWrites writes, Append append) throws SQLException;

  /**
   * One accepted append (or a person's appends of one batch, together), as the projections see it.
   *
   * @param before the beneficiary's summary before the append, empty for a capture
   * @param beforeAsWritten the text stored for {@code before}, when the append took {@code before} from
   *     what the store remembers rather than from a read in its transaction ({@link
   *     JdbcBeneficiaries#lastKnown}): an update of the row then checks that it still holds this text
   * @param after the summary after it
   */
  record Append(
      TenantId tenant,
      BeneficiaryId beneficiary,
      long expectedVersion,
      List<PathwayEvent> events,
      Optional<BeneficiarySummary> before,
      Optional<String> beforeAsWritten,
      BeneficiarySummary after) {}
}
