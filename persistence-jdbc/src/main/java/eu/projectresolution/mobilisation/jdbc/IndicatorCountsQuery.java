package eu.projectresolution.mobilisation.jdbc;

import eu.projectresolution.mobilisation.MobilisationException;
import eu.projectresolution.mobilisation.StoreNotReady;
import eu.projectresolution.mobilisation.TenantId;
import eu.projectresolution.mobilisation.capture.CaptureChannel;
import eu.projectresolution.mobilisation.pathway.AppointmentStatus;
import eu.projectresolution.mobilisation.pathway.PathwayEvents;
import eu.projectresolution.mobilisation.pathway.ReferralStatus;
import eu.projectresolution.mobilisation.pathway.Stage;
import eu.projectresolution.mobilisation.port.CountingScope;
import eu.projectresolution.mobilisation.port.IndicatorCounts;
import eu.projectresolution.mobilisation.programme.Period;
import eu.projectresolution.mobilisation.programme.ProgrammeId;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The {@link IndicatorCounts} of one scope, added up by the database over the read models of {@link
 * IndicatorProjection} and the programme's activity tables, without reading any event.
 *
 * <p>One statement: a {@code UNION ALL} of one aggregation per count, each answering rows of (count,
 * item, number), the item being the stage or channel of the counts kept per stage or channel. Being a
 * single statement, it sees one state of the tables, so the counts agree with each other even while
 * appends go on. Each aggregation starts from the scope's people (alias {@code p}, rows of {@code
 * beneficiaries}: the programme's, captured by the period's end, narrowed to the scope's channel and
 * site) filtered on the tenant, and reaches each person's rows through their primary keys.
 *
 * <p>The definitions are core's ({@code ActivityCounter}, {@code Person}, {@code Participant}), in
 * SQL. A person's stage history is read from the typed columns of {@code pathway_events} (type, stage,
 * day), never from its JSON: as core's fold, a visit is an event at a stage other than the previous
 * event's (versions have no gaps, so that one is at version - 1), or a welcome or a referral. Their
 * stage at the period's end is that of their latest visit by then, their site that of their latest
 * welcome by then (else of their capture); "latest" and "first" follow the events' versions, as
 * core's lists do.
 */
final class IndicatorCountsQuery {
  /** What each branch of the union counts: its name is the branch's first column. */
  private enum Count {
    /** The programme's people whose capture columns are not filled: the counts would leave them out. */
    UNFILLED,
    CAPTURED_THROUGH,
    FUNNEL,
    ENTERED_STAGE,
    AT_STAGE_AT_END,
    OUTREACH_EVENTS_HELD,
    OUTREACH_ATTENDANCES,
    WELCOMED,
    REFERRALS,
    REFERRALS_STARTED,
    PEOPLE_REFERRED,
    ACCOMPANIED,
    APPOINTMENTS_ATTENDED_BY_ACCOMPANIED,
    APPOINTMENTS_HELD_OR_MISSED,
    APPOINTMENTS_MISSED,
    SATISFACTION_RESPONSES,
    SATISFIED_RESPONSES,
    COLLABORATIVE_ACTIONS,
    SITE_EVENTS
  }

  /**
   * The types of event (column {@code event_type}) at which core's fold records a stage visit even if
   * the stage stays the same, as SQL literals: they are the kinds' JSON names, never user input.
   */
  private static final String VISITS_AT_ANY_STAGE =
      Stream.of(PathwayEvents.Welcomed.class, PathwayEvents.Referred.class)
          .map(kind -> "'" + Json.typeOf(kind) + "'")
          .collect(Collectors.joining(", "));

  /** The statuses of an appointment that took place or was missed, as core's {@link AppointmentStatus#held()} says. */
  private static final List<String> HELD =
      Arrays.stream(AppointmentStatus.values()).filter(AppointmentStatus::held).map(Enum::name).toList();

  private final Database db;

  IndicatorCountsQuery(Database db) {
    this.db = db;
  }

