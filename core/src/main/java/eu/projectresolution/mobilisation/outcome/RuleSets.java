package eu.projectresolution.mobilisation.outcome;

/**
 * The rule sets that ship with the engine.
 *
 * <ul>
 *   <li>{@link #sipa()}: SIPA's positive exit, rule {@code sipa.positive_exit} v1.
 *   <li>{@link #franceIae()}: the exit categories of French work-integration structures (IAE) as the
 *       DARES publishes them, rule {@code fr.iae.exit_category} v1.
 *   <li>{@link #esfPlus()}: the ESF+ common output (EECO01-17) and result (EECR01-06) indicators on
 *       participants, Regulation (EU) 2021/1057 Annex I, one rule per indicator, broken down by gender;
 *       {@link #esfPlus(EsfPlusParticipant)} for another definition of a participant than the first
 *       welcome.
 * </ul>
 */
public final class RuleSets {
  private RuleSets() {}

  /**
   * SIPA: of the people whose adapted accompaniment started during the period, a positive exit is an
   * exit, by the period's end, linked with a mainstream scheme (registered with the public employment
   * service, a referral started, accompanied by another scheme) or straight into employment.
   */
  public static RuleSet sipa() {
    return SipaRules.RULE_SET;
  }

  /**
   * France, IAE exits (DARES categories), for people who left during the period: durable employment
   * (open-ended contract, fixed-term or temporary work of 6 months or more, civil-service post, business
   * creation or self-employment), transition employment (shorter contracts, subsidised contracts with an
   * ordinary employer), other positive exits (qualifying training, move to another work-integration
   * structure), other exits, and withdrawn exits (long illness, maternity, incarceration, death,
   * retirement) excluded from the denominator. The "dynamic exit" rate sums the first three.
   */
  public static RuleSet franceIae() {
    return FranceIaeRules.RULE_SET;
  }

  /**
   * ESF+ common indicators on participants (Regulation (EU) 2021/1057, Annex I), each broken down by
   * gender: outputs EECO01-17 for the participants who entered during the period (age at entry), and
   * results EECR01-06 for the participants who left during it.
   */
  public static RuleSet esfPlus() {
    return EsfPlusRules.RULE_SET;
  }

  /**
   * The ESF+ common indicators (as {@link #esfPlus()}) for the managing authority's definition of a
   * participant: EECO01 counts the people who became participants during the period, the other output
   * indicators break them down, and the result indicators count the participants who left during it. A
   * definition other than the default names its rule set and rules after it ({@code
   * esf-plus:accompaniment_started}, {@code esf-plus.EECO01:accompaniment_started}), so that every figure
   * says which definition counted it.
   *
   * <pre>{@code
   * RuleSet esf = RuleSets.esfPlus(EsfPlusParticipant.accompanimentStarted());
   * }</pre>
   */
  public static RuleSet esfPlus(EsfPlusParticipant participant) {
    java.util.Objects.requireNonNull(participant, "participant");
    return participant.isDefault() ? EsfPlusRules.RULE_SET : EsfPlusRules.ruleSet(participant);
  }
}
