package eu.projectresolution.mobilisation.examples.report;

import static java.util.Objects.requireNonNull;

import eu.projectresolution.mobilisation.countrypack.CountryPack;
import eu.projectresolution.mobilisation.countrypack.CountryPacks;
import eu.projectresolution.mobilisation.countrypack.PackScheme;
import eu.projectresolution.mobilisation.indicator.IndicatorReport;
import eu.projectresolution.mobilisation.programme.Programme;
import eu.projectresolution.mobilisation.programme.Site;
import eu.projectresolution.mobilisation.programme.Territory;
import eu.projectresolution.mobilisation.transfer.TransferWords;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What a report's heading says of its programme beyond the report's own fields, in the reader's language:
 * the site it is narrowed to by its name ("SIPA Audincourt", not {@code site-audincourt}), and the
 * programme's territory with its kind and country, and the public employment service of the country pack
 * the programme declares ({@link Programme#countryPack()}). Without the programme's declaration (a report
 * read on its own), the site is named by its id and the territory is not told.
 */
public final class ReportHeading {
  private final IndicatorReport report;
  private final Optional<Programme> programme;

  private ReportHeading(IndicatorReport report, Optional<Programme> programme) {
    this.report = requireNonNull(report, "report");
    this.programme = requireNonNull(programme, "programme");
  }

  /** The heading of {@code report}, of {@code programme}'s records. */
  public static ReportHeading of(IndicatorReport report, Optional<Programme> programme) {
    return new ReportHeading(report, programme);
  }

  /** The site the report is narrowed to, by its name when the programme declares it; empty for the whole programme. */
  public Optional<String> site() {
    return report.site().map(id -> programme.flatMap(p -> p.site(id)).map(Site::name).orElse(id.value()));
  }

  /**
   * The programme's territory in words, e.g. "Territory: Pays de Montbéliard (urban, France); public employment
   * service: France Travail; Cap emploi (country pack fr)"; empty without the programme's declaration.
   *
   * @throws IllegalArgumentException if the programme declares a country pack that is not known
   */
  public Optional<String> territory(ReportWords words) {
    if (programme.isEmpty()) {
      return Optional.empty();
    }
    Locale locale = words.locale();
    Territory territory = programme.get().territory();
    String line = words.text("territory", territory.name(), TransferWords.of(locale).name(territory.type()),
        new Locale("", territory.country().value()).getDisplayCountry(locale));
    Optional<CountryPack> pack = CountryPacks.standard().packOf(programme.get());
    return Optional.of(line + pack.map(p -> words.text("territory.pack",
        p.publicEmploymentServices(Optional.empty()).stream().map(PackScheme::name).collect(Collectors.joining("; ")),
        p.id())).orElse(""));
  }
}
