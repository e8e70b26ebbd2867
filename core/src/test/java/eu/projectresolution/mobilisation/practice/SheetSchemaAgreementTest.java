package eu.projectresolution.mobilisation.practice;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.projectresolution.mobilisation.document.DocumentProblem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The shipped JSON Schema and the engine's checker ({@code sheet validate}, {@link PracticeSheetJson#check})
 * give the same answer, valid or not, on every document of a table of good and bad ones, whether the
 * validator asserts {@code format} or not. The only documents on which they differ are those that break a
 * rule only the engine checks; those rules are the {@link EngineOnly} list, which
 * {@code docs/practice-sheets.md} repeats word for word, between the markers
 * {@code <!-- engine-only-sheet-rules:begin -->} and {@code <!-- engine-only-sheet-rules:end -->}.
 */
class SheetSchemaAgreementTest {
  private final PracticeSheetJson json = PracticeSheetJson.create();

  /** The rules the schema does not state, each as {@code docs/practice-sheets.md} lists it. */
  enum EngineOnly {
    PERIOD_ORDER("a period that ends before it starts (`OUT_OF_ORDER`)"),
    SUMMARY_WORDS("a summary of more than 250 words in a language (`TOO_LONG`)"),
    TITLE_IN_ORIGINAL_LANGUAGE("a title without a text in the original language (`MISSING`)"),
    ASSIGNED_CODES(
        "a language, country or currency code that is well formed but not assigned, such as `qq`, `XX` or"
            + " `XYZ` (`MALFORMED`)"),
    WEB_ADDRESS(
        "a web address that starts like one but is not one, such as `https://exa mple.org` or"
            + " `https://my_site.org` (`MALFORMED`)"),
    WHOLE_NUMBER("a headcount written with a fraction part, such as `2.0` (`WRONG_TYPE`)"),
    BROKEN_TEXT(
        "a text holding a broken character: a lone UTF-16 surrogate, such as the JSON escape `\\ud83d` without"
            + " its other half (`MALFORMED`)");

    final String documented;

    EngineOnly(String documented) {
      this.documented = documented;
    }
  }

  private enum Answer { BOTH_ACCEPT, BOTH_REFUSE, ENGINE_ONLY }

  private record Case(String name, Consumer<ObjectNode> change, Answer answer, EngineOnly rule) {}

  private static Case accepted(String name, Consumer<ObjectNode> change) {
    return new Case(name, change, Answer.BOTH_ACCEPT, null);
  }

  private static Case refused(String name, Consumer<ObjectNode> change) {
    return new Case(name, change, Answer.BOTH_REFUSE, null);
  }

  private static Case engineOnly(EngineOnly rule, String name, Consumer<ObjectNode> change) {
    return new Case(name, change, Answer.ENGINE_ONLY, rule);
  }

  private static ObjectNode at(ObjectNode tree, String path) {
    JsonNode node = tree;
    for (String field : path.split("\\.")) {
      node = field.matches("\\d+") ? node.get(Integer.parseInt(field)) : node.get(field);
    }
    return (ObjectNode) node;
  }

  private static Consumer<ObjectNode> put(String path, String field, String value) {
    return tree -> at(tree, path).put(field, value);
  }

  private static Consumer<ObjectNode> since(String day) {
    return tree -> ((ObjectNode) tree.get("transferability").get("whereApplied").get(0)).put("since", day);
  }

  private static Consumer<ObjectNode> period(String start, String end) {
    return tree -> at(tree, "initiative.period").put("start", start).put("end", end);
  }

  private static final List<String> EXISTING_DAYS = List.of(
      "2016-09-01", "2019-08-31", "2024-02-29", "2000-02-29", "1600-02-29", "0000-02-29", "0004-02-29",
      "2023-02-28", "2019-12-31", "2019-04-30", "2019-01-31", "0000-01-01", "9999-12-31");

  private static final List<String> IMPOSSIBLE_OR_MISWRITTEN_DAYS = List.of(
      "2022-02-30", "2023-02-29", "1900-02-29", "2100-02-29", "0100-02-29", "2019-02-31", "2019-04-31",
      "2019-06-31", "2019-09-31", "2019-11-31", "2019-13-01", "2019-00-10", "2019-01-00", "2019-01-32",
      "01/09/2016", "2016-9-1", "20160901", " 2016-09-01", "2016-09-01 ", "2016-09-01T00:00", "+2016-09-01",
      "12016-09-01", "2016-09", "", "٢٠١٦-٠٩-٠١", "2016‐09‐01");

