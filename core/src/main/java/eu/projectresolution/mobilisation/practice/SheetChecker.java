package eu.projectresolution.mobilisation.practice;

import eu.projectresolution.mobilisation.programme.Language;
import static eu.projectresolution.mobilisation.practice.SheetProblem.Code.BLANK;
import static eu.projectresolution.mobilisation.practice.SheetProblem.Code.DUPLICATE;
import static eu.projectresolution.mobilisation.practice.SheetProblem.Code.EMPTY;
import static eu.projectresolution.mobilisation.practice.SheetProblem.Code.INCONSISTENT;
import static eu.projectresolution.mobilisation.practice.SheetProblem.Code.MALFORMED;
import static eu.projectresolution.mobilisation.practice.SheetProblem.Code.MISSING;
import static eu.projectresolution.mobilisation.practice.SheetProblem.Code.NEGATIVE;
import static eu.projectresolution.mobilisation.practice.SheetProblem.Code.OUT_OF_ORDER;
import static eu.projectresolution.mobilisation.practice.SheetProblem.Code.TOO_LONG;
import static eu.projectresolution.mobilisation.practice.SheetProblem.Code.TOO_SMALL;
import static eu.projectresolution.mobilisation.practice.SheetProblem.Code.UNKNOWN_FIELD;
import static eu.projectresolution.mobilisation.practice.SheetProblem.Code.UNKNOWN_VALUE;
import static eu.projectresolution.mobilisation.practice.SheetProblem.Code.WRONG_TYPE;

import com.fasterxml.jackson.databind.JsonNode;
import eu.projectresolution.mobilisation.internal.Checks;
import eu.projectresolution.mobilisation.programme.CountryCode;
import eu.projectresolution.mobilisation.programme.Measure;
import eu.projectresolution.mobilisation.programme.StaffRole;
import eu.projectresolution.mobilisation.programme.TerritoryType;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

// Over 400 lines: every rule of the ReSolution practice-sheet form, section by section, each problem
// with its JSON path. Issue 13 states the structural rules once (the JSON Schema) and keeps only the
// semantic ones here.
/**
 * Walks a practice sheet's JSON tree and collects every problem, each at its JSON path. The one place
 * where the sheet's rules live: Java-built sheets are checked by turning them into a tree first, and
 * the JSON Schema mirrors what a schema can say of them.
 *
 * <p>A node with a problem is reported once and not looked into further, so that one mistake gives one
 * problem, not a cascade.
 */
final class SheetChecker {
  private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");

  /** The most characters of a name (organisation, city, place), as the schema's {@code name} says. */
  static final int NAME_LENGTH = Checks.NAME;

  /**
   * The most characters of one language's text of a {@link LocalizedText} (a title, an objective, a
   * result), as the schema's {@code text} says: a form's field, room for a 250-word summary.
   */
  static final int TEXT_LENGTH = 4_000;

  private final List<SheetProblem> problems = new ArrayList<>();

  private SheetChecker() {}

  static List<SheetProblem> check(JsonNode root) {
    SheetChecker checker = new SheetChecker();
    checker.sheet(root);
    return List.copyOf(checker.problems);
  }

  // ---- the sheet, section by section ----

  private void sheet(JsonNode root) {
    Obj o = object(root, "$", "the practice sheet");
    if (o == null) {
      return;
    }
    JsonNode id = o.req("id", "the sheet's id");
    if (id != null) {
      sheetId(id, o.at("id"));
    }
    o.withSection("organisation", "section 1, the organisation", this::organisation);
    o.withSection("initiative", "section 2, the initiative", this::initiative);
    o.withSection("implementation", "section 3, the implementation", this::implementation);
    o.withSection("impact", "section 4, the impact", this::impact);
    o.withSection("transferability", "section 5, the transferability", this::transferability);
    o.end();
  }

  private void organisation(JsonNode node, String path) {
    Obj o = object(node, path, "the organisation");
    if (o == null) {
      return;
    }
    o.with("name", "the organisation's name", this::text);
    o.with("city", "the organisation's city", this::text);
    o.with("country", "the organisation's country", (n, p) -> country(n, p));
    o.optional("contact", (n, p) -> text(n, p, Checks.EMAIL));
    o.optional("website", this::url);
    o.end();
  }

