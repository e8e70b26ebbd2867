package eu.projectresolution.mobilisation.jdbc;

import static java.util.Objects.requireNonNull;

import eu.projectresolution.mobilisation.TenantId;
import eu.projectresolution.mobilisation.beneficiary.BeneficiaryId;
import eu.projectresolution.mobilisation.beneficiary.PersonalDetails;
import eu.projectresolution.mobilisation.port.PersonalData;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/**
 * Personal details in table {@code personal_data}, the only table that holds identifying data: one
 * row per person, the details as JSON. Erasing deletes the row; what the database keeps of deleted
 * rows afterwards (PostgreSQL's dead tuples until VACUUM, write-ahead logs, backups) is for the host's
 * retention policy to cover.
 */
final class JdbcPersonalData implements PersonalData {
  private final Database db;
  private final Json json;

  JdbcPersonalData(Database db, Json json) {
    this.db = db;
    this.json = json;
  }

  @Override
  public void put(TenantId tenant, BeneficiaryId beneficiary, PersonalDetails details) {
    requireNonNull(tenant, "tenant");
    requireNonNull(beneficiary, "beneficiary");
    requireNonNull(details, "details");
    String body = write(details);
    db.write(
        () -> "store the personal details of beneficiary " + beneficiary + " of tenant " + tenant,
        c -> {
          write(c, tenant, beneficiary, body);
          return null;
        });
  }

  /** The details as stored: serialised before any transaction, so that a bad value holds no connection. */
  String write(PersonalDetails details) {
    return json.write(details);
  }

  /** Stores {@code body} (from {@link #write(PersonalDetails)}) in the caller's transaction. */
  void write(Connection c, TenantId tenant, BeneficiaryId beneficiary, String body) throws SQLException {
    // Update, else insert: portable where MERGE and ON CONFLICT are not. Two writers inserting at
    // once collide on the primary key; the loser runs again and updates.
    try (PreparedStatement update =
        c.prepareStatement(
            "UPDATE " + db.table("personal_data") + " SET details = ? WHERE tenant_id = ? AND beneficiary_id = ?")) {
      update.setString(1, body);
      update.setString(2, tenant.value());
      update.setObject(3, beneficiary.value());
      if (update.executeUpdate() == 1) {
        return;
      }
    }
    try (PreparedStatement insert =
        c.prepareStatement(
            "INSERT INTO " + db.table("personal_data") + " (tenant_id, beneficiary_id, details) VALUES (?, ?, ?)")) {
      insert.setString(1, tenant.value());
      insert.setObject(2, beneficiary.value());
      insert.setString(3, body);
      insert.executeUpdate();
    } catch (SQLException e) {
      if (SqlStates.isUniqueViolation(e)) {
        throw new Database.ConcurrentWrite("personal details inserted concurrently", e);
      }
      throw e;
    }
  }

  @Override
  public Optional<PersonalDetails> find(TenantId tenant, BeneficiaryId beneficiary) {
    requireNonNull(tenant, "tenant");
    requireNonNull(beneficiary, "beneficiary");
    return db.read(
        () -> "find the personal details of beneficiary " + beneficiary + " of tenant " + tenant,
        c -> {
          try (PreparedStatement select =
              c.prepareStatement(
                  "SELECT details FROM " + db.table("personal_data") + " WHERE tenant_id = ? AND beneficiary_id = ?")) {
            select.setString(1, tenant.value());
            select.setObject(2, beneficiary.value());
            try (ResultSet rows = select.executeQuery()) {
              return rows.next()
                  ? Optional.of(
                      json.read(rows.getString(1), PersonalDetails.class, "personal details of beneficiary " + beneficiary))
                  : Optional.<PersonalDetails>empty();
            }
          }
        });
  }

  @Override
  public boolean erase(TenantId tenant, BeneficiaryId beneficiary) {
    requireNonNull(tenant, "tenant");
    requireNonNull(beneficiary, "beneficiary");
    return db.write(
        () -> "erase the personal details of beneficiary " + beneficiary + " of tenant " + tenant,
        c -> {
          try (PreparedStatement delete =
              c.prepareStatement(
                  "DELETE FROM " + db.table("personal_data") + " WHERE tenant_id = ? AND beneficiary_id = ?")) {
            delete.setString(1, tenant.value());
            delete.setObject(2, beneficiary.value());
            return delete.executeUpdate() > 0;
          }
        });
  }
}
