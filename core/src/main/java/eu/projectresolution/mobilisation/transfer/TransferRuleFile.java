package eu.projectresolution.mobilisation.transfer;

import static com.google.common.base.Preconditions.checkArgument;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import eu.projectresolution.mobilisation.internal.Checks;
import java.io.InputStream;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A rule set written as data: a practice's decomposition (its elements and their requirements) and the
 * adaptations that compensate unmet requirements. Its JSON form follows {@code transfer-rules.schema.json}
 * (JSON Schema draft 2020-12, shipped next to this class in core's resources):
 *
 * <pre>{@code
 * {
 *   "ruleSet": "SIPA transferability rules",
 *   "practice": {
 *     "code": "sipa-montbeliard",
 *     "name": "SIPA - Sites d'Information, de Projets et d'Accompagnement",
 *     "elements": [
 *       { "id": "recrut-cafe", "name": "Recrut'Café", "essential": false,
 *         "requirements": [
 *           { "id": "temporary-work-agency", "type": "partners", "anyOf": ["TEMPORARY_WORK_AGENCY"] } ] } ] },
 *   "adaptations": [
 *     { "id": "local-employers-and-work-integration", "element": "recrut-cafe",
 *       "compensates": ["temporary-work-agency"],
 *       "when": [ { "id": "recruiters", "type": "partners", "anyOf": ["EMPLOYER", "WORK_INTEGRATION_ENTERPRISE"] } ],
 *       "description": "Recruit with local employers and work-integration enterprises" } ]
 * }
 * }</pre>
 *
 * <p>{@link #fromJson(String)} reports every problem at once, each a {@link
 * eu.projectresolution.mobilisation.document.DocumentProblem} with its JSON path and code: unknown fields,
 * unknown partner kinds (or territory types, staff roles, scheme kinds...), missing fields, wrong types,
 * duplicate ids, and adaptations naming an element or requirement the practice does not have (which a
 * schema cannot check). Nothing is silently ignored. The structure is {@code transfer-rules.schema.json},
 * interpreted by the document kit; the rest are the named rules of {@code TransferFileRules}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableTransferRuleFile.class)
@JsonDeserialize(as = ImmutableTransferRuleFile.class)
public interface TransferRuleFile {
  /** The rule set's name, shown in every assessment it produces. At most 200 characters. */
  String ruleSet();

  /** At most 2,000 characters. */
  Optional<String> description();

  PracticeDecomposition practice();

  List<Adaptation> adaptations();

  /** The rules this file stands for: one {@link RequirementCheck} with the file's adaptations. */
  default TransferRules rules() {
    return TransferRules.of(ruleSet(), RequirementCheck.withAdaptations(adaptations()));
  }

  @Value.Check
  default void check() {
    Checks.checkNotBlankText(ruleSet(), "ruleFile.ruleSet", Checks.NAME);
    Checks.checkText(description(), "ruleFile.description", Checks.DESCRIPTION);
    Set<AdaptationId> seen = new HashSet<>();
    for (Adaptation adaptation : adaptations()) {
      checkArgument(
          seen.add(adaptation.id()), "rule set %s lists adaptation id %s twice", ruleSet(), adaptation.id());
      PracticeElement element =
          practice()
              .element(adaptation.element())
              .orElseThrow(
                  () ->
                      new IllegalArgumentException(
                          "adaptation "
                              + adaptation.id()
                              + " names element "
                              + adaptation.element()
                              + ", which practice "
                              + practice().code()
                              + " does not have"));
      for (RequirementId requirement : adaptation.compensates()) {
        checkArgument(
            element.requirement(requirement).isPresent(),
            "adaptation %s compensates requirement %s, which element %s does not have",
            adaptation.id(),
            requirement,
            element.id());
      }
    }
  }

  /**
   * Reads a rule file from JSON.
   *
   * @throws InvalidTransferFile listing every problem with its JSON path
   */
  static TransferRuleFile fromJson(String json) {
    return TransferFileRules.ruleFile().read(json, TransferRuleFile.class)
        .valueOrThrow(problems -> new InvalidTransferFile("rule file", problems));
  }

  /** Reads a rule file from a UTF-8 JSON stream (the caller closes it); see {@link #fromJson(String)}. */
  static TransferRuleFile read(InputStream json) {
    return TransferFileRules.ruleFile().read(json, TransferRuleFile.class)
        .valueOrThrow(problems -> new InvalidTransferFile("rule file", problems));
  }

  static Builder builder() {
    return new Builder();
  }

  final class Builder extends ImmutableTransferRuleFile.Builder {}
}