  private static List<Case> cases() {
    List<Case> cases = new ArrayList<>();
    cases.add(accepted("the SIPA sheet as shipped", tree -> {}));
    for (String day : EXISTING_DAYS) {
      cases.add(accepted("since " + day, since(day)));
    }
    for (String day : IMPOSSIBLE_OR_MISWRITTEN_DAYS) {
      cases.add(refused("since \"" + day + "\"", since(day)));
      cases.add(refused("a period starting \"" + day + "\"", period(day, "2019-08-31")));
      cases.add(refused("a period ending \"" + day + "\"", period("2016-09-01", day)));
    }
    cases.add(accepted("a one-day period", period("2016-09-01", "2016-09-01")));
    cases.add(accepted("a period over a leap day", period("2024-02-29", "2024-03-01")));
    cases.add(accepted("a summary of exactly 250 words",
        tree -> at(tree, "initiative").putObject("summary").put("fr", words(250))));
    cases.add(accepted("a text with a no-break space", put("organisation", "city", "Montbéliard\u00a0")));
    cases.add(accepted("a headcount of 1", tree -> at(tree, "implementation.coordination.0").put("headcount", 1)));
    cases.add(accepted("a budget of zero", tree -> at(tree, "implementation.resources.budget").put("amount", 0)));
    cases.add(accepted("an https address with a path", put("organisation", "website", "https://www.ideis-asso.fr/sipa?x=1#top")));
    cases.add(accepted("a title in an original language it has", tree -> {
      at(tree, "initiative").put("originalLanguage", "en");
    }));

    cases.add(refused("a missing organisation name", tree -> at(tree, "organisation").remove("name")));
    cases.add(refused("a blank city", put("organisation", "city", " \t")));
    cases.add(refused("a city of line breaks", put("organisation", "city", "\n\r\n")));
    for (char space : new char[] {'\u000b', '\u001c', '\u001f', '\u1680', '\u2000', '\u2006', '\u2008', '\u200a',
        '\u2028', '\u2029', '\u205f', '\u3000'}) {
      cases.add(refused(String.format("a city of U+%04X", (int) space), put("organisation", "city", " " + space + " ")));
    }
    cases.add(refused("a country in full", put("organisation", "country", "France")));
    cases.add(refused("a country in lower case", put("organisation", "country", "fr")));
    cases.add(refused("a language code of three letters", put("initiative", "originalLanguage", "fra")));
    cases.add(refused("a currency in lower case", put("implementation.resources.budget", "currency", "eur")));
    cases.add(refused("an unknown domain", tree -> ((ArrayNode) at(tree, "initiative").get("domains")).add("SPORT")));
    cases.add(refused("a domain listed twice", tree -> {
      ArrayNode domains = (ArrayNode) at(tree, "initiative").get("domains");
      domains.add(domains.get(0).textValue());
    }));
    cases.add(refused("a negative budget", tree -> at(tree, "implementation.resources.budget").put("amount", -1)));
    cases.add(refused("a headcount of 0", tree -> at(tree, "implementation.coordination.0").put("headcount", 0)));
    cases.add(refused("a headcount beyond a Java int", tree -> at(tree, "implementation.coordination.0")
        .put("headcount", 3_000_000_000L)));
    cases.add(refused("a headcount in quotes", tree -> at(tree, "implementation.coordination.0").put("headcount", "2")));
    cases.add(refused("an address without its scheme", put("organisation", "website", "www.ideis-asso.fr")));
    cases.add(refused("an ftp address", put("organisation", "website", "ftp://ideis-asso.fr")));
    cases.add(refused("an address without a host", put("organisation", "website", "https:///sipa")));
    cases.add(refused("an unknown field", tree -> tree.put("remarks", "none")));
    cases.add(refused("a title without French", tree -> at(tree, "initiative.title").remove("fr")));
    cases.add(refused("a null where a text goes", tree -> at(tree, "organisation").putNull("contact")));

    cases.add(engineOnly(EngineOnly.PERIOD_ORDER, "a period ending the day before it starts",
        period("2016-09-01", "2016-08-31")));
    cases.add(engineOnly(EngineOnly.SUMMARY_WORDS, "a summary of 251 words",
        tree -> at(tree, "initiative").putObject("summary").put("fr", words(251))));
    cases.add(engineOnly(EngineOnly.TITLE_IN_ORIGINAL_LANGUAGE, "an Italian practice without an Italian title",
        put("initiative", "originalLanguage", "it")));
    cases.add(engineOnly(EngineOnly.ASSIGNED_CODES, "an unassigned language code",
        put("initiative", "originalLanguage", "qq").andThen(tree -> at(tree, "initiative.title").put("qq", "titre"))));
    cases.add(engineOnly(EngineOnly.ASSIGNED_CODES, "a text in an unassigned language",
        tree -> at(tree, "initiative.summary").put("qq", "texte")));
    cases.add(engineOnly(EngineOnly.ASSIGNED_CODES, "an unassigned country code", put("organisation", "country", "XX")));
    cases.add(engineOnly(EngineOnly.ASSIGNED_CODES, "an unassigned currency code",
        put("implementation.resources.budget", "currency", "XYZ")));
    cases.add(engineOnly(EngineOnly.WEB_ADDRESS, "an address with a space", put("organisation", "website", "https://exa mple.org")));
    cases.add(engineOnly(EngineOnly.WEB_ADDRESS, "a host with an underscore", put("organisation", "website", "https://my_site.org")));
    cases.add(engineOnly(EngineOnly.BROKEN_TEXT, "a city holding half an emoji", put("organisation", "city", "Montb\uD83Dliard")));
    cases.add(refused("a city of 201 characters", put("organisation", "city", "M".repeat(201))));
    cases.add(accepted("a city of 200 characters", put("organisation", "city", "M".repeat(200))));
    cases.add(engineOnly(EngineOnly.WHOLE_NUMBER, "a headcount of 2.0",
        tree -> at(tree, "implementation.coordination.0").put("headcount", new java.math.BigDecimal("2.0"))));
    return cases;
  }

