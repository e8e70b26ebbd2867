package eu.projectresolution.mobilisation.transfer;

import static java.util.Objects.requireNonNull;

import eu.projectresolution.mobilisation.countrypack.PackScheme;
import eu.projectresolution.mobilisation.programme.Language;
import eu.projectresolution.mobilisation.programme.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.stream.Collectors;

/**
 * A transferability assessment in the reader's language: a partner in Castilla-La Mancha reads why SIPA
 * would work in its village, element by element, in Spanish. The verdicts, the requirements, what the
 * territory has instead, the adaptations and SIPA's own texts (its elements, its adaptations) are worded
 * from the bundles {@code eu/projectresolution/mobilisation/transfer/transfer_words*.properties} (UTF-8),
 * English being the base; numbers and amounts follow the language's conventions.
 *
 * <pre>{@code
 * TransferWords spanish = TransferWords.of(Locale.forLanguageTag("es"));
 * String text = spanish.explain(assessment, context);
 * // SIPA - Sites d'Information, de Projets et d'Accompagnement → Un municipio de 2.000 habitantes...
 * // Veredicto: se transfiere con adaptaciones (transferible); puntuación 0,708 (17 de 24 puntos; ...)
 * }</pre>
 *
 * <p>A rule file's own texts (element names, adaptation descriptions) are shown as written unless a bundle
 * holds them under {@code practice.<practice code>.element.<id>} and {@code practice.<practice code>.adaptation.<id>}:
 * the shipped bundles hold SIPA's. A requirement a partner implemented in Java is worded by its own
 * {@link Requirement#describe()} and {@link Requirement#observedIn}. Why an element needs a requirement is
 * taken from {@code practice.<practice code>.requirement.<element id>.<requirement id>.why}, and why an
 * adaptation works from {@code practice.<practice code>.adaptation.<id>.why} (and {@code .when.<condition>.why}),
 * else quoted from the rule file. A partner adds a language by putting its
 * own {@code transfer_words_xx.properties} on the classpath; {@link #SHIPPED} lists the languages the engine
 * ships complete (a test fails if one of them lacks a key). Identifiers and codes never change with the
 * language.
 */
public final class TransferWords {
  /** The languages the engine ships with every word. */
  public static final List<Locale> SHIPPED =
      List.of(Locale.ENGLISH, Locale.FRENCH, Locale.forLanguageTag("es"), Locale.ITALIAN);

  private static final String BUNDLE = "eu.projectresolution.mobilisation.transfer.transfer_words";

  private final Locale locale;
  private final ResourceBundle bundle;
  private final RequirementWords requirements;

  private TransferWords(Locale locale, ResourceBundle bundle) {
    this.locale = locale;
    this.bundle = bundle;
    this.requirements = new RequirementWords(this);
  }