  private void initiative(JsonNode node, String path) {
    Obj o = object(node, path, "the initiative");
    if (o == null) {
      return;
    }
    LocalizedText title = o.with("title", "the initiative's title", this::localized);
    Language original = o.with("originalLanguage", "the original language", this::language);
    if (title != null && !title.has(Language.FRENCH)) {
      problem(
          path + ".title.fr",
          MISSING,
          "the title has no French text: the form asks for the title in French and in the original language");
    }
    if (title != null && original != null && !original.equals(Language.FRENCH) && !title.has(original)) {
      problem(
          path + ".title." + original.code(),
          MISSING,
          "the title has no text in the original language \"" + original.code() + "\": add it");
    }
    List<Domain> domains = o.with("domains", "the list of domains covered", (n, p) -> enumList(n, p, Domain.class, true));
    o.optional("otherDomain", this::localized);
    otherConsistency(o, domains, Domain.OTHER, "otherDomain", "domains", "what the other domain is");
    o.optional("partners", (n, p) -> localizedList(n, p, false));
    o.with("coverage", "the geographic coverage", (n, p) -> enumValue(n, p, GeographicCoverage.class));
    o.withSection("period", "the period", this::period);
    LocalizedText summary = o.with("summary", "the summary", this::localized);
    if (summary != null) {
      summary.texts().forEach((language, text) -> {
        int words = Initiative.countWords(text);
        if (words > Initiative.MAX_SUMMARY_WORDS) {
          problem(
              path + ".summary." + language.code(),
              TOO_LONG,
              "the summary has " + words + " words in \"" + language.code() + "\": the form allows at most "
                  + Initiative.MAX_SUMMARY_WORDS + " words; shorten it");
        }
      });
    }
    o.optional("territoryTypes", (n, p) -> enumList(n, p, TerritoryType.class, false));
    o.end();
  }

  private void period(JsonNode node, String path) {
    Obj o = object(node, path, "the period");
    if (o == null) {
      return;
    }
    LocalDate start = o.with("start", "the period's first day", this::date);
    LocalDate end = o.with("end", "the period's last day", this::date);
    if (start != null && end != null && end.isBefore(start)) {
      problem(
          path + ".end",
          OUT_OF_ORDER,
          "the period ends on " + end + ", before it starts on " + start
              + ": give an end on or after the start");
    }
    o.end();
  }

  private void implementation(JsonNode node, String path) {
    Obj o = object(node, path, "the implementation");
    if (o == null) {
      return;
    }
    List<TargetGroup> groups =
        o.with("targetGroups", "the list of target groups", (n, p) -> enumList(n, p, TargetGroup.class, true));
    o.optional("otherPeopleFarFromEmployment", this::localized);
    otherConsistency(
        o,
        groups,
        TargetGroup.OTHER_PEOPLE_FAR_FROM_EMPLOYMENT,
        "otherPeopleFarFromEmployment",
        "targetGroups",
        "who the other people far from employment are");
    o.optional("otherProfessionals", this::localized);
    otherConsistency(
        o, groups, TargetGroup.OTHER_PROFESSIONALS, "otherProfessionals", "targetGroups", "who the other professionals are");
    o.with("objectives", "the list of objectives", (n, p) -> localizedList(n, p, true));
    o.optional("keyActivities", (n, p) -> localizedList(n, p, false));
    o.optional("signatureTools", (n, p) -> each(n, p, this::signatureTool));
    o.optional("professionalsInvolved", (n, p) -> localizedList(n, p, false));
    o.optional("coordination", (n, p) -> each(n, p, this::coordinationRole));
    o.optionalSection("resources", this::resources);
    o.end();
  }

  private void signatureTool(JsonNode node, String path) {
    Obj o = object(node, path, "a signature tool");
    if (o == null) {
      return;
    }
    o.with("name", "the tool's name", this::localized);
    o.optional("goals", (n, p) -> localizedList(n, p, false));
    o.optional("pilot", this::localized);
    o.optional("actors", (n, p) -> localizedList(n, p, false));
    o.optional("organisationSteps", (n, p) -> localizedList(n, p, false));
    o.optional("roles", (n, p) -> each(n, p, this::toolRole));
    o.optional("addedValue", (n, p) -> localizedList(n, p, false));
    o.end();
  }

  private void toolRole(JsonNode node, String path) {
    Obj o = object(node, path, "a role");
    if (o == null) {
      return;
    }
    o.with("holder", "who holds the role", this::localized);
    o.optional("context", this::localized);
    o.with("duties", "the list of the role's duties", (n, p) -> localizedList(n, p, true));
    o.end();
  }

