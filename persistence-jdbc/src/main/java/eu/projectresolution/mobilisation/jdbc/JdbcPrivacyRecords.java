package eu.projectresolution.mobilisation.jdbc;

import static java.util.Objects.requireNonNull;

import eu.projectresolution.mobilisation.TenantId;
import eu.projectresolution.mobilisation.beneficiary.BeneficiaryId;
import eu.projectresolution.mobilisation.beneficiary.PersonalDetails;
import eu.projectresolution.mobilisation.port.AccessLog;
import eu.projectresolution.mobilisation.port.Consents;
import eu.projectresolution.mobilisation.port.Erasures;
import eu.projectresolution.mobilisation.privacy.ConsentRecord;
import eu.projectresolution.mobilisation.privacy.ErasureRecord;
import eu.projectresolution.mobilisation.privacy.PersonalDataAccess;
import eu.projectresolution.mobilisation.programme.Period;
import eu.projectresolution.mobilisation.programme.ProgrammeId;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The personal-data lifecycle's records (tables {@code consent_records}, {@code erasure_records} and
 * {@code personal_data_accesses} of V6), each as core's JSON in {@code body}, ordered per person by
 * {@code entry_number}. An erasure deletes or rewrites the person's row of {@code personal_data} and
 * inserts its record in one transaction.
 */
final class JdbcPrivacyRecords {
  private JdbcPrivacyRecords() {}

  /** Inserts a record keyed by its command id, unless the tenant holds that id: whether it inserted. */
  private static boolean insertOnce(
      Database db, Connection c, String table, TenantId tenant, UUID commandId, BeneficiaryId beneficiary, String body)
      throws SQLException {
    try (PreparedStatement select = c.prepareStatement(
        "SELECT 1 FROM " + db.table(table) + " WHERE tenant_id = ? AND command_id = ?")) {
      select.setString(1, tenant.value());
      select.setObject(2, commandId);
      try (ResultSet rows = select.executeQuery()) {
        if (rows.next()) {
          return false;
        }
      }
    }
    try (PreparedStatement insert = c.prepareStatement(
        "INSERT INTO " + db.table(table) + " (tenant_id, command_id, beneficiary_id, body) VALUES (?, ?, ?, ?)")) {
      insert.setString(1, tenant.value());
      insert.setObject(2, commandId);
      insert.setObject(3, beneficiary.value());
      insert.setString(4, body);
      insert.executeUpdate();
      return true;
    } catch (SQLException e) {
      if (SqlStates.isUniqueViolation(e)) {
        throw new Database.ConcurrentWrite("a record with command id " + commandId + " written concurrently", e);
      }
      throw e;
    }
  }

