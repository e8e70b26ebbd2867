package eu.projectresolution.mobilisation.practice;

import eu.projectresolution.mobilisation.programme.Language;
import static org.quicktheories.generators.SourceDSL.integers;

import eu.projectresolution.mobilisation.programme.CountryCode;
import eu.projectresolution.mobilisation.programme.Measure;
import eu.projectresolution.mobilisation.programme.Money;
import eu.projectresolution.mobilisation.programme.Period;
import eu.projectresolution.mobilisation.programme.StaffRole;
import eu.projectresolution.mobilisation.programme.TerritoryType;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;

/** QuickTheories generators of valid practice sheets: every rule holds, every optional part sometimes present. */
final class SheetGenerators {
  private static final List<String> WORDS = List.of(
      "accueil", "Recrut'Café", "quartier", "emploi", "d'insertion", "élan", "Ñandú", "volley", "2019", "naïve",
      "\"citation\"", "ligne\nsuivante", "x", "Génération", "ÉQUIPE", "façade", "l'été");
  private static final List<String> NON_WORDS = List.of("«", "»", "•", "—", "-", ":", "...");
  private static final List<Language> LANGUAGES = List.of(
      Language.FRENCH, Language.ENGLISH, Language.SPANISH, Language.ITALIAN, Language.of("nl"), Language.of("de"));
  private static final List<String> COUNTRIES = List.of("FR", "ES", "IT", "BE", "DE", "PT");
  private static final List<String> CURRENCIES = List.of("EUR", "CHF", "GBP", "SEK");

  private SheetGenerators() {}

  static Gen<PracticeSheet> sheets() {
    return in -> new Draw(in).sheet();
  }

  /** Draws values from QuickTheories' randomness, so that failures shrink and replay. */
  private static final class Draw {
    private final RandomnessSource in;

    Draw(RandomnessSource in) {
      this.in = in;
    }

    int between(int low, int high) {
      return integers().between(low, high).generate(in);
    }

    boolean chance() {
      return between(0, 1) == 1;
    }

    <T> T pick(List<T> values) {
      return values.get(between(0, values.size() - 1));
    }

    <T> List<T> list(int min, int max, Supplier<T> item) {
      int size = between(min, max);
      List<T> items = new ArrayList<>();
      for (int i = 0; i < size; i++) {
        items.add(item.get());
      }
      return items;
    }

    /** Distinct values in a random order, at least {@code min}. */
    <E extends Enum<E>> List<E> subset(Class<E> type, int min) {
      List<E> all = new ArrayList<>(Arrays.asList(type.getEnumConstants()));
      Collections.shuffle(all, new java.util.Random(between(0, Integer.MAX_VALUE - 1)));
      return all.subList(0, between(min, all.size()));
    }

    String text(int maxTokens) {
      List<String> tokens = list(1, maxTokens, () -> between(0, 5) == 0 ? pick(NON_WORDS) : pick(WORDS));
      if (tokens.stream().allMatch(NON_WORDS::contains)) {
        tokens.add(pick(WORDS));
      }
      return String.join(pick(List.of(" ", " ", "  ", "\n", " \n\n")), tokens);
    }

    LocalizedText localized(Language... required) {
      Map<Language, String> texts = new LinkedHashMap<>();
      for (Language language : required) {
        texts.put(language, text(8));
      }
      for (Language language : LANGUAGES) {
        if (between(0, 3) == 0 || (texts.isEmpty() && language.equals(LANGUAGES.get(LANGUAGES.size() - 1)))) {
          texts.put(language, text(8));
        }
      }
      if (texts.isEmpty()) {
        texts.put(pick(LANGUAGES), text(8));
      }
      return LocalizedText.of(texts);
    }

    List<LocalizedText> texts(int min, int max) {
      return list(min, max, () -> localized());
    }

    /** A summary at most 250 words long in each language, sometimes exactly 250. */
    LocalizedText summary() {
      Map<Language, String> texts = new LinkedHashMap<>();
      for (Language language : LANGUAGES.subList(0, between(1, 3))) {
        int words = pick(List.of(1, between(1, 250), Initiative.MAX_SUMMARY_WORDS));
        String word = pick(WORDS.stream().filter(w -> Initiative.countWords(w) == 1).toList());
        texts.put(language, String.join(" ", Collections.nCopies(words, word)));
      }
      return LocalizedText.of(texts);
    }

    <T> java.util.Optional<T> maybe(Supplier<T> value) {
      return chance() ? java.util.Optional.of(value.get()) : java.util.Optional.empty();
    }

    /** A decimal with no trailing zero, so that it is written and read back with the same scale. */
    BigDecimal decimal() {
      int scale = between(0, 2);
      long unscaled = between(0, 5_000_000);
      if (scale > 0 && unscaled % 10 == 0) {
        unscaled++;
      }
      return BigDecimal.valueOf(unscaled, scale);
    }

    URI url() {
      return URI.create(pick(List.of("http", "https")) + "://www." + pick(List.of("ideis-asso.fr", "example.org"))
          + "/" + pick(List.of("", "video.mp4", "fiche?id=" + between(0, 99))));
    }