  /**
   * @throws MobilisationException if people were stored before migration V3 and the indicator tables
   *     not filled since: counts without them would be wrong
   */
  IndicatorCounts count(Connection c, TenantId tenant, ProgrammeId programme, CountingScope scope) throws SQLException {
    Statement statement = new Statement(tenant, programme, scope);
    statement.build();
    Map<Count, Map<String, Long>> rows = new EnumMap<>(Count.class);
    try (PreparedStatement select = c.prepareStatement(statement.sql.toString())) {
      for (int i = 0; i < statement.parameters.size(); i++) {
        select.setObject(i + 1, statement.parameters.get(i));
      }
      try (ResultSet result = select.executeQuery()) {
        while (result.next()) {
          rows.computeIfAbsent(Count.valueOf(result.getString(1)), k -> new HashMap<>())
              .put(result.getString(2), result.getLong(3));
        }
      }
    }
    long unfilled = total(rows, Count.UNFILLED);
    if (unfilled > 0) {
      throw new StoreNotReady(
          "Cannot count the indicator figures of programme " + programme + " of tenant " + tenant + " in schema \""
              + db.schema() + "\": " + unfilled + " of its people were stored before the indicator tables"
              + " (migration V3) and are not in them yet; fill them with JdbcStorage.rebuildIndicatorTables(dataSource, \""
              + db.schema() + "\") (JdbcStorage.migrate does it itself)");
    }
    return counts(rows, scope);
  }

  private static IndicatorCounts counts(Map<Count, Map<String, Long>> rows, CountingScope scope) {
    Map<CaptureChannel, Long> capturedThrough = new EnumMap<>(CaptureChannel.class);
    items(rows, Count.CAPTURED_THROUGH).forEach((channel, n) -> capturedThrough.put(CaptureChannel.valueOf(channel), n));
    List<Long> funnel = new ArrayList<>();
    for (int step = 0; step < scope.funnelStages().size(); step++) {
      funnel.add(items(rows, Count.FUNNEL).getOrDefault(Integer.toString(step), 0L));
    }
    return IndicatorCounts.builder()
        .captured(capturedThrough.values().stream().mapToLong(Long::longValue).sum())
        .funnel(funnel)
        .enteredStage(perStage(rows, Count.ENTERED_STAGE, scope))
        .atStageAtEnd(everyStage(rows, Count.AT_STAGE_AT_END, scope))
        .capturedThrough(capturedThrough)
        .outreachEventsHeld(total(rows, Count.OUTREACH_EVENTS_HELD))
        .outreachAttendances(total(rows, Count.OUTREACH_ATTENDANCES))
        .welcomed(total(rows, Count.WELCOMED))
        .referrals(total(rows, Count.REFERRALS))
        .referralsStarted(total(rows, Count.REFERRALS_STARTED))
        .peopleReferred(total(rows, Count.PEOPLE_REFERRED))
        .accompanied(total(rows, Count.ACCOMPANIED))
        .appointmentsAttendedByAccompanied(total(rows, Count.APPOINTMENTS_ATTENDED_BY_ACCOMPANIED))
        .appointmentsHeldOrMissed(total(rows, Count.APPOINTMENTS_HELD_OR_MISSED))
        .appointmentsMissed(total(rows, Count.APPOINTMENTS_MISSED))
        .satisfactionResponses(total(rows, Count.SATISFACTION_RESPONSES))
        .satisfiedResponses(total(rows, Count.SATISFIED_RESPONSES))
        .collaborativeActions(total(rows, Count.COLLABORATIVE_ACTIONS))
        .siteEvents(total(rows, Count.SITE_EVENTS))
        .build();
  }

  private static Map<String, Long> items(Map<Count, Map<String, Long>> rows, Count count) {
    return rows.getOrDefault(count, Map.of());
  }

  /** A count without items: its branch answers one row, or none when a scope leaves it out. */
  private static long total(Map<Count, Map<String, Long>> rows, Count count) {
    return items(rows, count).values().stream().mapToLong(Long::longValue).sum();
  }

