package eu.projectresolution.mobilisation.practice;

import static eu.projectresolution.mobilisation.document.ProblemCode.BLANK;
import static eu.projectresolution.mobilisation.document.ProblemCode.DUPLICATE;
import static eu.projectresolution.mobilisation.document.ProblemCode.EMPTY;
import static eu.projectresolution.mobilisation.document.ProblemCode.INCONSISTENT;
import static eu.projectresolution.mobilisation.document.ProblemCode.MALFORMED;
import static eu.projectresolution.mobilisation.document.ProblemCode.MISSING;
import static eu.projectresolution.mobilisation.document.ProblemCode.NEGATIVE;
import static eu.projectresolution.mobilisation.document.ProblemCode.OUT_OF_ORDER;
import static eu.projectresolution.mobilisation.document.ProblemCode.TOO_LONG;
import static eu.projectresolution.mobilisation.document.ProblemCode.TOO_SMALL;
import static eu.projectresolution.mobilisation.document.ProblemCode.UNKNOWN_FIELD;
import static eu.projectresolution.mobilisation.document.ProblemCode.UNKNOWN_VALUE;
import static eu.projectresolution.mobilisation.document.ProblemCode.WRONG_TYPE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ContainerNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.projectresolution.mobilisation.document.DocumentProblem;
import eu.projectresolution.mobilisation.document.ProblemCode;
import eu.projectresolution.mobilisation.json.MobilisationJson;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.BiFunction;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class PracticeSheetProperties {
  private static final int EXAMPLES = 200;
  private final PracticeSheetJson json = PracticeSheetJson.create();

  @Test
  void anyValidSheetRoundTripsThroughJsonAndMeetsTheSchema() {
    qt().withExamples(EXAMPLES).forAll(SheetGenerators.sheets()).checkAssert(sheet -> {
      assertThat(json.problems(sheet)).isEmpty();
      String written = json.write(sheet);

      assertThat(json.read(written)).isEqualTo(sheet);
      JsonNode tree = readTree(written);
      assertThat(readTree(json.write(json.read(tree)))).isEqualTo(tree);
      assertThat(SheetSchema.errors(tree)).isEmpty();
    });
  }

  @Test
  void anySingleMutationThatBreaksARuleIsReportedAtItsPath() {
    qt().withExamples(EXAMPLES)
        .forAll(SheetGenerators.sheets(), integers().between(0, MUTATIONS.size() - 1), integers().allPositive())
        .checkAssert((sheet, which, seed) -> {
          ObjectNode tree = (ObjectNode) json.toTree(sheet);
          Mutation mutation = MUTATIONS.get(which);
          Expected expected = mutation.apply(tree, new Random(seed));

          assertThat(json.check(tree).problems())
              .as("%s", mutation.name)
              .singleElement()
              .satisfies(problem -> {
                assertThat(problem.path()).isEqualTo(expected.path());
                assertThat(problem.code()).isEqualTo(expected.code());
              });
          if (expected.schemaDetects()) {
            assertThat(SheetSchema.errors(tree)).as("schema errors after %s", mutation.name).isNotEmpty();
          }
        });
  }

  @Test
  void everyMutationIsReportedAtItsPathOnTheSipaSheet() {
    for (Mutation mutation : MUTATIONS) {
      for (int seed = 0; seed < 5; seed++) {
        ObjectNode tree = (ObjectNode) json.toTree(SipaPracticeSheet.load());
        Expected expected = mutation.apply(tree, new Random(seed));

        assertThat(json.check(tree).problems())
            .as("%s, seed %s", mutation.name, seed)
            .extracting(DocumentProblem::path, DocumentProblem::code)
            .containsExactly(org.assertj.core.groups.Tuple.tuple(expected.path(), expected.code()));
        assertThat(SheetSchema.errors(tree).isEmpty()).as("schema accepts after %s", mutation.name)
            .isNotEqualTo(expected.schemaDetects());
      }
    }
  }

  @Test
  void theSchemaAndTheCheckerAgreeOnWhetherAnyTextShapedLikeADateIsADay() {
    ObjectNode sipa = (ObjectNode) json.toTree(SipaPracticeSheet.load());
    qt().withExamples(300)
        .forAll(integers().between(0, 9999), integers().between(0, 13), integers().between(0, 32))
        .checkAssert((year, month, day) -> {
          String text = String.format(java.util.Locale.ROOT, "%04d-%02d-%02d", year, month, day);
          ObjectNode tree = sipa.deepCopy();
          ((ObjectNode) tree.get("transferability").get("whereApplied").get(0)).put("since", text);
          boolean isADay;
          try {
            LocalDate.of(year, month, day);
            isADay = true;
          } catch (java.time.DateTimeException notADay) {
            isADay = false;
          }

          assertThat(json.check(tree).problems().isEmpty()).as("the engine accepts %s", text).isEqualTo(isADay);
          assertThat(SheetSchema.errors(tree).isEmpty()).as("the schema accepts %s", text).isEqualTo(isADay);
          assertThat(SheetSchema.errorsAssertingFormats(tree).isEmpty())
              .as("the schema asserting formats accepts %s", text).isEqualTo(isADay);
        });
  }

  private static JsonNode readTree(String text) {
    try {
      return MobilisationJson.objectMapper().readTree(text);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  // ---- mutations: each breaks exactly one rule and says where ----

  private record Expected(String path, ProblemCode code, boolean schemaDetects) {}

  private record Mutation(String name, BiFunction<ObjectNode, Random, Expected> change) {
    Expected apply(ObjectNode tree, Random random) {
      return change.apply(tree, random);
    }
  }

  /** A node of the tree with its JSON path and where it hangs. */
  private record Located(String path, ContainerNode<?> parent, String field, int index, JsonNode node) {
    void replace(JsonNode value) {
      if (parent instanceof ObjectNode object) {
        object.set(field, value);
      } else {
        ((ArrayNode) parent).set(index, value);
      }
    }
  }

  private static final Pattern LANGUAGE_KEY = Pattern.compile("[a-z]{2}");
  private static final Pattern REQUIRED = Pattern.compile(String.join("|", List.of(
      "\\$\\.(id|organisation|initiative|implementation|impact|transferability)",
      "\\$\\.organisation\\.(name|city|country)",
      "\\$\\.initiative\\.(title|originalLanguage|domains|coverage|period|summary)",
      "\\$\\.initiative\\.period\\.(start|end)",
      "\\$\\.implementation\\.(targetGroups|objectives)",
      "\\$\\.implementation\\.signatureTools\\[\\d+]\\.name",
      "\\$\\.implementation\\.signatureTools\\[\\d+]\\.roles\\[\\d+]\\.(holder|duties)",
      "\\$\\.implementation\\.coordination\\[\\d+]\\.(role|headcount)",
      "\\$\\.implementation\\.resources\\.budget\\.(amount|currency)",
      "\\$\\.impact\\.expectedImpacts\\[\\d+]\\.impact",
      "\\$\\.impact\\.results\\[\\d+]\\.(text|origin)",
      "\\$\\.impact\\.evaluation\\.summary",
      "\\$\\.impact\\.testimonials\\[\\d+]\\.source",
      "\\$\\.impact\\.testimonials\\[\\d+]\\.mediaLinks\\[\\d+]\\.(url|kind)",
      "\\$\\.transferability\\.appliedElsewhere",
      "\\$\\.transferability\\.whereApplied\\[\\d+]\\.(place|country)")));
  private static final Pattern PLAIN_TEXT = Pattern.compile(
      "\\$\\.organisation\\.(name|city|contact)|\\$\\.transferability\\.whereApplied\\[\\d+]\\.place");
  private static final Pattern ENUM_VALUE = Pattern.compile(
      ".*\\.(coverage|appliedElsewhere|origin|source|kind|staffRole)|.*\\.(domains|targetGroups|territoryTypes|measures)\\[\\d+]");

  private static List<Located> nodes(JsonNode root) {
    List<Located> found = new ArrayList<>();
    walk(root, "$", null, null, -1, found);
    return found;
  }

  private static void walk(JsonNode node, String path, ContainerNode<?> parent, String field, int index, List<Located> found) {
    found.add(new Located(path, parent, field, index, node));
    if (node.isObject()) {
      for (Map.Entry<String, JsonNode> child : node.properties()) {
        walk(child.getValue(), path + "." + child.getKey(), (ObjectNode) node, child.getKey(), -1, found);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        walk(node.get(i), path + "[" + i + "]", (ArrayNode) node, null, i, found);
      }
    }
  }

  private static boolean isLocalizedText(JsonNode node) {
    if (!node.isObject() || node.isEmpty()) {
      return false;
    }
    for (Map.Entry<String, JsonNode> entry : node.properties()) {
      if (!LANGUAGE_KEY.matcher(entry.getKey()).matches() || !entry.getValue().isTextual()) {
        return false;
      }
    }
    return true;
  }

  private static Located pick(List<Located> candidates, Random random) {
    return candidates.get(random.nextInt(candidates.size()));
  }

  private static List<Located> matching(ObjectNode tree, Pattern path) {
    return nodes(tree).stream().filter(l -> path.matcher(l.path()).matches()).toList();
  }

  private static ObjectNode object(ObjectNode tree, String... fields) {
    ObjectNode node = tree;
    for (String field : fields) {
      node = (ObjectNode) node.get(field);
    }
    return node;
  }

  private static final List<Mutation> MUTATIONS = List.of(
      new Mutation("remove a required field", (tree, random) -> {
        Located target = pick(matching(tree, REQUIRED), random);
        ((ObjectNode) target.parent()).remove(target.field());
        return new Expected(target.path(), MISSING, true);
      }),
      new Mutation("blank a text", (tree, random) -> {
        List<Located> texts = new ArrayList<>(matching(tree, PLAIN_TEXT));
        nodes(tree).stream().filter(l -> isLocalizedText(l.node()))
            .forEach(l -> l.node().properties().forEach(e -> texts.add(
                new Located(l.path() + "." + e.getKey(), (ObjectNode) l.node(), e.getKey(), -1, e.getValue()))));
        Located target = pick(texts, random);
        target.replace(tree.textNode(random.nextBoolean() ? " " : "\n\t "));
        return new Expected(target.path(), BLANK, true);
      }),
      new Mutation("write a language code that is not one", (tree, random) -> {
        Located text = pick(nodes(tree).stream().filter(l -> isLocalizedText(l.node())).toList(), random);
        String code = random.nextBoolean() ? "eng" : "FR";
        ((ObjectNode) text.node()).put(code, "texte");
        return new Expected(text.path() + "." + code, MALFORMED, true);
      }),
      new Mutation("use a value not in the list", (tree, random) -> {
        Located target = pick(matching(tree, ENUM_VALUE), random);
        target.replace(tree.textNode("SOMETHING_ELSE"));
        return new Expected(target.path(), UNKNOWN_VALUE, true);
      }),
      new Mutation("end the period before it starts", (tree, random) -> {
        ObjectNode period = object(tree, "initiative", "period");
        LocalDate start = LocalDate.parse(period.get("start").textValue());
        period.put("end", start.minusDays(1 + random.nextInt(400)).toString());
        return new Expected("$.initiative.period.end", OUT_OF_ORDER, false);
      }),
      new Mutation("write a summary over 250 words", (tree, random) -> {
        ObjectNode summary = object(tree, "initiative", "summary");
        List<String> languages = new ArrayList<>();
        summary.fieldNames().forEachRemaining(languages::add);
        String language = languages.get(random.nextInt(languages.size()));
        summary.put(language, String.join(" ", Collections.nCopies(251 + random.nextInt(100), "mot")));
        return new Expected("$.initiative.summary." + language, TOO_LONG, false);
      }),
      new Mutation("make an amount negative", (tree, random) -> {
        ObjectNode implementation = object(tree, "implementation");
        ObjectNode resources = implementation.has("resources")
            ? (ObjectNode) implementation.get("resources") : implementation.putObject("resources");
        if (resources.has("fullTimeEquivalent") && random.nextBoolean()) {
          resources.put("fullTimeEquivalent", new java.math.BigDecimal("-0.5"));
          return new Expected("$.implementation.resources.fullTimeEquivalent", NEGATIVE, true);
        }
        ObjectNode budget = resources.has("budget") ? (ObjectNode) resources.get("budget") : resources.putObject("budget");
        budget.put("amount", new java.math.BigDecimal("-0.01")).put("currency", "EUR");
        return new Expected("$.implementation.resources.budget.amount", NEGATIVE, true);
      }),
      new Mutation("give a role no one", (tree, random) -> {
        ArrayNode coordination = object(tree, "implementation").withArray("coordination");
        if (coordination.isEmpty()) {
          coordination.addObject().put("headcount", 1).putObject("role").put("fr", "chargée d'accueil");
        }
        int index = random.nextInt(coordination.size());
        ((ObjectNode) coordination.get(index)).put("headcount", random.nextBoolean() ? 0 : -3);
        return new Expected("$.implementation.coordination[" + index + "].headcount", TOO_SMALL, true);
      }),
      new Mutation("write a country in full", (tree, random) -> {
        Located target = pick(matching(tree, Pattern.compile(".*\\.country")), random);
        target.replace(tree.textNode(random.nextBoolean() ? "France" : "fra"));
        return new Expected(target.path(), MALFORMED, true);
      }),
      new Mutation("give a link without its scheme", (tree, random) -> {
        List<Located> links = new ArrayList<>(matching(tree, Pattern.compile(".*\\.(website|url)")));
        if (links.isEmpty() || random.nextBoolean()) {
          object(tree, "organisation").put("website", "www.ideis-asso.fr");
          return new Expected("$.organisation.website", MALFORMED, true);
        }
        Located target = pick(links, random);
        target.replace(tree.textNode("www.ideis-asso.fr/video.mp4"));
        return new Expected(target.path(), MALFORMED, true);
      }),
      new Mutation("add a field the sheet does not have", (tree, random) -> {
        Located target = pick(
            nodes(tree).stream().filter(l -> l.node().isObject() && !isLocalizedText(l.node())).toList(), random);
        ((ObjectNode) target.node()).put("remarks", "à revoir");
        return new Expected(target.path() + ".remarks", UNKNOWN_FIELD, true);
      }),
      new Mutation("write a text where a list is expected", (tree, random) -> {
        Located target = pick(nodes(tree).stream().filter(l -> l.node().isArray()).toList(), random);
        target.replace(tree.textNode("un seul élément"));
        return new Expected(target.path(), WRONG_TYPE, true);
      }),
      new Mutation("set a field to null", (tree, random) -> {
        Located target = pick(nodes(tree).stream().filter(l -> l.field() != null).toList(), random);
        target.replace(tree.nullNode());
        return new Expected(target.path(), WRONG_TYPE, true);
      }),
      new Mutation("contradict whether it was applied elsewhere", (tree, random) -> {
        ObjectNode transferability = object(tree, "transferability");
        boolean applied = !"NO".equals(transferability.get("appliedElsewhere").textValue());
        transferability.put("appliedElsewhere", applied ? "NO" : (random.nextBoolean() ? "YES" : "PARTIALLY"));
        return new Expected("$.transferability.whereApplied", INCONSISTENT, true);
      }),
      new Mutation("list OTHER without saying what, or say what without OTHER", (tree, random) -> {
        String[][] pairs = {
          {"initiative", "domains", "OTHER", "otherDomain"},
          {"implementation", "targetGroups", "OTHER_PEOPLE_FAR_FROM_EMPLOYMENT", "otherPeopleFarFromEmployment"},
          {"implementation", "targetGroups", "OTHER_PROFESSIONALS", "otherProfessionals"}
        };
        String[] pair = pairs[random.nextInt(pairs.length)];
        ObjectNode section = object(tree, pair[0]);
        boolean listed = false;
        for (JsonNode value : section.get(pair[1])) {
          listed |= value.textValue().equals(pair[2]);
        }
        if (listed) {
          section.remove(pair[3]);
          return new Expected("$." + pair[0] + "." + pair[3], MISSING, true);
        }
        section.putObject(pair[3]).put("fr", "autre");
        return new Expected("$." + pair[0] + "." + pair[3], INCONSISTENT, true);
      }),
      new Mutation("give a testimonial that says nothing", (tree, random) -> {
        ArrayNode testimonials = object(tree, "impact").withArray("testimonials");
        if (testimonials.isEmpty() || random.nextBoolean()) {
          testimonials.addObject().put("source", "BENEFICIARIES");
          return new Expected("$.impact.testimonials[" + (testimonials.size() - 1) + "]", EMPTY, true);
        }
        int index = random.nextInt(testimonials.size());
        ObjectNode testimonial = (ObjectNode) testimonials.get(index);
        testimonial.remove("text");
        testimonial.putArray("strengths");
        testimonial.putArray("weaknesses");
        testimonial.putArray("mediaLinks");
        return new Expected("$.impact.testimonials[" + index + "]", EMPTY, true);
      }),
      new Mutation("list a domain twice", (tree, random) -> {
        ArrayNode domains = (ArrayNode) object(tree, "initiative").get("domains");
        domains.add(domains.get(random.nextInt(domains.size())).textValue());
        return new Expected("$.initiative.domains[" + (domains.size() - 1) + "]", DUPLICATE, true);
      }),
      new Mutation("leave out the French title", (tree, random) -> {
        ObjectNode title = object(tree, "initiative", "title");
        title.remove("fr");
        return title.isEmpty()
            ? new Expected("$.initiative.title", EMPTY, true)
            : new Expected("$.initiative.title.fr", MISSING, true);
      }),
      new Mutation("empty a list that needs an entry", (tree, random) -> {
        String[][] lists = {{"initiative", "domains"}, {"implementation", "targetGroups"}, {"implementation", "objectives"}};
        String[] list = lists[random.nextInt(lists.length)];
        object(tree, list[0]).putArray(list[1]);
        return new Expected("$." + list[0] + "." + list[1], EMPTY, true);
      }),
      new Mutation("write a date another way, or a day that does not exist", (tree, random) -> {
        Located target = pick(matching(tree, Pattern.compile(".*\\.(start|end|since)")), random);
        List<String> notDays = List.of("01/09/2016", "2019-13-01", "2022-02-30", "2023-02-29", "2100-02-29", "2019-04-31");
        target.replace(tree.textNode(notDays.get(random.nextInt(notDays.size()))));
        return new Expected(target.path(), MALFORMED, true);
      }));
}
