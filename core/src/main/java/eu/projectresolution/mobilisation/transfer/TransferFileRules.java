package eu.projectresolution.mobilisation.transfer;

import static eu.projectresolution.mobilisation.document.ProblemCode.INCONSISTENT;
import static eu.projectresolution.mobilisation.document.ProblemCode.MALFORMED;
import static eu.projectresolution.mobilisation.document.ProblemCode.UNKNOWN_REFERENCE;

import com.google.common.base.Suppliers;
import eu.projectresolution.mobilisation.countrypack.CountryPack;
import eu.projectresolution.mobilisation.countrypack.CountryPacks;
import eu.projectresolution.mobilisation.countrypack.TerritoryDesignation;
import eu.projectresolution.mobilisation.document.DocumentChecker;
import eu.projectresolution.mobilisation.document.DocumentNode;
import eu.projectresolution.mobilisation.document.DocumentRule;
import eu.projectresolution.mobilisation.document.TextPattern;
import eu.projectresolution.mobilisation.json.MobilisationJson;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;

/**
 * The rules of rule files and context files beyond their structure, each named. The structure is {@code
 * transfer-rules.schema.json} and {@code transfer-context.schema.json}, which the checkers interpret; what a
 * schema cannot say (ids unique, references that resolve, one staff entry per role) is here.
 */
final class TransferFileRules {
  /** The requirements of an element have distinct ids. */
  static final DocumentRule REQUIREMENT_IDS_UNIQUE =
      DocumentRule.unique("requirement ids unique in an element", "$.practice.elements[*].requirements", "id",
          "requirement ids must be unique within an element");

  /** The conditions of an adaptation have distinct ids. */
  static final DocumentRule CONDITION_IDS_UNIQUE =
      DocumentRule.unique("condition ids unique in an adaptation", "$.adaptations[*].when", "id",
          "condition ids must be unique within an adaptation");

  /** The elements of the practice have distinct ids. */
  static final DocumentRule ELEMENT_IDS_UNIQUE =
      DocumentRule.unique("element ids unique", "$.practice.elements", "id", "element ids must be unique");

  /** The adaptations have distinct ids. */
  static final DocumentRule ADAPTATION_IDS_UNIQUE =
      DocumentRule.unique("adaptation ids unique", "$.adaptations", "id", "adaptation ids must be unique");

  /**
   * An adaptation names an element of the practice, and requirements of that element. Checked only against
   * a practice whose ids are all sound: a reference to a misspelt id would only echo its problem.
   */
  static final DocumentRule ADAPTATIONS_NAME_THE_PRACTICE =
      DocumentRule.of("adaptations name the practice's elements and requirements", UNKNOWN_REFERENCE, "$.adaptations[*]",
          (adaptation, report) -> {
            Optional<Map<String, Set<String>>> elements =
                soundIds(adaptation.root().field("practice").field("elements"), "id", "requirements");
            String element = adaptation.field("element").soundText().orElse(null);
            if (element == null || elements.isEmpty()) {
              return;
            }
            if (!elements.get().containsKey(element)) {
              report.problem(adaptation.field("element"),
                  "unknown element \"" + element + "\": the practice has elements " + elements.get().keySet());
              return;
            }
            Set<String> requirements = elements.get().get(element);
            for (DocumentNode compensated : adaptation.field("compensates").items()) {
              compensated.soundText().filter(id -> requirements != null && !requirements.contains(id)).ifPresent(id ->
                  report.problem(compensated, "element \"" + element + "\" has no requirement \"" + id
                      + "\": its requirements are " + requirements));
            }
          });

  /** A context gives one staff entry per role, with its total FTE. */
  static final DocumentRule STAFF_ROLES_UNIQUE =
      DocumentRule.unique("one staff entry per role", "$.staff", "role", "give one entry per role with its total FTE");

  /**
   * A context's {@code countryPack} names a known pack, and its {@code region} and {@code territoryDesignation}
   * are the pack's (neither without a pack). Built for the packs a reader knows.
   */
  static DocumentRule packReferencesResolve(CountryPacks packs) {
    return DocumentRule.of("country pack references resolve", UNKNOWN_REFERENCE,
        List.of("$.countryPack", "$.region", "$.territoryDesignation"), (node, report) -> {
          Optional<String> value = node.soundText();
          if (value.isEmpty()) {
            return;
          }
          String field = node.path().substring(2);
          if (field.equals("countryPack")) {
            if (packs.find(value.get()).isEmpty()) {
              report.problem(node, "\"" + value.get() + "\" is not a known country pack: use one of " + packs.knownIds()
                  + ", or put " + value.get() + ".json on the classpath or give it with the pack files");
            }
            return;
          }
          DocumentNode packNode = node.root().field("countryPack");
          if (!packNode.isPresent()) {
            report.problem(node, "a " + field + " belongs to a country pack: add \"countryPack\" naming it");
            return;
          }
          Optional<String> packId = packNode.soundText();
          if (packId.isEmpty()) {
            return;
          }
          Optional<CountryPack> pack = packs.find(packId.get());
          if (pack.isEmpty()) {
            return;
          }
          List<String> known = field.equals("region")
              ? pack.get().regions()
              : pack.get().territoryDesignations().stream().map(TerritoryDesignation::id).toList();
          if (!known.contains(value.get())) {
            report.problem(node, "\"" + value.get() + "\" is not a " + (field.equals("region") ? "region" : "territory designation")
                + " of country pack " + packId.get() + ": use one of " + known);
          }
        });
  }