  /** Every stage of the model, in its order, with 0 for those no one is counted at. */
  private static Map<Stage, Long> perStage(Map<Count, Map<String, Long>> rows, Count count, CountingScope scope) {
    Map<Stage, Long> counts = new LinkedHashMap<>();
    for (Stage stage : scope.stages()) {
      counts.put(stage, items(rows, count).getOrDefault(stage.name(), 0L));
    }
    return counts;
  }

  /**
   * Like {@link #perStage}, plus any stage the records name that the model does not: core counts
   * everyone at their stage at the end, even one of another model.
   */
  private static Map<Stage, Long> everyStage(Map<Count, Map<String, Long>> rows, Count count, CountingScope scope) {
    Map<Stage, Long> counts = perStage(rows, count, scope);
    items(rows, count).forEach((stage, n) -> counts.putIfAbsent(Stage.of(stage), n));
    return counts;
  }

  /** The statement for one scope: its SQL and its parameters, in order, written together. */
  private final class Statement {
    final TenantId tenant;
    final ProgrammeId programme;
    final CountingScope scope;
    final Period period;
    final StringBuilder sql = new StringBuilder();
    final List<Object> parameters = new ArrayList<>();

    Statement(TenantId tenant, ProgrammeId programme, CountingScope scope) {
      this.tenant = tenant;
      this.programme = programme;
      this.scope = scope;
      this.period = scope.period();
    }

    void build() {
      select(Count.UNFILLED, "NULL", "COUNT(*)").fromPeople().whereOfProgramme().append(" AND p.capture_channel IS NULL");
      peopleCaptured();
      stages();
      outreach();
      welcomesAndReferrals();
      accompaniment();
      appointments();
      satisfaction();
      activities();
    }

    private void peopleCaptured() {
      select(Count.CAPTURED_THROUGH, "p.capture_channel", "COUNT(*)").fromPeople().whereInScope()
          .append(" AND p.captured_on >= ?", period.start())
          .append(" GROUP BY p.capture_channel");
      // Step i of the funnel: the people captured during the period who had visited every stage of
      // the funnel up to the i-th by its end.
      List<Stage> funnel = scope.funnelStages();
      for (int step = 0; step < funnel.size(); step++) {
        select(Count.FUNNEL, "'" + step + "'", "COUNT(*)").fromPeople().whereInScope()
            .append(" AND p.captured_on >= ?", period.start());
        for (Stage stage : funnel.subList(0, step + 1)) {
          append(" AND EXISTS (SELECT 1" + visitsOfPerson("v") + " AND v.stage = ? AND v.occurred_on <= ?)",
              stage.name(), period.end());
        }
      }
    }

    private void stages() {
      select(Count.ENTERED_STAGE, "v.stage", "COUNT(DISTINCT v.beneficiary_id)").fromPeople()
          .joinPerson("pathway_events", "v")
          .append(" LEFT JOIN " + db.table("pathway_events") + " v_before" + previousEvent("v", "v_before"))
          .whereInScope()
          .append(" AND " + isVisit("v", "v_before") + " AND v.occurred_on BETWEEN ? AND ?", period.start(), period.end())
          .append(" GROUP BY v.stage");
      select(Count.AT_STAGE_AT_END, "v.stage", "COUNT(*)").fromPeople()
          .joinPerson("pathway_events", "v").whereInScope()
          .append(" AND v.version = (SELECT MAX(l.version)" + visitsOfPerson("l") + " AND l.occurred_on <= ?)", period.end())
          .append(" GROUP BY v.stage");
    }

    private void outreach() {
      programmeRecordsDated(Count.OUTREACH_EVENTS_HELD, "outreach_events", "event_date");
      // A person counts once per event held, however many contacts they had at it.
      select(Count.OUTREACH_ATTENDANCES, "NULL", "COUNT(*)")
          .append(" FROM (SELECT DISTINCT a.beneficiary_id, a.outreach_event_id").fromPeople()
          .joinPerson("attendance_entries", "a")
          .append(" JOIN " + db.table("outreach_events") + " o ON o.tenant_id = ? AND o.outreach_event_id = a.outreach_event_id",
              tenant.value())
          .whereInScope()
          .append(" AND o.programme_id = ? AND o.event_date BETWEEN ? AND ?", programme.value(), period.start(), period.end())
          .append(") attendances");
    }

