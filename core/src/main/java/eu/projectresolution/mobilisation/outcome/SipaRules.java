package eu.projectresolution.mobilisation.outcome;

import eu.projectresolution.mobilisation.beneficiary.Situation;
import eu.projectresolution.mobilisation.pathway.Exit;
import eu.projectresolution.mobilisation.pathway.FollowUp;
import eu.projectresolution.mobilisation.pathway.FollowUpMoment;
import eu.projectresolution.mobilisation.pathway.Referral;
import eu.projectresolution.mobilisation.pathway.ReferralStatus;
import eu.projectresolution.mobilisation.pathway.Step;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** SIPA's positive exit. */
final class SipaRules {
  static final String POSITIVE = "positive_exit";
  static final String OTHER = "other_exit";
  static final String NOT_YET_EXITED = "not_yet_exited";
  static final String NOT_ACCOMPANIED = "not_accompanied";

  static final OutcomeRule POSITIVE_EXIT =
      OutcomeRule.builder()
          .ref(RuleRef.of("sipa.positive_exit", 1))
          .definition(
              "Of the people whose adapted accompaniment started during the period: a positive exit is an exit, "
                  + "by the end of the period, linked with a mainstream scheme (registered with the public "
                  + "employment service at exit, a referral started, accompanied by another scheme at exit) or "
                  + "straight into employment")
          .addCategories(
              OutcomeCategory.counted(POSITIVE, "Accompanied people with a positive exit", "sipa.positive_exits"),
              OutcomeCategory.counted(OTHER, "Accompanied people who left without a positive exit", "sipa.other_exits"),
              OutcomeCategory.counted(NOT_YET_EXITED, "Accompanied people who had not left by the end of the period",
                  "sipa.not_yet_exited"),
              OutcomeCategory.outOfScope(NOT_ACCOMPANIED, "No adapted accompaniment started during the period"))
          .addRates(OutcomeRate.of("sipa.positive_exit_rate", "Positive exits per person accompanied", POSITIVE))
          .classifier(SipaRules::classify)
          .build();

  static final RuleSet RULE_SET =
      RuleSet.builder()
          .ref(RuleRef.of("sipa", 1))
          .description("SIPA practice sheet (IDEIS, Montbéliard): positive exits of the adapted accompaniment")
          .addRules(POSITIVE_EXIT)
          .build();

  /** Made once: most people, in most of their facts' cells, started no accompaniment. */
  private static final Classification NO_ACCOMPANIMENT =
      Classification.of(NOT_ACCOMPANIED, "no adapted accompaniment started during the period");

  private SipaRules() {}

  private static Classification classify(Participant p) {
    Optional<LocalDate> start = p.firstReachedDuringPeriod(Step.ACCOMPANIMENT);
    if (start.isEmpty()) {
      return NO_ACCOMPANIMENT;
    }
    Optional<LocalDate> left = p.leftOn().filter(day -> !day.isBefore(start.get()));
    if (left.isEmpty()) {
      return Classification.of(
          NOT_YET_EXITED, "accompaniment started on " + start.get() + "; not left by " + p.period().end());
    }
    Optional<Exit> exit = p.exit();
    if (exit.isEmpty()) {
      return Classification.of(
          OTHER, "left on " + left.get() + " without an exit (stage '" + p.leftThrough().orElseThrow() + "')");
    }
    List<String> links = new ArrayList<>();
    Situation atExit = exit.get().situation();
    if (atExit.registeredWithPublicEmploymentService()) {
      links.add("registered with the public employment service at exit");
    }
    if (atExit.accompaniedByAnotherScheme()) {
      links.add("accompanied by another scheme at exit");
    }
    boolean employedFollowUp = exit.get().followUps(FollowUpMoment.AT_EXIT).stream().anyMatch(FollowUp::employed);
    if (atExit.employed() || employedFollowUp) {
      links.add("in employment at exit");
    }
    for (Referral referral : p.pathway().referrals()) {
      if (referral.status() == ReferralStatus.STARTED && !referral.statusOn().isAfter(p.period().end())) {
        links.add("referral to scheme " + referral.schemeId() + " started on " + referral.statusOn());
      }
    }
    if (links.isEmpty()) {
      return Classification.of(
          OTHER,
          "exit on " + exit.get().on() + " (" + exit.get().reason()
              + ") with no link to a mainstream scheme and no job");
    }
    return Classification.of(POSITIVE, "exit on " + exit.get().on() + ": " + String.join("; ", links));
  }
}
