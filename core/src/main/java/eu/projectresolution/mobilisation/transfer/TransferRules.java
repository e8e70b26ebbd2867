package eu.projectresolution.mobilisation.transfer;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import eu.projectresolution.mobilisation.countrypack.CountryPacks;
import eu.projectresolution.mobilisation.internal.Checks;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A named, ordered set of {@link TransferRule}s that assesses a practice against a target context.
 *
 * <pre>{@code
 * TransferRules rules = SipaTransfer.rules();                      // from the shipped JSON rule file
 * TransferRules mine = rules.with(myOwnRule);                      // plus a partner's Java rule
 * TransferabilityAssessment a = mine.assess(SipaTransfer.practice(), SipaTransfer.nordFrancheComteQpv());
 * }</pre>
 *
 * <p>For each element of the practice, every rule is asked in order; the element's verdict is the worst
 * finding ({@link Verdict#TRANSFERABLE TRANSFERABLE} when no rule found anything) and its reason the
 * reasons of the findings with that verdict. Immutable and thread-safe as long as its rules are.
 */
public final class TransferRules {
  private final String name;
  private final ImmutableList<TransferRule> rules;

  private TransferRules(String name, List<? extends TransferRule> rules) {
    this.name = Checks.checkNotBlank(name, "transferRules.name");
    requireNonNull(rules, "rules");
    for (int i = 0; i < rules.size(); i++) {
      checkArgument(rules.get(i) != null, "rule set %s: rule %s is null", name, i);
    }
    this.rules = ImmutableList.copyOf(rules);
  }

  /** A rule set named {@code name} (e.g. "SIPA transferability rules") made of {@code rules}, in order. */
  public static TransferRules of(String name, TransferRule... rules) {
    return new TransferRules(name, Arrays.asList(rules));
  }

  /** A rule set named {@code name} made of {@code rules}, in order. */
  public static TransferRules of(String name, List<? extends TransferRule> rules) {
    return new TransferRules(name, rules);
  }

  public String name() {
    return name;
  }

  public List<TransferRule> rules() {
    return rules;
  }

  /** A new rule set with the same name and {@code more} rules after these. */
  public TransferRules with(TransferRule... more) {
    List<TransferRule> all = new ArrayList<>(rules);
    all.addAll(Arrays.asList(more));
    return new TransferRules(name, all);
  }

  /**
   * Assesses every element of {@code practice} against {@code context}, with the country pack the context
   * names found among the {@linkplain CountryPacks#standard() standard packs}.
   *
   * @throws IllegalArgumentException if the context names a country pack, region or territory designation
   *     that is not known
   */
  public TransferabilityAssessment assess(PracticeDecomposition practice, TransferContext context) {
    return assess(practice, context, CountryPacks.standard());
  }

  /**
   * Assesses every element of {@code practice} against {@code context}, with the country pack the context
   * names found among {@code packs}; the assessment reports what the pack says about the target
   * ({@link TransferabilityAssessment#localGround()}).
   *
   * @throws IllegalArgumentException if the context names a country pack, region or territory designation
   *     that {@code packs} do not have, or a designation of another kind of territory than its own
   */
  public TransferabilityAssessment assess(PracticeDecomposition practice, TransferContext context, CountryPacks packs) {
    requireNonNull(practice, "practice");
    requireNonNull(context, "context");
    requireNonNull(packs, "packs");
    TransferabilityAssessment.Builder assessment =
        TransferabilityAssessment.builder()
            .practice(practice.code())
            .practiceName(practice.name())
            .ruleSet(name)
            .context(context.name())
            .localGround(LocalGround.of(context, packs));
    for (PracticeElement element : practice.elements()) {
      assessment.addElements(assess(element, context));
    }
    return assessment.build();
  }

  private ElementVerdict assess(PracticeElement element, TransferContext context) {
    List<Finding> findings = new ArrayList<>();
    for (TransferRule rule : rules) {
      List<Finding> found = rule.evaluate(element, context);
      checkArgument(
          found != null && found.stream().noneMatch(Objects::isNull),
          "rule %s of rule set %s returned null findings for element %s: return an empty list instead",
          rule,
          name,
          element.id());
      findings.addAll(found);
    }
    Verdict verdict = findings.stream().map(Finding::verdict).reduce(Verdict.TRANSFERABLE, Verdict::worst);
    return ElementVerdict.builder()
        .element(element.id())
        .name(element.name())
        .essential(element.essential())
        .verdict(verdict)
        .reason(reason(verdict, findings))
        .findings(findings)
        .build();
  }

  private static String reason(Verdict verdict, List<Finding> findings) {
    List<String> reasons =
        findings.stream().filter(f -> f.verdict() == verdict).map(Finding::reason).toList();
    String lead =
        switch (verdict) {
          case TRANSFERABLE -> "Carries over as it is.";
          case ADAPT -> "Carries over with an adaptation.";
          case NOT_TRANSFERABLE -> "Cannot work there.";
        };
    if (reasons.isEmpty()) {
      return lead + " No rule found anything standing in the way.";
    }
    StringBuilder reason = new StringBuilder(lead).append(' ').append(String.join(" ", reasons));
    if (verdict == Verdict.ADAPT) {
      // Several requirements may share one adaptation: name each adaptation once, at the end.
      List<String> adaptations =
          findings.stream()
              .flatMap(f -> f.adaptation().stream())
              .map(a -> a.description() + " ('" + a.id() + "')")
              .distinct()
              .toList();
      reason.append(adaptations.size() == 1 ? " Adaptation: " : " Adaptations: ")
          .append(String.join("; ", adaptations))
          .append('.');
    }
    return reason.toString();
  }

  @Override
  public String toString() {
    return "TransferRules[" + name + ", " + rules + "]";
  }
}
