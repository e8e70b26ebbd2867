package eu.projectresolution.mobilisation.jdbc;

import static java.util.Objects.requireNonNull;

import eu.projectresolution.mobilisation.TenantId;
import eu.projectresolution.mobilisation.beneficiary.BeneficiaryId;
import eu.projectresolution.mobilisation.beneficiary.CaseId;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The partners' own case ids, in table {@code partner_case_ids} (one row per case id, unique per
 * tenant), beside {@code personal_data}: {@link JdbcPersonalData} answers for them and every erasure of
 * a person's details deletes them in the same transaction.
 */
final class JdbcCaseIds {
  private final Database db;

  JdbcCaseIds(Database db) {
    this.db = db;
  }

  void put(TenantId tenant, BeneficiaryId beneficiary, CaseId caseId) {
    requireNonNull(tenant, "tenant");
    requireNonNull(beneficiary, "beneficiary");
    requireNonNull(caseId, "caseId");
    db.write(
        () -> "keep a case id of beneficiary " + beneficiary + " of tenant " + tenant,
        c -> {
          Optional<BeneficiaryId> holder = find(c, tenant, caseId);
          if (holder.isPresent()) {
            if (!holder.get().equals(beneficiary)) {
              throw new IllegalArgumentException("case id " + caseId + " is kept for beneficiary " + holder.get()
                  + " already, not " + beneficiary + ": one case id names one person");
            }
            return null;
          }
          try (PreparedStatement insert =
              c.prepareStatement(
                  "INSERT INTO " + db.table("partner_case_ids") + " (tenant_id, case_id, beneficiary_id) VALUES (?, ?, ?)")) {
            insert.setString(1, tenant.value());
            insert.setString(2, caseId.value());
            insert.setObject(3, beneficiary.value());
            insert.executeUpdate();
          } catch (SQLException e) {
            if (SqlStates.isUniqueViolation(e)) {
              throw new Database.ConcurrentWrite("case id kept concurrently", e); // run again: it finds the holder
            }
            throw e;
          }
          return null;
        });
  }

  Optional<BeneficiaryId> find(TenantId tenant, CaseId caseId) {
    requireNonNull(tenant, "tenant");
    requireNonNull(caseId, "caseId");
    return db.read(() -> "look up the person of a case id of tenant " + tenant, c -> find(c, tenant, caseId));
  }

  private Optional<BeneficiaryId> find(Connection c, TenantId tenant, CaseId caseId) throws SQLException {
    try (PreparedStatement select =
        c.prepareStatement(
            "SELECT beneficiary_id FROM " + db.table("partner_case_ids") + " WHERE tenant_id = ? AND case_id = ?")) {
      select.setString(1, tenant.value());
      select.setString(2, caseId.value());
      try (ResultSet rows = select.executeQuery()) {
        return rows.next() ? Optional.of(BeneficiaryId.of(rows.getObject(1, UUID.class))) : Optional.empty();
      }
    }
  }

  List<CaseId> of(TenantId tenant, BeneficiaryId beneficiary) {
    requireNonNull(tenant, "tenant");
    requireNonNull(beneficiary, "beneficiary");
    return db.read(
        () -> "read the case ids of beneficiary " + beneficiary + " of tenant " + tenant,
        c -> {
          try (PreparedStatement select =
              c.prepareStatement(
                  "SELECT case_id FROM " + db.table("partner_case_ids")
                      + " WHERE tenant_id = ? AND beneficiary_id = ? ORDER BY entry_number")) {
            select.setString(1, tenant.value());
            select.setObject(2, beneficiary.value());
            List<CaseId> ids = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
              while (rows.next()) {
                ids.add(CaseId.of(rows.getString(1)));
              }
            }
            return List.copyOf(ids);
          }
        });
  }

  /**
   * Deletes the person's case ids in the caller's transaction.
   *
   * @return whether there were any
   */
  boolean erase(Connection c, TenantId tenant, BeneficiaryId beneficiary) throws SQLException {
    try (PreparedStatement delete =
        c.prepareStatement(
            "DELETE FROM " + db.table("partner_case_ids") + " WHERE tenant_id = ? AND beneficiary_id = ?")) {
      delete.setString(1, tenant.value());
      delete.setObject(2, beneficiary.value());
      return delete.executeUpdate() > 0;
    }
  }
}