  /**
   * The words in {@code locale}'s language, or in English for a language no bundle holds (never in the
   * machine's default language: an assessment must not change with the server it runs on).
   */
  public static TransferWords of(Locale locale) {
    requireNonNull(locale, "locale");
    return new TransferWords(locale, ResourceBundle.getBundle(BUNDLE, locale, TransferWords.class.getClassLoader(),
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)));
  }

  /** The words in the language of {@code language}, e.g. {@code Language.SPANISH}. */
  public static TransferWords of(Language language) {
    return of(Locale.forLanguageTag(requireNonNull(language, "language").code()));
  }

  public Locale locale() {
    return locale;
  }

  /**
   * The text of {@code key} with {@code {0}}, {@code {1}}... replaced by {@code values} in order.
   *
   * @throws MissingResourceException if no bundle holds the key
   */
  public String text(String key, Object... values) {
    String text = bundle.getString(key);
    for (int i = 0; i < values.length; i++) {
      text = text.replace("{" + i + "}", String.valueOf(values[i]));
    }
    return text;
  }

  /** The text of {@code key}, if a bundle holds it. */
  public Optional<String> find(String key) {
    try {
      return Optional.of(bundle.getString(key));
    } catch (MissingResourceException missing) {
      return Optional.empty();
    }
  }

  /** A value of one of the engine's vocabularies in words: {@code PartnerKind.SOCIAL_LANDLORD}, "social landlord". */
  public String name(Enum<?> value) {
    String type = value.getDeclaringClass().getSimpleName();
    return text(Character.toLowerCase(type.charAt(0)) + type.substring(1) + "." + value.name());
  }

  /** A verdict in words: "carries over with adaptations". */
  public String verdict(Verdict verdict) {
    return name(verdict);
  }

  /** A language in this language's words, e.g. {@code fr} in Spanish: "francés". */
  public String language(Language language) {
    return Locale.forLanguageTag(language.code()).getDisplayLanguage(locale);
  }

  /** The practice's name, as a bundle gives it or as its rule file wrote it. */
  public String practiceName(TransferabilityAssessment assessment) {
    return find("practice." + assessment.practice() + ".name").orElse(assessment.practiceName());
  }

  /** The rule set's name, as a bundle gives it or as its rule file wrote it. */
  public String ruleSet(TransferabilityAssessment assessment) {
    return find("practice." + assessment.practice() + ".ruleSet").orElse(assessment.ruleSet());
  }

  /** The element's name, as a bundle gives it or as its rule file wrote it. */
  public String elementName(PracticeCode practice, ElementVerdict element) {
    return find("practice." + practice + ".element." + element.element()).orElse(element.name());
  }

  /** The element's name followed by whether it is essential or optional. */
  public String elementHeading(PracticeCode practice, ElementVerdict element) {
    return text("element.heading", elementName(practice, element),
        text(element.essential() ? "element.essential" : "element.optional"));
  }

  /** The adaptation's description, as a bundle gives it or as its rule file wrote it. */
  public String adaptation(PracticeCode practice, Adaptation adaptation) {
    return find("practice." + practice + ".adaptation." + adaptation.id()).orElse(adaptation.description());
  }

  /** The adaptations the element's verdict names, joined, or words saying none is needed. */
  public String adaptations(PracticeCode practice, ElementVerdict element) {
    if (element.adaptations().isEmpty()) {
      return text(element.verdict() == Verdict.TRANSFERABLE ? "adaptation.not_needed" : "adaptation.none_possible");
    }
    return element.adaptations().stream().map(a -> adaptation(practice, a)).collect(Collectors.joining("; "));
  }

  /** The requirement in words: "at least 0.176 FTE of reception officer per 1,000 people to reach". */
  public String describe(Requirement requirement) {
    return requirements.describe(requirement);
  }

  /** What {@code context} has instead, in words: "0.3 FTE of reception officer for 300 people, ...". */
  public String observed(Requirement requirement, TransferContext context) {
    return requirements.observed(requirement, context);
  }

  /**
   * Why the element needs {@code requirement}, in this language: the bundle's
   * {@code practice.<practice code>.requirement.<element id>.<requirement id>.why}, else the rule file's own
   * {@link Requirement#why()} as its authors wrote it; empty when neither says.
   */
  public Optional<String> why(PracticeCode practice, PracticeElementId element, Requirement requirement) {
    return find("practice." + practice + ".requirement." + element + "." + requirement.id() + ".why")
        .or(requirement::why);
  }

  /**
   * Why the adaptation works, in this language: the bundle's {@code practice.<practice code>.adaptation.<id>.why},
   * else the rule file's own {@link Adaptation#why()}.
   */
  public Optional<String> why(PracticeCode practice, Adaptation adaptation) {
    return find("practice." + practice + ".adaptation." + adaptation.id() + ".why").or(adaptation::why);
  }

  /**
   * Why the adaptation needs {@code condition} (one of its {@link Adaptation#when()}), in this language: the
   * bundle's {@code practice.<practice code>.adaptation.<id>.when.<condition id>.why}, else the rule file's.
   */
  public Optional<String> why(PracticeCode practice, Adaptation adaptation, Requirement condition) {
    return find("practice." + practice + ".adaptation." + adaptation.id() + ".when." + condition.id() + ".why")
        .or(condition::why);
  }

  /**
   * Why the element has its verdict, in words: what it needs that the territory lacks, what the territory
   * has instead and why the practice needs it ({@link #why(PracticeCode, PracticeElementId, Requirement)});
   * or, when it carries over as it is, what it needs (and the territory has). A finding of a partner's Java
   * rule that names no requirement is quoted as its rule wrote it.
   */
  public String reason(PracticeCode practice, ElementVerdict element, TransferContext context) {
    List<String> sentences = new ArrayList<>();
    if (element.verdict() == Verdict.TRANSFERABLE) {
      List<String> met = element.findings().stream().flatMap(f -> f.requirement().stream()).distinct()
          .map(this::describe).toList();
      element.findings().stream().filter(f -> f.requirement().isEmpty()).forEach(f -> sentences.add(f.reason()));
      if (!met.isEmpty()) {
        sentences.add(0, text("reason.met", String.join("; ", met)));
      }
      return sentences.isEmpty() ? text("reason.nothing_in_the_way") : String.join(" ", sentences);
    }
    // Two requirements may read the same (SIPA's social landlord opens the halls for posters and for the
    // session): the sentence is said once, followed by each one's why.
    Map<String, List<String>> whys = new LinkedHashMap<>();
    List<Requirement> said = new ArrayList<>();
    for (Finding finding : element.findings()) {
      if (finding.verdict() == Verdict.TRANSFERABLE) {
        continue;
      }
      if (finding.requirement().isEmpty()) {
        whys.putIfAbsent(finding.reason(), new ArrayList<>());
      } else if (!said.contains(finding.requirement().get())) {
        Requirement unmet = finding.requirement().get();
        said.add(unmet);
        List<String> because = whys.computeIfAbsent(
            text(finding.verdict() == Verdict.ADAPT ? "reason.adapt" : "reason.cannot", describe(unmet),
                observed(unmet, context)), s -> new ArrayList<>());
        why(practice, element.element(), unmet).ifPresent(because::add);
      }
    }
    whys.forEach((sentence, because) -> {
      sentences.add(sentence);
      sentences.addAll(because);
    });
    return String.join(" ", sentences);
  }

  /** The assessment's first line: the practice and the target. */
  public String title(TransferabilityAssessment assessment) {
    return text("title", practiceName(assessment), assessment.context());
  }

  /** The assessment's verdict, whether the practice is transferable, its score and the rules that decided. */
  public String headline(TransferabilityAssessment assessment) {
    return text("headline", verdict(assessment.verdict()),
        text(assessment.transferable() ? "transferable" : "not_transferable"),
        decimal(assessment.score(), 3), assessment.scorePoints(), assessment.maximumPoints(), ruleSet(assessment));
  }

  /** What the country pack says about the target, one line each; none when the context names no pack. */
  public List<String> localGround(TransferabilityAssessment assessment) {
    if (assessment.localGround().isEmpty()) {
      return List.of();
    }
    LocalGround ground = assessment.localGround().get();
    List<String> lines = new ArrayList<>();
    lines.add(text("local.pack", ground.countryPack()) + ground.region().map(r -> text("local.region", r)).orElse(""));
    ground.territoryDesignation().ifPresent(d -> lines.add(text("local.territory", d.name(), name(d.territoryType()))));
    lines.add(text("local.public_employment_service", schemes(ground.publicEmploymentServices())));
    lines.add(text("local.schemes", schemes(ground.schemesToReferTo())));
    return lines;
  }

  /**
   * The whole assessment as text: its title, its headline, what the country pack says, then one paragraph
   * per element with its verdict, its adaptations and its reason.
   */
  public String explain(TransferabilityAssessment assessment, TransferContext context) {
    StringBuilder text = new StringBuilder(title(assessment)).append('\n').append(headline(assessment));
    localGround(assessment).forEach(line -> text.append('\n').append(line));
    for (ElementVerdict element : assessment.elements()) {
      text.append("\n- ").append(text("element.line", elementHeading(assessment.practice(), element),
          verdict(element.verdict()), text("adaptation.label", adaptations(assessment.practice(), element)),
          reason(assessment.practice(), element, context)));
    }
    return text.toString();
  }

  /** {@code number} with the language's separators and at most {@code decimals} decimals. */
  public String decimal(BigDecimal number, int decimals) {
    NumberFormat format = NumberFormat.getNumberInstance(locale);
    format.setMinimumFractionDigits(0);
    format.setMaximumFractionDigits(decimals);
    format.setRoundingMode(RoundingMode.HALF_UP);
    return format.format(number);
  }

  /** A whole number with the language's grouping: 17,000 in English, 17.000 in Spanish. */
  public String whole(long number) {
    return NumberFormat.getIntegerInstance(locale).format(number);
  }

  /** An amount with its currency code: "EUR 40.00", "40,00 EUR". */
  public String money(Money money) {
    NumberFormat format = NumberFormat.getNumberInstance(locale);
    format.setMinimumFractionDigits(2);
    format.setMaximumFractionDigits(2);
    format.setRoundingMode(RoundingMode.HALF_UP);
    return text("money", format.format(money.amount()), money.currency().getCurrencyCode());
  }

  /** Values joined with commas and this language's "or" before the last. */
  String joinOr(Collection<String> values) {
    List<String> parts = List.copyOf(values);
    if (parts.size() <= 1) {
      return String.join("", parts);
    }
    return String.join(", ", parts.subList(0, parts.size() - 1)) + text("or") + parts.get(parts.size() - 1);
  }

  private String schemes(List<PackScheme> schemes) {
    return schemes.isEmpty() ? text("local.none") : schemes.stream().map(PackScheme::name).collect(Collectors.joining("; "));
  }

  @Override
  public String toString() {
    return "TransferWords{" + locale + "}";
  }
}
