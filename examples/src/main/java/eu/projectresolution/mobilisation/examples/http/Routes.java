package eu.projectresolution.mobilisation.examples.http;

import eu.projectresolution.mobilisation.Refusal;
import eu.projectresolution.mobilisation.RefusalCode;
import eu.projectresolution.mobilisation.TenantId;
import eu.projectresolution.mobilisation.beneficiary.BeneficiaryId;
import eu.projectresolution.mobilisation.capture.OutreachEvent;
import eu.projectresolution.mobilisation.engine.ImportReport;
import eu.projectresolution.mobilisation.engine.MobilisationEngine;
import eu.projectresolution.mobilisation.engine.PathwayCommand;
import eu.projectresolution.mobilisation.examples.http.HttpApi.Reply;
import eu.projectresolution.mobilisation.examples.http.HttpApi.TenantHandler;
import eu.projectresolution.mobilisation.indicator.ReportResult;
import eu.projectresolution.mobilisation.indicator.ReportScope;
import eu.projectresolution.mobilisation.pathway.Stage;
import eu.projectresolution.mobilisation.programme.CollaborativeAction;
import eu.projectresolution.mobilisation.programme.Programme;
import eu.projectresolution.mobilisation.programme.ProgrammeId;
import eu.projectresolution.mobilisation.programme.SiteEvent;
import eu.projectresolution.mobilisation.programme.SiteId;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * The routes of the API, each a command or a query of the engine for the tenant of the request's key.
 * {@code openapi.json} (beside this class) describes each; {@code OpenApiDocumentTest} checks that it
 * names exactly these.
 */
final class Routes {
  static final String BASE = "/api/v1";

  /** Registers a route: its method, its path (with {@code {parameters}}) and what it does. */
  @FunctionalInterface
  interface Registrar {
    void add(HandlerType method, String path, TenantHandler handler);
  }

  private final MobilisationEngine engine;
  private final JsonBodies bodies;

  Routes(MobilisationEngine engine, JsonBodies bodies) {
    this.engine = engine;
    this.bodies = bodies;
  }

  void register(Registrar routes) {
    routes.add(HandlerType.POST, BASE + "/programmes", (ctx, tenant) ->
        Reply.of(engine.registerProgramme(tenant, bodies.read(ctx.bodyAsBytes(), Programme.class))));
    routes.add(HandlerType.GET, BASE + "/programmes/{programmeId}", (ctx, tenant) -> {
      ProgrammeId id = pathParam(ctx, "programmeId", ProgrammeId::of);
      return engine.programme(tenant, id).map(Reply::ok)
          .orElseGet(() -> Reply.of(ApiProblem.notFound("No programme " + id + " is recorded for your organisation")));
    });
    routes.add(HandlerType.GET, BASE + "/programmes/{programmeId}/report", (ctx, tenant) -> report(ctx, tenant));
    routes.add(HandlerType.GET, BASE + "/programmes/{programmeId}/stages", (ctx, tenant) -> {
      ProgrammeId id = knownProgramme(ctx, tenant);
      Map<String, Long> counts = new LinkedHashMap<>(); // in funnel order
      engine.countByStage(tenant, id).forEach((stage, count) -> counts.put(stage.name(), count));
      return Reply.ok(counts);
    });
    routes.add(HandlerType.GET, BASE + "/programmes/{programmeId}/stages/{stage}/beneficiaries", (ctx, tenant) -> {
      ProgrammeId id = knownProgramme(ctx, tenant);
      return Reply.ok(engine.beneficiariesAt(tenant, id, pathParam(ctx, "stage", Stage::of)));
    });
    // Programme-level records: not part of a pathway, each made idempotent by its own id.
    routes.add(HandlerType.POST, BASE + "/outreach-events", (ctx, tenant) ->
        Reply.of(engine.recordOutreachEvent(tenant, bodies.read(ctx.bodyAsBytes(), OutreachEvent.class))));
    routes.add(HandlerType.POST, BASE + "/collaborative-actions", (ctx, tenant) ->
        Reply.of(engine.recordCollaborativeAction(tenant, bodies.read(ctx.bodyAsBytes(), CollaborativeAction.class))));
    routes.add(HandlerType.POST, BASE + "/site-events", (ctx, tenant) ->
        Reply.of(engine.recordSiteEvent(tenant, bodies.read(ctx.bodyAsBytes(), SiteEvent.class))));
    for (CommandKind kind : CommandKind.values()) {
      routes.add(HandlerType.POST, BASE + "/commands/" + kind.urlName(), (ctx, tenant) -> {
        PathwayCommand command = bodies.read(ctx.bodyAsBytes(), kind.type());
        return Reply.of(CommandKind.send(engine, tenant, command));
      });
    }
    routes.add(HandlerType.POST, BASE + "/imports", (ctx, tenant) -> {
      JsonBodies.Import batch = bodies.readImport(ctx.bodyAsBytes());
      ImportReport report = engine.importCommands(tenant, batch.commands(), batch.mode());
      return Reply.ok(report);
    });
    routes.add(HandlerType.GET, BASE + "/pathways/{beneficiaryId}", (ctx, tenant) -> {
      BeneficiaryId id = pathParam(ctx, "beneficiaryId", BeneficiaryId::of);
      // Another tenant's person is not found either: the answer does not tell whether they exist.
      return engine.pathway(tenant, id).map(Reply::ok)
          .orElseGet(() -> Reply.of(ApiProblem.notFound("No pathway of beneficiary " + id + " is recorded for your organisation")));
    });
  }