  private static <T> List<T> bodies(
      Database db, Json json, String table, TenantId tenant, BeneficiaryId beneficiary, Class<T> type, String what) {
    requireNonNull(tenant, "tenant");
    requireNonNull(beneficiary, "beneficiary");
    return db.read(
        () -> "read the " + what + " of beneficiary " + beneficiary + " of tenant " + tenant,
        c -> {
          try (PreparedStatement select = c.prepareStatement(
              "SELECT body FROM " + db.table(table) + " WHERE tenant_id = ? AND beneficiary_id = ? ORDER BY entry_number")) {
            select.setString(1, tenant.value());
            select.setObject(2, beneficiary.value());
            List<T> found = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
              while (rows.next()) {
                found.add(json.read(rows.getString(1), type, what + " of beneficiary " + beneficiary));
              }
            }
            return found;
          }
        });
  }

  static final class OfConsents implements Consents {
    private final Database db;
    private final Json json;

    OfConsents(Database db, Json json) {
      this.db = db;
      this.json = json;
    }

    @Override
    public boolean add(TenantId tenant, ConsentRecord record) {
      requireNonNull(tenant, "tenant");
      requireNonNull(record, "record");
      String body = json.write(record);
      return db.write(
          () -> "add a consent record of beneficiary " + record.beneficiaryId() + " of tenant " + tenant,
          c -> insertOnce(db, c, "consent_records", tenant, record.commandId().value(), record.beneficiaryId(), body));
    }

    @Override
    public List<ConsentRecord> of(TenantId tenant, BeneficiaryId beneficiary) {
      return bodies(db, json, "consent_records", tenant, beneficiary, ConsentRecord.class, "consent records");
    }

    /**
     * The records of the programme's people dated within {@code period}: the day is in the JSON body
     * only, so the programme's records are read and the period applied here (consents are few beside
     * the people).
     *
     * <p>Each record's person is looked up by the primary key of {@code beneficiaries}, in a subquery
     * the server cannot turn into a join: as a join, on tables never analysed (autovacuum off), it
     * walked every person of the programme to find the few with a record, 1.8 s at a million people
     * with no record at all.
     */
    List<ConsentRecord> ofProgramme(TenantId tenant, ProgrammeId programme, Period period) {
      requireNonNull(tenant, "tenant");
      requireNonNull(programme, "programme");
      requireNonNull(period, "period");
      return db.read(
          () -> "read the consent records of programme " + programme + " of tenant " + tenant,
          c -> {
            try (PreparedStatement select = c.prepareStatement(
                "SELECT r.body FROM " + db.table("consent_records") + " r WHERE r.tenant_id = ? AND (SELECT"
                    + " b.programme_id FROM " + db.table("beneficiaries") + " b WHERE b.tenant_id = r.tenant_id"
                    + " AND b.beneficiary_id = r.beneficiary_id) = ? ORDER BY r.entry_number")) {
              select.setString(1, tenant.value());
              select.setString(2, programme.value());
              List<ConsentRecord> found = new ArrayList<>();
              try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                  ConsentRecord record = json.read(rows.getString(1), ConsentRecord.class,
                      "consent record of programme " + programme);
                  if (period.contains(record.on())) {
                    found.add(record);
                  }
                }
              }
              return found;
            }
          });
    }
  }

  static final class OfErasures implements Erasures {
    private final Database db;
    private final Json json;
    private final JdbcPersonalData personalData;

    OfErasures(Database db, Json json, JdbcPersonalData personalData) {
      this.db = db;
      this.json = json;
      this.personalData = personalData;
    }

    @Override
    public Optional<ErasureRecord> erase(TenantId tenant, ErasureRecord record, Optional<PersonalDetails> kept) {
      return erase(tenant, record, null, kept);
    }

    @Override
    public Optional<ErasureRecord> eraseIfUnchanged(
        TenantId tenant, ErasureRecord record, Optional<PersonalDetails> expected, Optional<PersonalDetails> kept) {
      return erase(tenant, record, requireNonNull(expected, "expected"), kept);
    }

    /** {@code expected} null: whatever the details are. */
    private Optional<ErasureRecord> erase(
        TenantId tenant, ErasureRecord record, Optional<PersonalDetails> expected, Optional<PersonalDetails> kept) {
      requireNonNull(tenant, "tenant");
      requireNonNull(record, "record");
      requireNonNull(kept, "kept");
      BeneficiaryId who = record.beneficiaryId();
      Optional<String> keptBody = kept.map(personalData::write);
      return db.write(
          () -> "erase the personal data of beneficiary " + who + " of tenant " + tenant,
          c -> {
            if (expected != null && !personalData.findLocked(c, tenant, who).equals(expected)) {
              return Optional.<ErasureRecord>empty();
            }
            if (holds(c, tenant, record)) {
              return Optional.<ErasureRecord>empty();
            }
            boolean keyErased = false;
            boolean caseIdsErased = false;
            if (keptBody.isPresent()) {
              try (PreparedStatement update = c.prepareStatement(
                  "UPDATE " + db.table("personal_data") + " SET details = ? WHERE tenant_id = ? AND beneficiary_id = ?")) {
                update.setString(1, keptBody.get());
                update.setString(2, tenant.value());
                update.setObject(3, who.value());
                update.executeUpdate();
              }
            } else {
              keyErased = personalData.holdsKey(c, tenant, who);
              try (PreparedStatement delete = c.prepareStatement(
                  "DELETE FROM " + db.table("personal_data") + " WHERE tenant_id = ? AND beneficiary_id = ?")) {
                delete.setString(1, tenant.value());
                delete.setObject(2, who.value());
                delete.executeUpdate();
              }
              caseIdsErased = personalData.eraseCaseIds(c, tenant, who);
            }
            boolean answersErased =
                Erasures.erasesAnswers(record) && personalData.answers().erase(c, tenant, who);
            ErasureRecord added = Erasures.completed(
                Erasures.withCaseIds(Erasures.withKey(record, keyErased), caseIdsErased), false, answersErased);
            insertOnce(db, c, "erasure_records", tenant, added.commandId().value(), who, json.write(added));
            return Optional.of(added);
          });
    }

    private boolean holds(Connection c, TenantId tenant, ErasureRecord record) throws SQLException {
      try (PreparedStatement select = c.prepareStatement(
          "SELECT 1 FROM " + db.table("erasure_records") + " WHERE tenant_id = ? AND command_id = ?")) {
        select.setString(1, tenant.value());
        select.setObject(2, record.commandId().value());
        try (ResultSet rows = select.executeQuery()) {
          return rows.next();
        }
      }
    }

    @Override
    public List<ErasureRecord> of(TenantId tenant, BeneficiaryId beneficiary) {
      return bodies(db, json, "erasure_records", tenant, beneficiary, ErasureRecord.class, "erasure records");
    }
  }

  static final class OfAccessLog implements AccessLog {
    private final Database db;
    private final Json json;

    OfAccessLog(Database db, Json json) {
      this.db = db;
      this.json = json;
    }

    @Override
    public void add(TenantId tenant, PersonalDataAccess access) {
      requireNonNull(tenant, "tenant");
      requireNonNull(access, "access");
      String body = json.write(access);
      db.write(
          () -> "log a read of the personal details of beneficiary " + access.beneficiaryId() + " of tenant " + tenant,
          c -> {
            try (PreparedStatement insert = c.prepareStatement(
                "INSERT INTO " + db.table("personal_data_accesses") + " (tenant_id, beneficiary_id, body) VALUES (?, ?, ?)")) {
              insert.setString(1, tenant.value());
              insert.setObject(2, access.beneficiaryId().value());
              insert.setString(3, body);
              return insert.executeUpdate();
            }
          });
    }

    @Override
    public List<PersonalDataAccess> of(TenantId tenant, BeneficiaryId beneficiary) {
      return bodies(db, json, "personal_data_accesses", tenant, beneficiary, PersonalDataAccess.class, "access log");
    }
  }
}
