package eu.projectresolution.mobilisation.examples;

import com.fasterxml.jackson.core.JsonProcessingException;
import eu.projectresolution.mobilisation.TenantId;
import eu.projectresolution.mobilisation.engine.MobilisationEngine;
import eu.projectresolution.mobilisation.examples.report.ReportHtml;
import eu.projectresolution.mobilisation.examples.report.ReportText;
import eu.projectresolution.mobilisation.examples.scenario.Scenario;
import eu.projectresolution.mobilisation.examples.scenario.Scenarios;
import eu.projectresolution.mobilisation.indicator.IndicatorCsv;
import eu.projectresolution.mobilisation.indicator.IndicatorReport;
import eu.projectresolution.mobilisation.indicator.ReportResult;
import eu.projectresolution.mobilisation.indicator.ReportScope;
import eu.projectresolution.mobilisation.json.MobilisationJson;
import eu.projectresolution.mobilisation.programme.ProgrammeId;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code report}: the indicator report of a stored programme, as text, JSON, CSV or an HTML page with charts. */
@Command(
    name = "report",
    sortOptions = false,
    mixinStandardHelpOptions = true,
    description = {
      "Prints the indicator report the engine computes from a programme's stored records: every figure with",
      "its numerator, denominator and rule. Run a scenario first (e.g. 'run sipa-montbeliard'), with the same",
      "--data-dir or --jdbc-url. The HTML page holds its charts (funnel, channels, before/after, positive exits",
      "by rule set, ESF+ by gender) inline: it opens offline in any browser."
    })
final class ReportCommand implements Callable<Integer> {
  enum Format {
    text,
    json,
    csv,
    html
  }

  enum CsvSeparator {
    comma,
    semicolon
  }

  @Option(names = {"-f", "--format"}, defaultValue = "text", paramLabel = "<format>",
      description = "text (default), json, csv or html.")
  Format format;

  @Option(names = {"-o", "--output"}, paramLabel = "<file>",
      description = "Write to this file (default: the screen; for html, <programme>-report.html here).")
  Path output;

  @Option(names = "--csv-separator", defaultValue = "comma", paramLabel = "<separator>",
      description = "comma (decimal point) or semicolon (decimal comma, as French Excel expects); default: ${DEFAULT-VALUE}.")
  CsvSeparator csvSeparator;

  @Option(names = "--scenario", defaultValue = "sipa-montbeliard", paramLabel = "<scenario>",
      description = "The scenario whose records to report on (default: ${DEFAULT-VALUE}).")
  String scenario;

  @Option(names = "--programme", defaultValue = "sipa-montbeliard", paramLabel = "<id>",
      description = "The programme (default: ${DEFAULT-VALUE}).")
  String programme;

  @Option(names = "--tenant", paramLabel = "<code>", description = "The partner organisation (default: the scenario's).")
  String tenant;

  @Option(names = "--from", paramLabel = "<date>", description = "First day of the period (default: the programme's).")
  LocalDate from;

  @Option(names = "--to", paramLabel = "<date>", description = "Last day of the period (default: the programme's).")
  LocalDate to;

  @Mixin StoreOptions storeOptions;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    Scenario records =
        Scenarios.find(scenario).filter(Scenario::keepsRecords)
            .orElseThrow(() -> new CommandFailure("Unknown scenario '" + scenario + "' for --scenario: choose one of "
                + Scenarios.names() + " that keeps records (e.g. sipa-montbeliard)"));
    TenantId owner = parse(() -> TenantId.of(tenant == null ? records.tenant() : tenant), "--tenant");
    ProgrammeId id = parse(() -> ProgrammeId.of(programme), "--programme");
    IndicatorReport report;
    try (Store store = storeOptions.open(records.schema(), false)) {
      MobilisationEngine engine = MobilisationEngine.builder().storage(store.storage()).build();
      if (engine.programme(owner, id).isEmpty()) {
        throw new CommandFailure("No programme " + id + " is stored for tenant " + owner + " " + store.description()
            + ": run 'run " + records.name() + "' first, with the same --data-dir or --jdbc-url");
      }
      ReportScope.Builder scope = ReportScope.builder().programmeId(id);
      if (from != null) {
        scope.start(from);
      }
      if (to != null) {
        scope.end(to);
      }
      ReportResult result = engine.indicatorReport(owner, scope.build());
      if (result.refused()) {
        throw new CommandFailure("The report cannot be computed: " + result.refusal().orElseThrow().message());
      }
      report = result.orElseThrow();
    }
    byte[] content = render(report);
    PrintWriter out = spec.commandLine().getOut();
    Path target = output != null ? output : format == Format.html ? Path.of(programme + "-report.html") : null;
    if (target == null) {
      out.print(new String(content, StandardCharsets.UTF_8));
    } else {
      Inputs.write(target, content);
      out.println("Wrote the " + format + " report of " + report.programmeName() + " to " + target);
    }
    out.flush();
    return 0;
  }

  private byte[] render(IndicatorReport report) {
    return switch (format) {
      case text -> {
        StringWriter text = new StringWriter();
        ReportText.print(report, new PrintWriter(text));
        yield text.toString().getBytes(StandardCharsets.UTF_8);
      }
      case json -> {
        try {
          yield (MobilisationJson.objectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(report) + "\n")
              .getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
          throw new CommandFailure("Could not write the report as JSON: " + e.getOriginalMessage(), e);
        }
      }
      case csv -> IndicatorCsv.toBytes(
          report, csvSeparator == CsvSeparator.semicolon ? IndicatorCsv.Format.SEMICOLON : IndicatorCsv.Format.COMMA);
      case html -> ReportHtml.of(report).getBytes(StandardCharsets.UTF_8);
    };
  }

  private static <T> T parse(java.util.function.Supplier<T> value, String option) {
    try {
      return value.get();
    } catch (IllegalArgumentException e) {
      throw new CommandFailure(option + ": " + e.getMessage(), e);
    }
  }
}