  private void coordinationRole(JsonNode node, String path) {
    Obj o = object(node, path, "a coordination role");
    if (o == null) {
      return;
    }
    o.with("role", "the role's name", this::localized);
    o.with("headcount", "the number of people in the role", (n, p) -> wholeNumber(n, p, 1));
    o.optional("staffRole", (n, p) -> enumValue(n, p, StaffRole.class));
    o.end();
  }

  private void resources(JsonNode node, String path) {
    Obj o = object(node, path, "the resources");
    if (o == null) {
      return;
    }
    o.optional("fullTimeEquivalent", (n, p) -> nonNegative(n, p, "the number of full-time equivalents"));
    o.optionalSection("budget", this::money);
    o.end();
  }

  private void money(JsonNode node, String path) {
    Obj o = object(node, path, "an amount of money");
    if (o == null) {
      return;
    }
    o.with("amount", "the amount", (n, p) -> nonNegative(n, p, "the budget"));
    o.with("currency", "the currency", this::currency);
    o.end();
  }

  private void impact(JsonNode node, String path) {
    Obj o = object(node, path, "the impact");
    if (o == null) {
      return;
    }
    o.optional("expectedImpacts", (n, p) -> each(n, p, this::expectedImpact));
    o.optional("results", (n, p) -> each(n, p, this::resultStatement));
    o.optionalSection("evaluation", this::evaluation);
    o.optional("testimonials", (n, p) -> each(n, p, this::testimonial));
    o.end();
  }

  private void expectedImpact(JsonNode node, String path) {
    Obj o = object(node, path, "an expected impact");
    if (o == null) {
      return;
    }
    o.with("impact", "the impact", this::localized);
    o.optional("details", (n, p) -> localizedList(n, p, false));
    o.end();
  }

  private void resultStatement(JsonNode node, String path) {
    Obj o = object(node, path, "a result");
    if (o == null) {
      return;
    }
    o.with("text", "the result's text", this::localized);
    o.with("origin", "where the result comes from", (n, p) -> enumValue(n, p, ResultOrigin.class));
    o.optional("measures", (n, p) -> enumList(n, p, Measure.class, false));
    o.end();
  }

  private void evaluation(JsonNode node, String path) {
    Obj o = object(node, path, "the evaluation");
    if (o == null) {
      return;
    }
    o.with("summary", "the evaluation's summary", this::localized);
    o.optional("findings", (n, p) -> localizedList(n, p, false));
    o.end();
  }

  private void testimonial(JsonNode node, String path) {
    Obj o = object(node, path, "a testimonial");
    if (o == null) {
      return;
    }
    o.with("source", "who gave the testimonial", (n, p) -> enumValue(n, p, TestimonialSource.class));
    o.optional("author", this::localized);
    o.optional("about", this::localized);
    o.optional("text", this::localized);
    o.optional("strengths", (n, p) -> localizedList(n, p, false));
    o.optional("weaknesses", (n, p) -> localizedList(n, p, false));
    o.optional("mediaLinks", (n, p) -> each(n, p, this::mediaLink));
    boolean saysSomething =
        o.raw("text") != null
            || nonEmptyArray(o.raw("strengths"))
            || nonEmptyArray(o.raw("weaknesses"))
            || nonEmptyArray(o.raw("mediaLinks"));
    if (!saysSomething) {
      problem(path, EMPTY, "the testimonial says nothing: give a text, a strength, a weakness or a media link");
    }
    o.end();
  }

  private void mediaLink(JsonNode node, String path) {
    Obj o = object(node, path, "a media link");
    if (o == null) {
      return;
    }
    o.with("url", "the link's address", this::url);
    o.with("kind", "the kind of media", (n, p) -> enumValue(n, p, MediaKind.class));
    o.optional("title", this::localized);
    o.end();
  }

  private void transferability(JsonNode node, String path) {
    Obj o = object(node, path, "the transferability");
    if (o == null) {
      return;
    }
    AppliedElsewhere applied =
        o.with(
            "appliedElsewhere",
            "whether the practice was applied elsewhere",
            (n, p) -> enumValue(n, p, AppliedElsewhere.class));
    o.optional("whereApplied", (n, p) -> each(n, p, this::placeApplied));
    JsonNode where = o.raw("whereApplied");
    if (applied != null && (where == null || where.isArray())) {
      boolean hasPlaces = where != null && where.size() > 0;
      if (applied.needsPlaces() && !hasPlaces) {
        problem(
            path + ".whereApplied",
            INCONSISTENT,
            "appliedElsewhere is " + applied + " but whereApplied lists no place: say where it was applied");
      } else if (!applied.needsPlaces() && hasPlaces) {
        problem(
            path + ".whereApplied",
            INCONSISTENT,
            "appliedElsewhere is NO but whereApplied lists places: answer YES or PARTIALLY, or remove the places");
      }
    }
    o.optional("enablingCriteria", (n, p) -> localizedList(n, p, false));
    o.optional("applicability", this::localized);
    o.optional("transferableActions", (n, p) -> localizedList(n, p, false));
    o.optional("essentialElements", (n, p) -> localizedList(n, p, false));
    o.end();
  }