  /** The programme of the path, which the tenant must have registered: another's is not found. */
  private ProgrammeId knownProgramme(Context ctx, TenantId tenant) {
    ProgrammeId id = pathParam(ctx, "programmeId", ProgrammeId::of);
    if (engine.programme(tenant, id).isEmpty()) {
      throw new NotFound("No programme " + id + " is recorded for your organisation");
    }
    return id;
  }

  /** A record the tenant does not hold. */
  static final class NotFound extends RuntimeException {
    private static final long serialVersionUID = 1L;

    NotFound(String message) {
      super(message, null, false, false);
    }
  }

  private Reply report(Context ctx, TenantId tenant) {
    ProgrammeId id = pathParam(ctx, "programmeId", ProgrammeId::of);
    ReportScope.Builder scope = ReportScope.builder().programmeId(id);
    LocalDate from = date(ctx, "from");
    LocalDate to = date(ctx, "to");
    if (from != null) {
      scope.start(from);
    }
    if (to != null) {
      scope.end(to);
    }
    String site = ctx.queryParam("site");
    if (site != null) {
      scope.site(parse(site, "site", SiteId::of));
    }
    ReportResult result = engine.indicatorReport(tenant, scope.build());
    if (result.refusal().isPresent()) {
      Refusal refusal = result.refusal().orElseThrow();
      if (refusal.code() == RefusalCode.UNKNOWN_PROGRAMME) {
        return Reply.of(ApiProblem.notFound(refusal.message()));
      }
      return new Reply(422, refusal);
    }
    return Reply.ok(result.report().orElseThrow());
  }

  private static LocalDate date(Context ctx, String name) {
    String value = ctx.queryParam(name);
    if (value == null) {
      return null;
    }
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw new JsonBodies.BadRequest(name + " must be a date such as 2017-03-14", name);
    }
  }

  private static <T> T pathParam(Context ctx, String name, Function<String, T> parser) {
    return parse(ctx.pathParam(name), name, parser);
  }

  private static <T> T parse(String value, String name, Function<String, T> parser) {
    try {
      return parser.apply(value);
    } catch (IllegalArgumentException e) {
      throw new JsonBodies.BadRequest(name + " is not valid: " + e.getMessage(), name);
    }
  }
}
