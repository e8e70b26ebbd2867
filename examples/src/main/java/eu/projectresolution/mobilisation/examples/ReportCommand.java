package eu.projectresolution.mobilisation.examples;

import com.fasterxml.jackson.core.JsonProcessingException;
import eu.projectresolution.mobilisation.examples.report.ReportHtml;
import eu.projectresolution.mobilisation.examples.report.ReportText;
import eu.projectresolution.mobilisation.examples.report.ReportWords;
import eu.projectresolution.mobilisation.examples.text.Words;
import eu.projectresolution.mobilisation.indicator.FigureLabels;
import eu.projectresolution.mobilisation.indicator.IndicatorCsv;
import eu.projectresolution.mobilisation.indicator.IndicatorReport;
import eu.projectresolution.mobilisation.json.MobilisationJson;
import eu.projectresolution.mobilisation.programme.Programme;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
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
      "Prints the indicator report the engine computes from a programme's stored records: every figure with "
          + "its numerator, denominator and rule. Run a scenario first (e.g. 'run sipa-montbeliard'), with the same "
          + "--data-dir or --jdbc-url. The HTML page holds its charts (funnel, channels, before/after, positive exits "
          + "by rule set, ESF+ by gender) inline: it opens offline in any browser."
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

  @Option(names = "--from", paramLabel = "<date>", description = "First day of the period (default: the programme's).")
  LocalDate from;

  @Option(names = "--to", paramLabel = "<date>", description = "Last day of the period (default: the programme's).")
  LocalDate to;

  @Mixin StoredProgramme stored;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    Words words = Main.words(spec);
    Locale locale = words.locale();
    StoredProgramme.Reported reported = stored.report(from, to, words);
    IndicatorReport report = FigureLabels.of(locale).translate(reported.report());
    byte[] content = render(report, reported.programme(), ReportWords.of(locale));
    PrintWriter out = spec.commandLine().getOut();
    Path target = output != null ? output : format == Format.html ? Path.of(report.programmeId() + "-report.html") : null;
    if (target == null) {
      out.print(new String(content, StandardCharsets.UTF_8));
    } else {
      Inputs.write(target, content);
      out.println(words.text("report.wrote", format, report.programmeName(), target));
    }
    out.flush();
    return 0;
  }

  private byte[] render(IndicatorReport report, Programme programme, ReportWords words) {
    return switch (format) {
      case text -> {
        StringWriter text = new StringWriter();
        ReportText.print(report, programme, new PrintWriter(text), words);
        yield text.toString().getBytes(StandardCharsets.UTF_8);
      }
      case json -> {
        try {
          yield (MobilisationJson.objectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(report) + "\n")
              .getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
          throw new CommandFailure(Main.words(spec).text("report.json_failed", e.getOriginalMessage()), e);
        }
      }
      case csv -> IndicatorCsv.toBytes(
          report, csvSeparator == CsvSeparator.semicolon ? IndicatorCsv.Format.SEMICOLON : IndicatorCsv.Format.COMMA,
          words.locale());
      case html -> ReportHtml.of(report, Optional.of(programme), words.locale()).getBytes(StandardCharsets.UTF_8);
    };
  }
}