  private void placeApplied(JsonNode node, String path) {
    Obj o = object(node, path, "a place where the practice was applied");
    if (o == null) {
      return;
    }
    o.with("place", "the place's name", this::text);
    o.with("country", "the place's country", (n, p) -> country(n, p));
    o.optional("territoryTypes", (n, p) -> enumList(n, p, TerritoryType.class, false));
    o.optional("since", this::date);
    o.optional("differences", this::localized);
    o.end();
  }

  /** "OTHER" listed exactly when its description is given. */
  private <E extends Enum<E>> void otherConsistency(
      Obj o, List<E> listed, E other, String field, String listField, String what) {
    if (listed == null) {
      return;
    }
    boolean described = o.raw(field) != null;
    if (listed.contains(other) && !described) {
      problem(o.at(field), MISSING, listField + " lists " + other + " but " + field + " is missing: say " + what);
    } else if (!listed.contains(other) && described) {
      problem(
          o.at(field),
          INCONSISTENT,
          field + " is given but " + listField + " does not list " + other + ": add " + other
              + " to " + listField + " or remove " + field);
    }
  }

  // ---- values ----

  /** A name: of the organisation, its city, a place; at most {@value #NAME_LENGTH} characters. */
  private String text(JsonNode node, String path) {
    return text(node, path, NAME_LENGTH);
  }

  /**
   * A text that is not blank, well-formed (a {@code \\ud83d} escape without its other half makes a lone
   * surrogate that no store keeps as given) and at most {@code maxLength} characters (code points, as
   * JSON Schema's {@code maxLength} counts them).
   */
  private String text(JsonNode node, String path, int maxLength) {
    if (!node.isTextual()) {
      problem(path, WRONG_TYPE, "must be a text in quotes, not " + describe(node));
      return null;
    }
    String text = node.textValue();
    if (text.isBlank()) {
      problem(path, BLANK, "is blank: write something or leave the field out if it is optional");
      return null;
    }
    int broken = Checks.loneSurrogate(text);
    if (broken >= 0) {
      problem(path, MALFORMED, "holds a broken character (a lone UTF-16 surrogate at index " + broken + "): re-type the text");
      return null;
    }
    int length = text.codePointCount(0, text.length());
    if (length > maxLength) {
      problem(path, TOO_LONG, "is " + length + " characters long: the limit is " + maxLength + ", shorten it");
      return null;
    }
    return text;
  }

  private LocalizedText localized(JsonNode node, String path) {
    if (!node.isObject()) {
      problem(
          path,
          WRONG_TYPE,
          "must be a text by language, e.g. {\"fr\": \"...\", \"en\": \"...\"}, not " + describe(node));
      return null;
    }
    if (node.isEmpty()) {
      problem(path, EMPTY, "has no text: give it in at least one language, e.g. {\"fr\": \"...\"}");
      return null;
    }
    Map<Language, String> texts = new LinkedHashMap<>();
    boolean ok = true;
    for (Map.Entry<String, JsonNode> entry : node.properties()) {
      String at = path + "." + entry.getKey();
      if (!Language.isValid(entry.getKey())) {
        problem(
            at,
            MALFORMED,
            "\"" + entry.getKey() + "\" is not an ISO 639-1 language code: use two lower-case letters such as"
                + " fr, en, es or it");
        ok = false;
        continue;
      }
      String text = text(entry.getValue(), at, TEXT_LENGTH);
      if (text == null) {
        ok = false;
      } else {
        texts.put(Language.of(entry.getKey()), text);
      }
    }
    return ok ? LocalizedText.of(texts) : null;
  }

  private List<LocalizedText> localizedList(JsonNode node, String path, boolean nonEmpty) {
    List<LocalizedText> texts = new ArrayList<>();
    boolean ok = each(node, path, nonEmpty, (n, p) -> {
      LocalizedText text = localized(n, p);
      if (text != null) {
        texts.add(text);
      }
      return text != null;
    });
    return ok ? texts : null;
  }

