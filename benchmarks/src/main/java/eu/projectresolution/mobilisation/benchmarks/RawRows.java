package eu.projectresolution.mobilisation.benchmarks;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.projectresolution.mobilisation.TenantId;
import eu.projectresolution.mobilisation.beneficiary.BeneficiaryId;
import eu.projectresolution.mobilisation.beneficiary.Profile;
import eu.projectresolution.mobilisation.capture.OutreachEvent;
import eu.projectresolution.mobilisation.engine.CommandResult;
import eu.projectresolution.mobilisation.engine.MobilisationEngine;
import eu.projectresolution.mobilisation.engine.PathwayCommand;
import eu.projectresolution.mobilisation.inmemory.InMemoryStorage;
import eu.projectresolution.mobilisation.json.MobilisationJson;
import eu.projectresolution.mobilisation.pathway.Pathway;
import eu.projectresolution.mobilisation.pathway.PathwayEvent;
import eu.projectresolution.mobilisation.port.BeneficiarySummary;
import eu.projectresolution.mobilisation.port.FactCell;
import eu.projectresolution.mobilisation.port.PersonFacts;
import eu.projectresolution.mobilisation.programme.SiteId;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;

/**
 * The baseline of {@link IngestBenchmark}: the rows the JDBC store writes for a batch of accepted
 * commands, built beforehand, and inserted with nothing but plain JDBC batches.
 *
 * <p>The rows are those {@code JdbcPathways} and its projections write for the benchmark's people (see
 * {@link BenchmarkProgrammes#person}), column for column: one {@code pathway_commands} row per
 * command, one {@code pathway_events} row per event with the same JSON body (core's {@link
 * MobilisationJson} mapping, as the store writes it), one {@code beneficiaries} row per person with
 * the summary after all their events (JSON and columns), one {@code fact_cells} row per cell of the
 * person's facts, and one {@code fact_tallies} and one {@code fact_places} row per tally and place not
 * stored by an earlier batch. The events and facts come from recording the same commands through an engine on
 * {@link InMemoryStorage}, so they are the ones the engine decides and computes.
 */
final class RawRows {
  private static final List<JsonSubTypes.Type> EVENT_TYPES =
      Arrays.asList(PathwayEvent.class.getAnnotation(JsonSubTypes.class).value());
  private static final ObjectMapper JSON = MobilisationJson.objectMapper();

  /** A SQL null of a column of that {@link Types type}, as the store sets it. */
  private record Null(int sqlType) {}

  private static final Null NULL_TEXT = new Null(Types.VARCHAR);
  private static final Null NULL_INTEGER = new Null(Types.INTEGER);

  /** How the store keeps a cell's open bounds. */
  private static final LocalDate OPEN_START = LocalDate.of(1, 1, 1);

  private static final LocalDate OPEN_END = LocalDate.of(9999, 12, 31);

  /** The tallies and places an earlier batch of the run stored, which a later one does not insert again. */
  static final class Stored {
    private final Set<Long> tallies = new HashSet<>();

    /** Each place's id, numbered as a hand-written importer would: the engine's are hashes. */
    private final Map<List<String>, Long> places = new HashMap<>();
  }

  /** One table's insert and the parameters of each of its rows. */
  record Table(String sql, List<Object[]> rows) {}

  private final List<Table> tables;

  private RawRows(List<Table> tables) {
    this.tables = tables;
  }