  /** A context's territory designation is of its territory type. Built for the packs a reader knows. */
  static DocumentRule designationMatchesTerritoryType(CountryPacks packs) {
    return DocumentRule.of("territory designation of the context's type", INCONSISTENT, "$.territoryDesignation",
        (node, report) -> {
          Optional<String> packId = node.root().field("countryPack").soundText();
          Optional<String> type = node.root().field("territoryType").soundText();
          Optional<TerritoryDesignation> designation = packId.flatMap(packs::find)
              .flatMap(pack -> node.soundText().flatMap(pack::designation));
          if (designation.isPresent() && type.isPresent() && !designation.get().territoryType().name().equals(type.get())) {
            report.problem(node, "\"" + designation.get().id() + "\" is a territory of type "
                + designation.get().territoryType() + " but territoryType is " + type.get() + ": make them agree");
          }
        });
  }

  /** A key of a context's {@code sources}: a field name, optionally followed by {@code .detail}. */
  static final TextPattern CONTEXT_FIELD =
      TextPattern.of(
          "field of a context",
          "^(" + String.join("|", TransferContext.FIELDS) + ")(\\..+)?$",
          MALFORMED,
          key -> key + " names no field of a context: use a field name, optionally followed by \".detail\", among "
              + new TreeSet<>(TransferContext.FIELDS));

  private static final Supplier<DocumentChecker> RULE_FILE =
      Suppliers.memoize(() ->
          DocumentChecker.builder("rule file", TransferFileRules.class, "transfer-rules.schema.json")
              .mapper(MobilisationJson.objectMapper())
              .rules(List.of(REQUIREMENT_IDS_UNIQUE, CONDITION_IDS_UNIQUE, ELEMENT_IDS_UNIQUE, ADAPTATION_IDS_UNIQUE,
                  ADAPTATIONS_NAME_THE_PRACTICE))
              .build());

  private static final Supplier<DocumentChecker> CONTEXT_FILE =
      Suppliers.memoize(() -> contextFile(CountryPacks.standard()));

  private TransferFileRules() {}

  /** The checker of rule files ({@link TransferRuleFile}). */
  static DocumentChecker ruleFile() {
    return RULE_FILE.get();
  }

  /** The checker of context files ({@link TransferContext}), with the standard country packs. */
  static DocumentChecker contextFile() {
    return CONTEXT_FILE.get();
  }

  /** The checker of context files ({@link TransferContext}) that may name one of {@code packs}. */
  static DocumentChecker contextFile(CountryPacks packs) {
    return DocumentChecker.builder("context file", TransferFileRules.class, "transfer-context.schema.json")
        .mapper(MobilisationJson.objectMapper())
        .patterns(List.of(CONTEXT_FIELD))
        .rules(List.of(STAFF_ROLES_UNIQUE, packReferencesResolve(packs), designationMatchesTerritoryType(packs)))
        .build();
  }

  /**
   * The ids of the items of {@code list}, each with the ids of the items of its {@code children} (null when
   * those are not a list or one of their ids is not sound); empty when an item's own id is not sound.
   */
  private static Optional<Map<String, Set<String>>> soundIds(DocumentNode list, String id, String children) {
    Map<String, Set<String>> ids = new LinkedHashMap<>();
    for (DocumentNode item : list.items()) {
      Optional<String> itemId = item.field(id).soundText();
      if (itemId.isEmpty()) {
        return Optional.empty();
      }
      DocumentNode kids = item.field(children);
      Set<String> childIds = kids.isPresent() && !kids.json().isArray() ? null : new LinkedHashSet<>();
      for (DocumentNode child : kids.items()) {
        Optional<String> childId = child.field(id).soundText();
        if (childId.isEmpty()) {
          childIds = null;
          break;
        }
        childIds.add(childId.get());
      }
      ids.putIfAbsent(itemId.get(), childIds);
    }
    return list.items().isEmpty() ? Optional.empty() : Optional.of(ids);
  }
}