  private <E extends Enum<E>> E enumValue(JsonNode node, String path, Class<E> type) {
    String allowed = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
    if (!node.isTextual()) {
      problem(path, WRONG_TYPE, "must be one of " + allowed + " in quotes, not " + describe(node));
      return null;
    }
    for (E constant : type.getEnumConstants()) {
      if (constant.name().equals(node.textValue())) {
        return constant;
      }
    }
    problem(path, UNKNOWN_VALUE, "\"" + node.textValue() + "\" is not a known value: use one of " + allowed);
    return null;
  }

  private <E extends Enum<E>> List<E> enumList(JsonNode node, String path, Class<E> type, boolean nonEmpty) {
    List<E> values = new ArrayList<>();
    Set<E> seen = new HashSet<>();
    boolean ok = each(node, path, nonEmpty, (n, p) -> {
      E value = enumValue(n, p, type);
      if (value == null) {
        return false;
      }
      if (!seen.add(value)) {
        problem(p, DUPLICATE, value + " is listed twice: list each value once");
        return false;
      }
      values.add(value);
      return true;
    });
    return ok ? values : null;
  }

  private Language language(JsonNode node, String path) {
    if (!node.isTextual() || !Language.isValid(node.textValue())) {
      problem(
          path,
          MALFORMED,
          describe(node) + " is not an ISO 639-1 language code: use two lower-case letters such as fr, en, es or it");
      return null;
    }
    return Language.of(node.textValue());
  }

  private CountryCode country(JsonNode node, String path) {
    if (!node.isTextual() || !CountryCode.isValid(node.textValue())) {
      problem(
          path,
          MALFORMED,
          describe(node) + " is not an ISO 3166-1 alpha-2 country code: use two upper-case letters such as"
              + " FR, ES, IT or BE");
      return null;
    }
    return CountryCode.of(node.textValue());
  }

  private Currency currency(JsonNode node, String path) {
    if (node.isTextual() && CURRENCY.matcher(node.textValue()).matches()) {
      try {
        return Currency.getInstance(node.textValue());
      } catch (IllegalArgumentException unknown) {
        // reported below
      }
    }
    problem(path, MALFORMED, describe(node) + " is not an ISO 4217 currency code: use e.g. EUR");
    return null;
  }

  private LocalDate date(JsonNode node, String path) {
    if (node.isTextual() && DATE.matcher(node.textValue()).matches()) {
      try {
        return LocalDate.parse(node.textValue());
      } catch (DateTimeParseException notADay) {
        // reported below
      }
    }
    problem(path, MALFORMED, describe(node) + " is not a date: write it YYYY-MM-DD, e.g. 2016-09-01");
    return null;
  }