    private void welcomesAndReferrals() {
      select(Count.WELCOMED, "NULL", "COUNT(*)").fromPeople().whereInScope()
          .append(" AND EXISTS (SELECT 1" + welcomesOfPerson() + " AND w.welcomed_on BETWEEN ? AND ?)",
              period.start(), period.end());
      referralsProposed(Count.REFERRALS, "COUNT(*)");
      referralsProposed(Count.REFERRALS_STARTED, "COUNT(*)")
          .append(" AND r.status = ? AND r.status_on <= ?", ReferralStatus.STARTED.name(), period.end());
      referralsProposed(Count.PEOPLE_REFERRED, "COUNT(DISTINCT r.beneficiary_id)");
    }

    private Statement referralsProposed(Count count, String aggregate) {
      return select(count, "NULL", aggregate).fromPeople().joinPerson("indicator_referrals", "r").whereInScope()
          .append(" AND r.proposed_on BETWEEN ? AND ?", period.start(), period.end());
    }

    private void accompaniment() {
      if (scope.accompanimentStage().isEmpty()) {
        return; // no one can enter a stage the model does not have: both counts are 0
      }
      String stage = scope.accompanimentStage().get().name();
      select(Count.ACCOMPANIED, "NULL", "COUNT(*)").fromPeople().whereInScope()
          .append(" AND EXISTS (SELECT 1" + visitsOfPerson("v") + " AND v.stage = ? AND v.occurred_on BETWEEN ? AND ?)",
              stage, period.start(), period.end());
      // From the first day the person entered the accompaniment during the period: for those who did
      // not, the subquery is empty and the comparison with NULL leaves their appointments out.
      select(Count.APPOINTMENTS_ATTENDED_BY_ACCOMPANIED, "NULL", "COUNT(*)").fromPeople()
          .joinPerson("indicator_appointments", "a").whereInScope()
          .append(" AND a.status = ? AND a.scheduled_on <= ?", AppointmentStatus.ATTENDED.name(), period.end())
          .append(" AND a.scheduled_on >= (SELECT v.occurred_on" + visitsOfPerson("v")
              + " AND v.stage = ? AND v.occurred_on BETWEEN ? AND ? ORDER BY v.version FETCH FIRST 1 ROW ONLY)",
              stage, period.start(), period.end());
    }

    private void appointments() {
      appointmentsScheduled(Count.APPOINTMENTS_HELD_OR_MISSED)
          .append(" AND a.status IN (" + HELD.stream().map(s -> "?").collect(Collectors.joining(", ")) + ")",
              HELD.toArray());
      appointmentsScheduled(Count.APPOINTMENTS_MISSED).append(" AND a.status = ?", AppointmentStatus.NO_SHOW.name());
    }

    private Statement appointmentsScheduled(Count count) {
      return select(count, "NULL", "COUNT(*)").fromPeople().joinPerson("indicator_appointments", "a").whereInScope()
          .append(" AND a.scheduled_on BETWEEN ? AND ?", period.start(), period.end());
    }

    private void satisfaction() {
      answers(Count.SATISFACTION_RESPONSES);
      answers(Count.SATISFIED_RESPONSES).append(" AND s.satisfied = ?", true);
    }

    private Statement answers(Count count) {
      return select(count, "NULL", "COUNT(*)").fromPeople().joinPerson("indicator_satisfaction", "s").whereInScope()
          .append(" AND s.answered_on BETWEEN ? AND ?", period.start(), period.end());
    }

    /** Programme-wide, whoever the people are; site events at the scope's site only, if it has one. */
    private void activities() {
      programmeRecordsDated(Count.COLLABORATIVE_ACTIONS, "collaborative_actions", "action_date");
      programmeRecordsDated(Count.SITE_EVENTS, "site_events", "event_date");
      scope.site().ifPresent(site -> append(" AND x.site_id = ?", site.value()));
    }

