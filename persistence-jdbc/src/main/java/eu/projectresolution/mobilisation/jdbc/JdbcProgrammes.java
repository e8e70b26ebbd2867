package eu.projectresolution.mobilisation.jdbc;

import static java.util.Objects.requireNonNull;

import eu.projectresolution.mobilisation.TenantId;
import eu.projectresolution.mobilisation.port.Programmes;
import eu.projectresolution.mobilisation.programme.Programme;
import eu.projectresolution.mobilisation.programme.ProgrammeId;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Programmes in table {@code programmes}, one row per programme, its declarations as JSON. */
final class JdbcProgrammes implements Programmes {
  private final Database db;
  private final Json json;

  JdbcProgrammes(Database db, Json json) {
    this.db = db;
    this.json = json;
  }

  @Override
  public boolean add(TenantId tenant, Programme programme) {
    requireNonNull(tenant, "tenant");
    requireNonNull(programme, "programme");
    String body = json.write(programme);
    return db.write(
        () -> "add programme " + programme.id() + " of tenant " + tenant,
        c -> {
          try (PreparedStatement insert =
              c.prepareStatement(
                  "INSERT INTO " + db.table("programmes") + " (tenant_id, programme_id, body) VALUES (?, ?, ?)")) {
            insert.setString(1, tenant.value());
            insert.setString(2, programme.id().value());
            insert.setString(3, body);
            return Rows.insertedOrTaken(c, insert);
          }
        });
  }

  @Override
  public boolean replace(TenantId tenant, Programme programme) {
    requireNonNull(tenant, "tenant");
    requireNonNull(programme, "programme");
    String body = json.write(programme);
    return db.write(
        () -> "replace programme " + programme.id() + " of tenant " + tenant,
        c -> {
          try (PreparedStatement update =
              c.prepareStatement(
                  "UPDATE " + db.table("programmes") + " SET body = ? WHERE tenant_id = ? AND programme_id = ?")) {
            update.setString(1, body);
            update.setString(2, tenant.value());
            update.setString(3, programme.id().value());
            return update.executeUpdate() == 1;
          }
        });
  }

  @Override
  public Optional<Programme> find(TenantId tenant, ProgrammeId id) {
    requireNonNull(tenant, "tenant");
    requireNonNull(id, "id");
    return db.read(
        () -> "look up programme " + id + " of tenant " + tenant,
        c -> {
          try (PreparedStatement select =
              c.prepareStatement(
                  "SELECT body FROM " + db.table("programmes") + " WHERE tenant_id = ? AND programme_id = ?")) {
            select.setString(1, tenant.value());
            select.setString(2, id.value());
            try (ResultSet rows = select.executeQuery()) {
              return rows.next()
                  ? Optional.of(json.read(rows.getString(1), Programme.class, "programme " + id + " of tenant " + tenant))
                  : Optional.<Programme>empty();
            }
          }
        });
  }

  @Override
  public List<Programme> list(TenantId tenant) {
    requireNonNull(tenant, "tenant");
    List<Programme> programmes =
        db.read(
            () -> "list the programmes of tenant " + tenant,
            c -> {
              try (PreparedStatement select =
                  c.prepareStatement("SELECT body FROM " + db.table("programmes") + " WHERE tenant_id = ?")) {
                select.setString(1, tenant.value());
                List<Programme> found = new ArrayList<>();
                try (ResultSet rows = select.executeQuery()) {
                  while (rows.next()) {
                    found.add(json.read(rows.getString(1), Programme.class, "programme of tenant " + tenant));
                  }
                }
                return found;
              }
            });
    // Ordered here rather than by SQL, whose order of text depends on the database's collation.
    programmes.sort(Comparator.comparing(p -> p.id().value()));
    return List.copyOf(programmes);
  }
}