  private URI url(JsonNode node, String path) {
    if (node.isTextual()) {
      try {
        URI uri = new URI(node.textValue());
        String scheme = uri.getScheme();
        if (uri.isAbsolute()
            && uri.getHost() != null
            && ("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme))) {
          return uri;
        }
      } catch (URISyntaxException notAUri) {
        // reported below
      }
    }
    problem(
        path,
        MALFORMED,
        describe(node) + " is not a web address: write it in full, e.g. \"https://www.ideis-asso.fr\"");
    return null;
  }

  private void sheetId(JsonNode node, String path) {
    if (node.isTextual()) {
      try {
        PracticeSheetId.of(node.textValue());
        return;
      } catch (IllegalArgumentException malformed) {
        // reported below
      }
    }
    problem(
        path,
        MALFORMED,
        describe(node) + " is not a valid sheet id: use 1 to 100 letters, digits, '.', '_', ':' or '-', starting"
            + " with a letter or digit (e.g. \"sipa-montbeliard\")");
  }

  private BigDecimal nonNegative(JsonNode node, String path, String what) {
    if (!node.isNumber()) {
      problem(path, WRONG_TYPE, "must be a number, not " + describe(node));
      return null;
    }
    BigDecimal value = node.decimalValue();
    if (value.signum() < 0) {
      problem(path, NEGATIVE, what + " is negative (" + value.toPlainString() + "): it must be zero or more");
      return null;
    }
    return value;
  }

  private Integer wholeNumber(JsonNode node, String path, int minimum) {
    if (!node.isIntegralNumber() || !node.canConvertToInt()) {
      problem(path, WRONG_TYPE, "must be a whole number, not " + describe(node));
      return null;
    }
    if (node.intValue() < minimum) {
      problem(path, TOO_SMALL, "is " + node.intValue() + ": it must be at least " + minimum);
      return null;
    }
    return node.intValue();
  }

  // ---- structure ----

  private interface Check<T> {
    T apply(JsonNode node, String path);
  }

  private interface ItemCheck {
    void apply(JsonNode node, String path);
  }

  private interface ElementCheck {
    boolean apply(JsonNode node, String path);
  }

  /** Checks each object of a list; returns nothing useful, the problems are recorded. */
  private Void each(JsonNode node, String path, ItemCheck item) {
    each(node, path, false, (n, p) -> {
      int before = problems.size();
      item.apply(n, p);
      return problems.size() == before;
    });
    return null;
  }

  private boolean each(JsonNode node, String path, boolean nonEmpty, ElementCheck element) {
    if (!node.isArray()) {
      problem(path, WRONG_TYPE, "must be a list in square brackets, not " + describe(node));
      return false;
    }
    if (nonEmpty && node.isEmpty()) {
      problem(path, EMPTY, "is empty: give at least one");
      return false;
    }
    boolean ok = true;
    for (int i = 0; i < node.size(); i++) {
      ok &= element.apply(node.get(i), path + "[" + i + "]");
    }
    return ok;
  }

  private static boolean nonEmptyArray(JsonNode node) {
    return node != null && (!node.isArray() || !node.isEmpty());
  }

  private Obj object(JsonNode node, String path, String what) {
    if (!node.isObject()) {
      problem(path, WRONG_TYPE, what + " must be an object in braces {...}, not " + describe(node));
      return null;
    }
    return new Obj(node, path);
  }

  private void problem(String path, SheetProblem.Code code, String message) {
    problems.add(SheetProblem.of(path, code, message));
  }

  private static String describe(JsonNode node) {
    if (node.isTextual()) {
      String text = node.textValue();
      return "\"" + (text.length() > 40 ? text.substring(0, 40) + "..." : text) + "\"";
    }
    if (node.isNull()) {
      return "null";
    }
    if (node.isObject()) {
      return "an object";
    }
    if (node.isArray()) {
      return "a list";
    }
    return node.toString();
  }

  /** The fields of one JSON object, tracked so that the ones no rule asked for are reported as unknown. */
  private final class Obj {
    private final JsonNode node;
    private final String path;
    private final Set<String> known = new LinkedHashSet<>();

    Obj(JsonNode node, String path) {
      this.node = node;
      this.path = path;
    }

    String at(String field) {
      return path + "." + field;
    }

    /**
     * The field's node as written (a JSON null included), or null when absent. Cross-field rules look at
     * presence only, so that a field already reported (as null, say) does not also break them.
     */
    JsonNode raw(String field) {
      return node.get(field);
    }

    /** A required field: reports it when missing or null. */
    JsonNode req(String field, String what) {
      known.add(field);
      JsonNode value = node.get(field);
      if (value == null) {
        problem(at(field), MISSING, what + " is missing: add \"" + field + "\"");
        return null;
      }
      if (value.isNull()) {
        problem(at(field), WRONG_TYPE, what + " is null: give a value");
        return null;
      }
      return value;
    }

    /** Checks a required field; returns what the check parsed, or null when there was a problem. */
    <T> T with(String field, String what, Check<T> check) {
      JsonNode value = req(field, what);
      return value == null ? null : check.apply(value, at(field));
    }

    void withSection(String field, String what, ItemCheck check) {
      JsonNode value = req(field, what);
      if (value != null) {
        check.apply(value, at(field));
      }
    }

    /** Checks an optional field when present; a null is refused: leave the field out instead. */
    <T> T optional(String field, Check<T> check) {
      known.add(field);
      JsonNode value = node.get(field);
      if (value == null) {
        return null;
      }
      if (value.isNull()) {
        problem(at(field), WRONG_TYPE, "\"" + field + "\" is null: leave the field out or give a value");
        return null;
      }
      return check.apply(value, at(field));
    }

    void optionalSection(String field, ItemCheck check) {
      optional(field, (Check<Void>) (n, p) -> {
        check.apply(n, p);
        return null;
      });
    }

    /** Reports every field no rule asked for. */
    void end() {
      for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
        String name = names.next();
        if (!known.contains(name)) {
          problem(
              at(name),
              UNKNOWN_FIELD,
              "unknown field \"" + name + "\": remove it or correct its spelling (expected "
                  + String.join(", ", known) + ")");
        }
      }
    }
  }
}
