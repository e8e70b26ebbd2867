package eu.projectresolution.mobilisation.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import eu.projectresolution.mobilisation.contract.Fixtures;
import eu.projectresolution.mobilisation.practice.PracticeSheet;
import eu.projectresolution.mobilisation.practice.PracticeSheetJson;
import eu.projectresolution.mobilisation.practice.ResultOrigin;
import eu.projectresolution.mobilisation.practice.ResultStatement;
import eu.projectresolution.mobilisation.practice.SipaPracticeSheet;
import eu.projectresolution.mobilisation.programme.Language;
import eu.projectresolution.mobilisation.programme.Measure;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Numbers read back to their value, and any report fills the SIPA sheet into a valid, stable sheet. */
class SheetResultsProperties {
  private static final PracticeSheet SIPA_SHEET = SipaPracticeSheet.load();
  private static final PracticeSheetJson JSON = PracticeSheetJson.create();

  @Test
  void everyWrittenNumberReadsBackToItsValue() {
    qt().withExamples(200).forAll(longs().between(-1_000_000_000_000L, 1_000_000_000_000L), integers().between(0, 2))
        .checkAssert((unscaled, scale) -> {
          BigDecimal value = BigDecimal.valueOf(unscaled, scale);
          String french = NumberStyle.FRENCH.number(value);
          String english = NumberStyle.ENGLISH.number(value);
          assertThat(new BigDecimal(french.replace("\u202F", "").replace(',', '.'))).isEqualByComparingTo(value);
          assertThat(new BigDecimal(english.replace(",", ""))).isEqualByComparingTo(value);
          String wholeDigits = english.replaceFirst("^-", "").replaceFirst("\\..*", "");
          assertThat(wholeDigits).as("groups of three after the first").matches("\\d{1,3}(,\\d{3})*");
          assertThat(french.replace('\u202F', 'G').replace(',', 'D'))
              .as("the same digits and groups as in English")
              .isEqualTo(english.replace(',', 'G').replace('.', 'D'));
        });
  }

  @Test
  void anyReportFillsTheSipaSheetIntoAValidSheetThatRoundTripsAndRefillsTheSame() {
    qt().withExamples(60)
        .forAll(lists().of(integers().between(0, 30_000)).ofSize(6), integers().between(0, (1 << 6) - 1))
        .checkAssert((counts, notComputable) -> {
          IndicatorReport report = report(counts, notComputable);
          SheetResults results = SheetResults.of(report).withShortName("SIPA").withBaselinesOf(Fixtures.sipa());
          PracticeSheet filled = results.fill(SIPA_SHEET);

          assertThat(JSON.problems(filled)).isEmpty();
          String written = JSON.write(filled);
          assertThat(JSON.read(written)).isEqualTo(filled);
          assertThat(results.fill(filled)).isEqualTo(filled);
          assertThat(filled.impact().results().stream().filter(r -> r.origin() == ResultOrigin.DECLARED).toList())
              .isEqualTo(SIPA_SHEET.impact().results());

          // One sentence per computable count, each starting with the count in both conventions.
          for (Measure measure : List.of(Measure.PEOPLE_WELCOMED, Measure.REFERRALS, Measure.SITE_EVENTS)) {
            Figure figure = report.figure(FigureCodes.achieved(measure)).orElseThrow();
            List<ResultStatement> about =
                results.statements().stream().filter(s -> s.measures().contains(measure)).toList();
            if (figure.computable()) {
              assertThat(about).hasSize(1);
              assertThat(about.get(0).text().in(Language.FRENCH))
                  .startsWith(NumberStyle.FRENCH.number(figure.requireValue()) + " ");
              assertThat(about.get(0).text().in(Language.ENGLISH))
                  .startsWith(NumberStyle.ENGLISH.number(figure.requireValue()) + " ");
            } else {
              assertThat(about).isEmpty();
            }
          }
        });
  }

  /** A SIPA-like report with six counts drawn, and the figures whose bit is set in {@code notComputable} not computable. */
  private static IndicatorReport report(List<Integer> counts, int notComputable) {
    int welcomed = counts.get(0);
    int referrals = counts.get(1);
    int accompanied = counts.get(2) % 600;
    int positive = accompanied == 0 ? 0 : counts.get(3) % (accompanied + 1);
    int answers = counts.get(4) % 400;
    int siteEvents = counts.get(5);
    HandBuiltReport report = HandBuiltReport.sipa()
        .count(FigureCodes.WELCOMED, Unit.PEOPLE, welcomed, null)
        .growth(Measure.PEOPLE_WELCOMED, welcomed, 13_710)
        .count(FigureCodes.REFERRALS, Unit.RECORDS, referrals, null)
        .target(Measure.REFERRALS, referrals, 3_000)
        .count(FigureCodes.ACCOMPANIED, Unit.PEOPLE, accompanied, null)
        .count(FigureCodes.SIPA_POSITIVE_EXITS, Unit.PEOPLE, positive, (long) accompanied)
        .count(FigureCodes.SITE_EVENTS, Unit.RECORDS, siteEvents, null);
    if (accompanied > 0) {
      report.share(FigureCodes.SIPA_POSITIVE_EXIT_RATE, positive, accompanied);
    } else {
      report.notComputable(FigureCodes.SIPA_POSITIVE_EXIT_RATE, Unit.PERCENT, "empty cohort");
    }
    if (answers > 0) {
      report.share(FigureCodes.SATISFACTION_RATE, answers / 2, answers);
    } else {
      report.notComputable(FigureCodes.SATISFACTION_RATE, Unit.PERCENT, "no one answered");
    }
    List<FigureCode> droppable = List.of(FigureCodes.WELCOMED, FigureCodes.REFERRALS, FigureCodes.SITE_EVENTS,
        FigureCodes.growth(Measure.PEOPLE_WELCOMED), FigureCodes.PES_REGISTRATION_AFTER_EXIT,
        FigureCodes.COST_PER_POSITIVE_EXIT);
    for (int i = 0; i < droppable.size(); i++) {
      if ((notComputable & (1 << i)) != 0) {
        FigureCode code = droppable.get(i);
        report.notComputable(code, report.build().figure(code).orElseThrow().unit(), "dropped by the test");
      }
    }
    return report.build();
  }
}