    PracticeSheet sheet() {
      return PracticeSheet.builder()
          .id(PracticeSheetId.of("sheet-" + between(0, 999)))
          .organisation(organisation())
          .initiative(initiative())
          .implementation(implementation())
          .impact(impact())
          .transferability(transferability())
          .build();
    }

    Organisation organisation() {
      return Organisation.builder()
          .name(text(4))
          .city(text(2))
          .country(CountryCode.of(pick(COUNTRIES)))
          .contact(maybe(() -> "contact" + between(0, 99) + "@example.org"))
          .website(maybe(this::url))
          .build();
    }

    Initiative initiative() {
      Language original = pick(LANGUAGES);
      List<Domain> domains = subset(Domain.class, 1);
      LocalDate start = LocalDate.of(2000, 1, 1).plusDays(between(0, 9000));
      return Initiative.builder()
          .title(localized(Language.FRENCH, original))
          .originalLanguage(original)
          .domains(domains)
          .otherDomain(domains.contains(Domain.OTHER) ? java.util.Optional.of(localized()) : java.util.Optional.empty())
          .partners(texts(0, 3))
          .coverage(pick(Arrays.asList(GeographicCoverage.values())))
          .period(Period.of(start, start.plusDays(between(0, 2000))))
          .summary(summary())
          .territoryTypes(subset(TerritoryType.class, 0))
          .build();
    }

    Implementation implementation() {
      List<TargetGroup> groups = subset(TargetGroup.class, 1);
      return Implementation.builder()
          .targetGroups(groups)
          .otherPeopleFarFromEmployment(groups.contains(TargetGroup.OTHER_PEOPLE_FAR_FROM_EMPLOYMENT)
              ? java.util.Optional.of(localized()) : java.util.Optional.empty())
          .otherProfessionals(groups.contains(TargetGroup.OTHER_PROFESSIONALS)
              ? java.util.Optional.of(localized()) : java.util.Optional.empty())
          .objectives(texts(1, 3))
          .keyActivities(texts(0, 2))
          .signatureTools(list(0, 1, this::signatureTool))
          .professionalsInvolved(texts(0, 2))
          .coordination(list(0, 3, () -> CoordinationRole.builder()
              .role(localized())
              .headcount(between(1, 50))
              .staffRole(maybe(() -> pick(Arrays.asList(StaffRole.values()))))
              .build()))
          .resources(maybe(() -> Resources.builder()
              .fullTimeEquivalent(maybe(this::decimal))
              .budget(maybe(() -> Money.of(decimal(), Currency.getInstance(pick(CURRENCIES)))))
              .build()))
          .build();
    }

    SignatureTool signatureTool() {
      return SignatureTool.builder()
          .name(localized())
          .goals(texts(0, 2))
          .pilot(maybe(() -> localized()))
          .actors(texts(0, 2))
          .organisationSteps(texts(0, 3))
          .roles(list(0, 2, () -> ToolRole.builder()
              .holder(localized())
              .context(maybe(() -> localized()))
              .duties(texts(1, 3))
              .build()))
          .addedValue(texts(0, 2))
          .build();
    }

    Impact impact() {
      return Impact.builder()
          .expectedImpacts(list(0, 2, () -> ExpectedImpact.builder().impact(localized()).details(texts(0, 2)).build()))
          .results(list(0, 3, () -> ResultStatement.builder()
              .text(localized())
              .origin(pick(Arrays.asList(ResultOrigin.values())))
              .measures(subset(Measure.class, 0))
              .build()))
          .evaluation(maybe(() -> Evaluation.builder().summary(localized()).findings(texts(0, 2)).build()))
          .testimonials(list(0, 2, this::testimonial))
          .build();
    }

    Testimonial testimonial() {
      Testimonial.Builder testimonial = Testimonial.builder()
          .source(pick(Arrays.asList(TestimonialSource.values())))
          .author(maybe(() -> localized()))
          .about(maybe(() -> localized()))
          .strengths(texts(0, 2))
          .weaknesses(texts(0, 2))
          .mediaLinks(list(0, 2, () -> MediaLink.builder()
              .url(url())
              .kind(pick(Arrays.asList(MediaKind.values())))
              .title(maybe(() -> localized()))
              .build()));
      Testimonial draft = testimonial.build();
      boolean saysSomething = !draft.strengths().isEmpty() || !draft.weaknesses().isEmpty() || !draft.mediaLinks().isEmpty();
      return saysSomething && chance() ? draft : Testimonial.builder().from(draft).text(localized()).build();
    }

    Transferability transferability() {
      AppliedElsewhere applied = pick(Arrays.asList(AppliedElsewhere.values()));
      return Transferability.builder()
          .appliedElsewhere(applied)
          .whereApplied(applied.needsPlaces() ? list(1, 2, this::place) : List.of())
          .enablingCriteria(texts(0, 2))
          .applicability(maybe(() -> localized()))
          .transferableActions(texts(0, 2))
          .essentialElements(texts(0, 2))
          .build();
    }

    PlaceApplied place() {
      return PlaceApplied.builder()
          .place(text(3))
          .country(CountryCode.of(pick(COUNTRIES)))
          .territoryTypes(subset(TerritoryType.class, 0))
          .since(maybe(() -> LocalDate.of(2010, 1, 1).plusDays(between(0, 5000))))
          .differences(maybe(() -> localized()))
          .build();
    }
  }
}
