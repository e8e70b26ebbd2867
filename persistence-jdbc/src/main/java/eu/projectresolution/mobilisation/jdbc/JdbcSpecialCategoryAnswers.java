package eu.projectresolution.mobilisation.jdbc;

import static java.util.Objects.requireNonNull;

import eu.projectresolution.mobilisation.TenantId;
import eu.projectresolution.mobilisation.beneficiary.BeneficiaryId;
import eu.projectresolution.mobilisation.port.Pathways;
import eu.projectresolution.mobilisation.port.SpecialCategoryAnswers;
import eu.projectresolution.mobilisation.privacy.SpecialCategoryAnswer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Special-category answers in table {@code special_category_answers} (V8), one row per answer keyed by
 * the version of the event that recorded it and its category, the answer as core's JSON in {@code body}.
 * Written in the transaction of the append whose events they were taken out of, deleted in the
 * transaction of an erasure; like {@code personal_data}, what the database keeps of deleted rows
 * afterwards (dead tuples until VACUUM, logs, backups) is for the host's retention policy to cover.
 */
final class JdbcSpecialCategoryAnswers implements SpecialCategoryAnswers {
  private final Database db;
  private final Json json;

  JdbcSpecialCategoryAnswers(Database db, Json json) {
    this.db = db;
    this.json = json;
  }

  /** Adds the answers of a batch's appends to the transaction's inserts. */
  void write(AppendWrites writes, TenantId tenant, List<Pathways.Append> batch) throws SQLException {
    for (Pathways.Append append : batch) {
      for (SpecialCategoryAnswer answer : append.answers()) {
        writes.add(insertSql(), insert -> bind(insert, tenant, answer));
      }
    }
  }

  /** Inserts {@code answers}, in the caller's transaction. */
  void write(Connection c, TenantId tenant, Collection<SpecialCategoryAnswer> answers) throws SQLException {
    if (answers.isEmpty()) {
      return;
    }
    RowsInsert rows = new RowsInsert(insertSql());
    for (SpecialCategoryAnswer answer : answers) {
      bind(rows.add(), tenant, answer);
    }
    rows.send(c);
  }

  private String insertSql() {
    return "INSERT INTO " + db.table("special_category_answers")
        + " (tenant_id, beneficiary_id, version, category, body) VALUES (?, ?, ?, ?, ?)";
  }

  private void bind(Parameters insert, TenantId tenant, SpecialCategoryAnswer answer) throws SQLException {
    insert.setString(1, tenant.value());
    insert.setObject(2, answer.beneficiaryId().value());
    insert.setLong(3, answer.version());
    insert.setString(4, answer.category().name());
    insert.setString(5, json.write(answer));
  }

  /** Deletes the person's answers in the caller's transaction: whether there were any. */
  boolean erase(Connection c, TenantId tenant, BeneficiaryId beneficiary) throws SQLException {
    try (PreparedStatement delete = c.prepareStatement(
        "DELETE FROM " + db.table("special_category_answers") + " WHERE tenant_id = ? AND beneficiary_id = ?")) {
      delete.setString(1, tenant.value());
      delete.setObject(2, beneficiary.value());
      return delete.executeUpdate() > 0;
    }
  }

  @Override
  public List<SpecialCategoryAnswer> of(TenantId tenant, BeneficiaryId beneficiary) {
    requireNonNull(tenant, "tenant");
    requireNonNull(beneficiary, "beneficiary");
    return db.read(
        () -> "read the special-category answers of beneficiary " + beneficiary + " of tenant " + tenant,
        c -> {
          try (PreparedStatement select = c.prepareStatement(
              "SELECT body FROM " + db.table("special_category_answers")
                  + " WHERE tenant_id = ? AND beneficiary_id = ? ORDER BY version, category")) {
            select.setString(1, tenant.value());
            select.setObject(2, beneficiary.value());
            List<SpecialCategoryAnswer> found = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
              while (rows.next()) {
                found.add(json.read(rows.getString(1), SpecialCategoryAnswer.class,
                    "special-category answer of beneficiary " + beneficiary));
              }
            }
            return List.copyOf(found);
          }
        });
  }
}