  /**
   * The rows the store writes when it accepts {@code commands}, as an engine on an empty in-memory store
   * decides their events and computes the people's facts.
   */
  static RawRows of(
      BenchmarkDatabase database, TenantId tenant, List<PathwayCommand> commands, Stored stored) {
    InMemoryStorage reference = InMemoryStorage.create();
    MobilisationEngine engine = BenchmarkProgrammes.bulkEngine(reference, tenant);
    List<CommandResult> results = BenchmarkProgrammes.recordAllAccepted(engine, tenant, commands);
    String t = tenant.value();
    List<Object[]> commandRows = new ArrayList<>();
    List<Object[]> eventRows = new ArrayList<>();
    Map<BeneficiaryId, List<PathwayEvent>> people = new LinkedHashMap<>();
    for (int i = 0; i < commands.size(); i++) {
      PathwayCommand command = commands.get(i);
      List<PathwayEvent> events = results.get(i).events();
      BeneficiaryId person = command.beneficiaryId();
      people.computeIfAbsent(person, p -> new ArrayList<>()).addAll(events);
      commandRows.add(new Object[] {
        t, command.commandId().value(), person.value(), events.get(0).header().version(),
        events.get(events.size() - 1).header().version()
      });
      for (PathwayEvent event : events) {
        eventRows.add(new Object[] {
          t, person.value(), event.header().version(), event.header().commandId().value(), typeOf(event),
          event.header().stage().name(), event.header().occurredOn(), event.header().recordedAt().atOffset(ZoneOffset.UTC),
          json(event)
        });
      }
    }
    List<Object[]> beneficiaryRows = new ArrayList<>();
    List<Object[]> cellRows = new ArrayList<>();
    List<Object[]> tallyRows = new ArrayList<>();
    List<Object[]> placeRows = new ArrayList<>();
    people.forEach((person, events) -> {
      beneficiaryRows.add(beneficiaryRow(t, person, events));
      PersonFacts facts = engine.indicatorFacts().compute(Pathway.fold(events),
          event -> reference.outreachEvents().find(tenant, event).map(OutreachEvent::date));
      for (int c = 0; c < facts.cells().size(); c++) {
        FactCell cell = facts.cells().get(c);
        long tally = cell.tally().idUnder(facts.basis());
        List<String> where = Arrays.asList(t, facts.programmeId().value(), cell.site().map(SiteId::value).orElse(null),
            cell.channel().name());
        Long place = stored.places.get(where);
        if (place == null) {
          place = (long) stored.places.size() + 1; // a hand-written importer's numbering
          stored.places.put(where, place);
          placeRows.add(new Object[] {place, t, where.get(1), where.get(2) == null ? NULL_TEXT : where.get(2), where.get(3)});
        }
        cellRows.add(new Object[] {
          place, tally, cell.startFrom().orElse(OPEN_START), cell.startTo().orElse(OPEN_END), cell.endFrom(),
          cell.endTo().orElse(OPEN_END), c, person.value(), t
        });
        if (stored.tallies.add(tally)) {
          tallyRows.add(new Object[] {tally, facts.basis(), cell.tally().text()});
        }
      }
    });
    return new RawRows(List.of(
        new Table("INSERT INTO " + database.table("pathway_commands")
            + " (tenant_id, command_id, beneficiary_id, first_version, last_version)"
            + " VALUES (?, ?, ?, ?, ?)", commandRows),
        new Table("INSERT INTO " + database.table("pathway_events")
            + " (tenant_id, beneficiary_id, version, command_id, event_type, stage, occurred_on, recorded_at, body)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", eventRows),
        new Table("INSERT INTO " + database.table("beneficiaries")
            + " (tenant_id, beneficiary_id, programme_id, stage, version, captured_on, last_event_on, birth_year,"
            + " age_band, gender, neet, long_term_unemployed, refugee, third_country_national, residence, summary)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", beneficiaryRows),
        new Table("INSERT INTO " + database.table("fact_tallies") + " (tally_id, basis, tally) VALUES (?, ?, ?)",
            tallyRows),
        new Table("INSERT INTO " + database.table("fact_places")
            + " (place_id, tenant_id, programme_id, site_id, channel) VALUES (?, ?, ?, ?, ?)", placeRows),
        new Table("INSERT INTO " + database.table("fact_cells")
            + " (place_id, tally_id, start_from, start_to, end_from, end_to, cell, beneficiary_id, tenant_id)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", cellRows)));
  }

  /** How many rows the batch inserts. */
  int rowCount() {
    return tables.stream().mapToInt(table -> table.rows().size()).sum();
  }

  /**
   * Inserts the rows in one transaction, one JDBC batch per table, as a hand-written importer would;
   * returns the update counts.
   */
  int[][] insert(DataSource dataSource) throws SQLException {
    int[][] counts = new int[tables.size()][];
    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(false);
      try {
        for (int i = 0; i < tables.size(); i++) {
          Table table = tables.get(i);
          try (PreparedStatement insert = connection.prepareStatement(table.sql())) {
            for (Object[] row : table.rows()) {
              for (int p = 0; p < row.length; p++) {
                bind(insert, p + 1, row[p]);
              }
              insert.addBatch();
            }
            counts[i] = insert.executeBatch();
          }
        }
        connection.commit();
      } catch (SQLException | RuntimeException e) {
        connection.rollback();
        throw e;
      } finally {
        connection.setAutoCommit(true);
      }
    }
    return counts;
  }

  private static Object[] beneficiaryRow(String tenant, BeneficiaryId person, List<PathwayEvent> events) {
    Optional<BeneficiarySummary> summary = Optional.empty();
    for (PathwayEvent event : events) {
      summary = Optional.of(BeneficiarySummary.apply(summary, event));
    }
    BeneficiarySummary after = summary.orElseThrow();
    Profile profile = after.profile();
    return new Object[] {
      tenant, person.value(), after.programmeId().value(), after.stage().name(), after.version(), after.capturedOn(),
      after.lastEventOn(), profile.birthYear().isPresent() ? (Object) profile.birthYear().getAsInt() : NULL_INTEGER,
      profile.ageBand().<Object>map(Enum::name).orElse(NULL_TEXT), profile.gender().name(), profile.neet(),
      profile.longTermUnemployed(), profile.refugee(), profile.thirdCountryNational(),
      profile.residence().<Object>map(Enum::name).orElse(NULL_TEXT), json(after)
    };
  }

  /** Sets a parameter with the setter the store uses for a value of its type. */
  private static void bind(PreparedStatement statement, int index, Object value) throws SQLException {
    if (value instanceof Null missing) {
      statement.setNull(index, missing.sqlType());
    } else if (value instanceof String text) {
      statement.setString(index, text);
    } else if (value instanceof Long number) {
      statement.setLong(index, number);
    } else if (value instanceof Integer number) {
      statement.setInt(index, number);
    } else if (value instanceof Boolean flag) {
      statement.setBoolean(index, flag);
    } else {
      statement.setObject(index, value); // UUID, LocalDate, OffsetDateTime, as the store sets them
    }
  }

  /** The event's {@code "type"} in JSON, which the store keeps in column {@code event_type}. */
  private static String typeOf(PathwayEvent event) {
    return EVENT_TYPES.stream()
        .filter(type -> type.value().isInstance(event))
        .map(JsonSubTypes.Type::name)
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("not a kind PathwayEvent declares: " + event.getClass()));
  }

  private static String json(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Could not write " + value.getClass().getSimpleName() + " as JSON", e);
    }
  }
}
