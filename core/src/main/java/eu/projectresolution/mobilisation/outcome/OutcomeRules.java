package eu.projectresolution.mobilisation.outcome;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * The rule sets an engine reports with: the three shipped ones by default, plus any a partner adds.
 *
 * <pre>{@code
 * OutcomeRules rules = OutcomeRules.standard().with(spanishRuleSet);   // or .withDiscovered()
 * MobilisationEngine engine = MobilisationEngine.builder().storage(storage).outcomeRules(rules).build();
 * }</pre>
 *
 * <p>Immutable; rule set names, rule names and figure codes must be unique across the sets.
 */
public final class OutcomeRules {
  private final List<RuleSet> ruleSets;

  private OutcomeRules(List<RuleSet> ruleSets) {
    this.ruleSets = List.copyOf(ruleSets);
    Map<String, String> figures = new HashMap<>();
    Map<String, String> rules = new HashMap<>();
    Map<String, RuleSet> names = new HashMap<>();
    for (RuleSet set : this.ruleSets) {
      String name = set.ref().name();
      checkArgument(names.put(name, set) == null, "rule set %s is registered twice", name);
      for (OutcomeRule rule : set.rules()) {
        String other = rules.put(rule.ref().name(), name);
        checkArgument(other == null, "rule %s is in rule sets %s and %s: rule names must be unique", rule.ref().name(), other, name);
      }
      for (String figure : set.figures()) {
        String other = figures.put(figure, name);
        checkArgument(
            other == null,
            "figure %s is reported by rule sets %s and %s: give the partner's figures their own prefix, e.g. \"es.\"",
            figure,
            other,
            name);
      }
    }
  }

  /** SIPA's positive exit, the French IAE exit categories and the ESF+ common indicators. */
  public static OutcomeRules standard() {
    return of(RuleSets.sipa(), RuleSets.franceIae(), RuleSets.esfPlus());
  }

  /**
   * The three shipped rule sets, the ESF+ one counting as participants the people {@code participant}
   * defines (the managing authority's definition; {@link EsfPlusParticipant#welcomed()} gives {@link
   * #standard()}).
   *
   * <pre>{@code
   * OutcomeRules rules = OutcomeRules.standard(EsfPlusParticipant.accompanimentStarted());
   * }</pre>
   */
  public static OutcomeRules standard(EsfPlusParticipant participant) {
    return of(RuleSets.sipa(), RuleSets.franceIae(), RuleSets.esfPlus(participant));
  }

  public static OutcomeRules of(RuleSet... ruleSets) {
    return of(List.of(ruleSets));
  }

  public static OutcomeRules of(List<RuleSet> ruleSets) {
    return new OutcomeRules(requireNonNull(ruleSets, "ruleSets"));
  }

  /** These rule sets and {@code ruleSet}. */
  public OutcomeRules with(RuleSet ruleSet) {
    List<RuleSet> all = new ArrayList<>(ruleSets);
    all.add(requireNonNull(ruleSet, "ruleSet"));
    return new OutcomeRules(all);
  }

  /** These rule sets and those every {@link RuleSetProvider} on the class path supplies. */
  public OutcomeRules withDiscovered() {
    return withDiscovered(Thread.currentThread().getContextClassLoader());
  }

  /** These rule sets and those every {@link RuleSetProvider} visible to {@code loader} supplies. */
  public OutcomeRules withDiscovered(ClassLoader loader) {
    List<RuleSet> all = new ArrayList<>(ruleSets);
    for (RuleSetProvider provider : ServiceLoader.load(RuleSetProvider.class, loader)) {
      all.add(requireNonNull(provider.ruleSet(), () -> provider.getClass().getName() + ".ruleSet() returned null"));
    }
    return new OutcomeRules(all);
  }

  public List<RuleSet> ruleSets() {
    return ruleSets;
  }

  public Optional<RuleSet> ruleSet(String name) {
    return ruleSets.stream().filter(s -> s.ref().name().equals(name)).findFirst();
  }

  /** What every rule decides about the participant, in registration order. */
  public Map<RuleRef, Classification> classify(Participant participant) {
    Map<RuleRef, Classification> all = new LinkedHashMap<>();
    for (RuleSet set : ruleSets) {
      for (OutcomeRule rule : set.rules()) {
        all.put(rule.ref(), rule.classify(participant));
      }
    }
    return all;
  }

  @Override
  public String toString() {
    return "OutcomeRules" + ruleSets.stream().map(s -> s.ref().name() + " v" + s.ref().version()).toList();
  }
}