    /** The programme's records of {@code table} (as {@code x}) dated ({@code dateColumn}) during the period. */
    private Statement programmeRecordsDated(Count count, String table, String dateColumn) {
      return select(count, "NULL", "COUNT(*)")
          .append(" FROM " + db.table(table) + " x WHERE x.tenant_id = ? AND x.programme_id = ?",
              tenant.value(), programme.value())
          .append(" AND x." + dateColumn + " BETWEEN ? AND ?", period.start(), period.end());
    }

    // ------------------------------------------------------------ the parts of the branches

    /** Starts a branch of the union: its count's name, its item (or NULL) and its number. */
    private Statement select(Count count, String item, String aggregate) {
      if (sql.length() > 0) {
        sql.append(" UNION ALL ");
      }
      return append("SELECT '" + count.name() + "' AS figure, " + item + " AS item, " + aggregate + " AS n");
    }

    private Statement fromPeople() {
      return append(" FROM " + db.table("beneficiaries") + " p");
    }

    /** Joins the person's rows of {@code table}, filtered on the tenant, as {@code alias}. */
    private Statement joinPerson(String table, String alias) {
      return append(" JOIN " + db.table(table) + " " + alias + " ON " + alias + ".tenant_id = ? AND "
          + alias + ".beneficiary_id = p.beneficiary_id", tenant.value());
    }

    /** The scope's people: the programme's, captured by the period's end, of its channel and site. */
    private Statement whereInScope() {
      whereOfProgramme();
      scope.channel().ifPresent(channel -> append(" AND p.capture_channel = ?", channel.name()));
      scope.site().ifPresent(site -> append(" AND COALESCE((SELECT w.site_id" + welcomesOfPerson()
              + " AND w.welcomed_on <= ? ORDER BY w.version DESC FETCH FIRST 1 ROW ONLY), p.capture_site_id) = ?",
          period.end(), site.value()));
      return this;
    }

    /** The programme's people captured by the period's end, whatever their channel and site. */
    private Statement whereOfProgramme() {
      return append(" WHERE p.tenant_id = ? AND p.programme_id = ? AND p.captured_on <= ?",
          tenant.value(), programme.value(), period.end());
    }

    /** {@code FROM} the welcomes of the person {@code p}, as {@code w}, for a correlated subquery. */
    private String welcomesOfPerson() {
      return " FROM " + db.table("indicator_welcomes") + " w WHERE w.tenant_id = p.tenant_id"
          + " AND w.beneficiary_id = p.beneficiary_id";
    }

    /** {@code FROM} the stage visits of the person {@code p}, as {@code alias}, for a correlated subquery. */
    private String visitsOfPerson(String alias) {
      String before = alias + "_before";
      return " FROM " + db.table("pathway_events") + " " + alias
          + " LEFT JOIN " + db.table("pathway_events") + " " + before + previousEvent(alias, before)
          + " WHERE " + alias + ".tenant_id = p.tenant_id AND " + alias + ".beneficiary_id = p.beneficiary_id"
          + " AND " + isVisit(alias, before);
    }

    /** The join condition of {@code event}'s previous event, as {@code before}. */
    private static String previousEvent(String event, String before) {
      return " ON " + before + ".tenant_id = " + event + ".tenant_id AND " + before + ".beneficiary_id = "
          + event + ".beneficiary_id AND " + before + ".version = " + event + ".version - 1";
    }

    /** Whether core's fold records a stage visit at {@code event}, given its previous event {@code before} (if any). */
    private static String isVisit(String event, String before) {
      return "(" + before + ".version IS NULL OR " + before + ".stage <> " + event + ".stage OR " + event
          + ".event_type IN (" + VISITS_AT_ANY_STAGE + "))";
    }

    private Statement append(String text, Object... values) {
      sql.append(text);
      parameters.addAll(Arrays.asList(values));
      return this;
    }
  }
}