  private static String words(int count) {
    return String.join(" ", Collections.nCopies(count, "mot"));
  }

  @Test
  void theSchemaAndTheCheckerAgreeOnEveryDocumentButForTheEngineOnlyRules() {
    List<String> wrong = new ArrayList<>();
    for (Case c : cases()) {
      ObjectNode tree = (ObjectNode) json.toTree(SipaPracticeSheet.load());
      c.change().accept(tree);

      List<DocumentProblem> problems = json.check(tree).problems();
      boolean engineAccepts = problems.isEmpty();
      boolean schemaAccepts = SheetSchema.errors(tree).isEmpty();
      boolean schemaAssertingFormatsAccepts = SheetSchema.errorsAssertingFormats(tree).isEmpty();

      if (engineAccepts != (c.answer() == Answer.BOTH_ACCEPT)) {
        wrong.add(c.name() + ": the engine " + (engineAccepts ? "accepts it" : "refuses it: " + problems));
      }
      if (schemaAccepts != (c.answer() != Answer.BOTH_REFUSE)) {
        wrong.add(c.name() + ": the schema " + (schemaAccepts ? "accepts it" : "refuses it: " + SheetSchema.errors(tree)));
      }
      if (schemaAssertingFormatsAccepts != (c.answer() != Answer.BOTH_REFUSE)) {
        wrong.add(c.name() + ": the schema asserting formats " + (schemaAssertingFormatsAccepts ? "accepts it"
            : "refuses it: " + SheetSchema.errorsAssertingFormats(tree)));
      }
    }
    assertThat(wrong).as("documents on which the schema or the engine answers otherwise than expected").isEmpty();
  }

  @Test
  void everyEngineOnlyRuleHasADocumentShowingIt() {
    Set<EngineOnly> shown = cases().stream().filter(c -> c.rule() != null).map(Case::rule)
        .collect(Collectors.toCollection(() -> EnumSet.noneOf(EngineOnly.class)));

    assertThat(shown).containsExactlyInAnyOrder(EngineOnly.values());
  }

  @Test
  void thePracticeSheetsDocumentListsExactlyTheEngineOnlyRules() throws IOException {
    Path here = Path.of("").toAbsolutePath();
    Path root = Files.exists(here.resolve("README.md")) ? here : here.getParent();
    String document = Files.readString(root.resolve("docs/practice-sheets.md"), StandardCharsets.UTF_8);
    Matcher section = Pattern.compile("<!-- engine-only-sheet-rules:begin -->\\n(.*?)<!-- engine-only-sheet-rules:end -->",
        Pattern.DOTALL).matcher(document);
    assertThat(section.find()).as("docs/practice-sheets.md marks the list of rules only the engine checks").isTrue();

    List<String> listed = Arrays.stream(section.group(1).split("\\n(?=- )"))
        .map(item -> item.strip().replaceFirst("^- ", "").replaceAll("\\s*\\n\\s*", " ").replaceFirst("[;.]$", ""))
        .toList();
    assertThat(listed).containsExactly(Arrays.stream(EngineOnly.values()).map(r -> r.documented).toArray(String[]::new));
  }
}
