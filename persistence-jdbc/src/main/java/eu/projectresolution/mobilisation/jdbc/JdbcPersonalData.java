package eu.projectresolution.mobilisation.jdbc;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import eu.projectresolution.mobilisation.TenantId;
import eu.projectresolution.mobilisation.beneficiary.BeneficiaryId;
import eu.projectresolution.mobilisation.beneficiary.CaseId;
import eu.projectresolution.mobilisation.beneficiary.MatchingKey;
import eu.projectresolution.mobilisation.beneficiary.PersonalDetails;
import eu.projectresolution.mobilisation.port.PersonalData;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Personal details in table {@code personal_data}, the only table that holds identifying data: one
 * row per person, the details as JSON and, in column {@code matching_key}, the key that recognises the
 * person met again (unique per tenant); the partners' case ids beside it ({@link JdbcCaseIds}). Erasing
 * deletes the row, key included, and the case ids; what the database keeps
 * of deleted rows afterwards (PostgreSQL's dead tuples until VACUUM, write-ahead logs, backups) is for
 * the host's retention policy to cover.
 */
final class JdbcPersonalData implements PersonalData {
  private final Database db;
  private final Json json;
  private final JdbcCaseIds caseIds;
  private final JdbcSpecialCategoryAnswers answers;

  JdbcPersonalData(Database db, Json json) {
    this.db = db;
    this.json = json;
    this.caseIds = new JdbcCaseIds(db);
    this.answers = new JdbcSpecialCategoryAnswers(db, json);
  }

  @Override
  public void putCaseId(TenantId tenant, BeneficiaryId beneficiary, CaseId caseId) {
    caseIds.put(tenant, beneficiary, caseId);
  }

  @Override
  public Optional<BeneficiaryId> findByCaseId(TenantId tenant, CaseId caseId) {
    return caseIds.find(tenant, caseId);
  }

  @Override
  public List<CaseId> caseIdsOf(TenantId tenant, BeneficiaryId beneficiary) {
    return caseIds.of(tenant, beneficiary);
  }

  /**
   * Deletes the person's case ids in the caller's transaction, as every erasure of their details does.
   *
   * @return whether there were any
   */
  boolean eraseCaseIds(Connection c, TenantId tenant, BeneficiaryId beneficiary) throws SQLException {
    return caseIds.erase(c, tenant, beneficiary);
  }

  /** The special-category answers, kept beside the details and written and erased in the same transactions. */
  JdbcSpecialCategoryAnswers answers() {
    return answers;
  }

  @Override
  public void put(TenantId tenant, BeneficiaryId beneficiary, PersonalDetails details, Optional<MatchingKey> matchingKey) {
    requireNonNull(tenant, "tenant");
    requireNonNull(beneficiary, "beneficiary");
    requireNonNull(details, "details");
    requireNonNull(matchingKey, "matchingKey");
    String body = write(details);
    db.write(
        () -> "store the personal details of beneficiary " + beneficiary + " of tenant " + tenant,
        c -> {
          write(c, tenant, beneficiary, body, matchingKey);
          return null;
        });
  }

  /** The details as stored: serialised before any transaction, so that a bad value holds no connection. */
  String write(PersonalDetails details) {
    return json.write(details);
  }

  /**
   * Adds the details of a person captured by the transaction, whom the store knows nothing of, to its
   * batched inserts: no lookup, no update first. If their row or their matching key did exist, the
   * inserts meet it under a unique key, and the transaction runs again, then writing them with {@link
   * #write}, which says who holds the key.
   */
  void addNew(AppendWrites writes, TenantId tenant, BeneficiaryId beneficiary, String body, Optional<MatchingKey> matchingKey)
      throws SQLException {
    writes.add(insertSql(), insert -> bindInsert(insert, tenant, beneficiary, body, matchingKey));
  }

  private String insertSql() {
    return "INSERT INTO " + db.table("personal_data") + " (tenant_id, beneficiary_id, details, matching_key)"
        + " VALUES (?, ?, ?, ?)";
  }

  private static void bindInsert(
      Parameters insert, TenantId tenant, BeneficiaryId beneficiary, String body, Optional<MatchingKey> matchingKey)
      throws SQLException {
    insert.setString(1, tenant.value());
    insert.setObject(2, beneficiary.value());
    insert.setString(3, body);
    insert.setString(4, matchingKey.map(MatchingKey::value).orElse(null));
  }

  /**
   * Stores {@code body} (from {@link #write(PersonalDetails)}) and the key, if one is given, in the
   * caller's transaction.
   *
   * @throws IllegalArgumentException if another person of the tenant holds the key
   */
  void write(Connection c, TenantId tenant, BeneficiaryId beneficiary, String body, Optional<MatchingKey> matchingKey)
      throws SQLException {
    if (matchingKey.isPresent()) {
      Optional<BeneficiaryId> holder = findByMatchingKey(c, tenant, matchingKey.get());
      checkArgument(holder.isEmpty() || holder.get().equals(beneficiary),
          "beneficiary %s holds this matching key already: the person is known, record a contact for them instead",
          holder.orElse(null));
    }
    // Update, else insert: portable where MERGE and ON CONFLICT are not. Two writers inserting at
    // once collide on the primary key (or on the matching key's unique index); the loser runs again,
    // then updates or finds the key taken.
    try {
      try (PreparedStatement update =
          c.prepareStatement(
              "UPDATE " + db.table("personal_data") + " SET details = ?"
                  + (matchingKey.isPresent() ? ", matching_key = ?" : "") + " WHERE tenant_id = ? AND beneficiary_id = ?")) {
        int at = 1;
        update.setString(at++, body);
        if (matchingKey.isPresent()) {
          update.setString(at++, matchingKey.get().value());
        }
        update.setString(at++, tenant.value());
        update.setObject(at, beneficiary.value());
        if (update.executeUpdate() == 1) {
          return;
        }
      }
      try (PreparedStatement insert = c.prepareStatement(insertSql())) {
        bindInsert(Parameters.of(insert), tenant, beneficiary, body, matchingKey);
        insert.executeUpdate();
      }
    } catch (SQLException e) {
      if (SqlStates.isUniqueViolation(e)) {
        throw new Database.ConcurrentWrite("personal details or their matching key written concurrently", e);
      }
      throw e;
    }
  }

  @Override
  public Optional<PersonalDetails> find(TenantId tenant, BeneficiaryId beneficiary) {
    requireNonNull(tenant, "tenant");
    requireNonNull(beneficiary, "beneficiary");
    return db.read(
        () -> "look up the personal details of beneficiary " + beneficiary + " of tenant " + tenant,
        c -> find(c, tenant, beneficiary, ""));
  }

  /** The person's details, their row locked until the caller's transaction ends. */
  Optional<PersonalDetails> findLocked(Connection c, TenantId tenant, BeneficiaryId beneficiary) throws SQLException {
    return find(c, tenant, beneficiary, " FOR UPDATE");
  }

  private Optional<PersonalDetails> find(Connection c, TenantId tenant, BeneficiaryId beneficiary, String lock)
      throws SQLException {
    try (PreparedStatement select = c.prepareStatement(
        "SELECT details FROM " + db.table("personal_data") + " WHERE tenant_id = ? AND beneficiary_id = ?" + lock)) {
      select.setString(1, tenant.value());
      select.setObject(2, beneficiary.value());
      try (ResultSet rows = select.executeQuery()) {
        return rows.next()
            ? Optional.of(json.read(rows.getString(1), PersonalDetails.class, "personal details of beneficiary " + beneficiary))
            : Optional.empty();
      }
    }
  }

  @Override
  public Optional<BeneficiaryId> findByMatchingKey(TenantId tenant, MatchingKey matchingKey) {
    requireNonNull(tenant, "tenant");
    requireNonNull(matchingKey, "matchingKey");
    return db.read(
        () -> "look up the person of a matching key of tenant " + tenant, c -> findByMatchingKey(c, tenant, matchingKey));
  }

  private Optional<BeneficiaryId> findByMatchingKey(Connection c, TenantId tenant, MatchingKey matchingKey)
      throws SQLException {
    try (PreparedStatement select =
        c.prepareStatement(
            "SELECT beneficiary_id FROM " + db.table("personal_data") + " WHERE tenant_id = ? AND matching_key = ?")) {
      select.setString(1, tenant.value());
      select.setString(2, matchingKey.value());
      try (ResultSet rows = select.executeQuery()) {
        return rows.next() ? Optional.of(BeneficiaryId.of(rows.getObject(1, UUID.class))) : Optional.empty();
      }
    }
  }

  /** Whether the person's row holds a matching key, in the caller's transaction. */
  boolean holdsKey(Connection c, TenantId tenant, BeneficiaryId beneficiary) throws SQLException {
    try (PreparedStatement select =
        c.prepareStatement(
            "SELECT matching_key FROM " + db.table("personal_data") + " WHERE tenant_id = ? AND beneficiary_id = ?")) {
      select.setString(1, tenant.value());
      select.setObject(2, beneficiary.value());
      try (ResultSet rows = select.executeQuery()) {
        return rows.next() && rows.getString(1) != null;
      }
    }
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
            return delete.executeUpdate() > 0 | caseIds.erase(c, tenant, beneficiary);
          }
        });
  }
}
