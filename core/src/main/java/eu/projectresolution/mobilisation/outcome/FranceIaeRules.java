package eu.projectresolution.mobilisation.outcome;

import eu.projectresolution.mobilisation.pathway.Employment;
import eu.projectresolution.mobilisation.pathway.Exit;
import eu.projectresolution.mobilisation.pathway.FollowUp;
import eu.projectresolution.mobilisation.pathway.FollowUpMoment;
import java.util.List;
import java.util.Optional;

/** The French IAE exit categories (DARES). */
final class FranceIaeRules {
  static final String DURABLE = "durable_employment";
  static final String TRANSITION = "transition_employment";
  static final String OTHER_POSITIVE = "other_positive";
  static final String OTHER = "other_exit";
  static final String WITHDRAWN = "withdrawn";
  static final String NOT_LEFT = "not_left";

  /** Fixed-term contracts and temporary assignments of at least this many months count as durable. */
  static final int DURABLE_MONTHS = 6;

  static final OutcomeRule EXIT_CATEGORY =
      OutcomeRule.builder()
          .ref(RuleRef.of("fr.iae.exit_category", 1))
          .definition(
              "Participants who left during the period, by their situation at exit (latest at-exit follow-up): "
                  + "durable employment = open-ended contract, fixed-term contract or temporary work of 6 months "
                  + "or more, civil-service post, business creation or self-employment; transition employment = "
                  + "shorter fixed-term or temporary work (or of unrecorded duration), subsidised contract with "
                  + "an ordinary employer; other positive exit = qualifying training, job in another "
                  + "work-integration structure; other exit = anything else, including leaving without an exit "
                  + "or without an at-exit follow-up; withdrawn = exit with a recorded circumstance (long "
                  + "illness, maternity or parental leave, incarceration, death, retirement), excluded from the "
                  + "denominator")
          .cohortFigure("fr.iae.exits")
          .addCategories(
              OutcomeCategory.counted(DURABLE, "Exits to durable employment", "fr.iae.durable_employment"),
              OutcomeCategory.counted(TRANSITION, "Exits to transition employment", "fr.iae.transition_employment"),
              OutcomeCategory.counted(OTHER_POSITIVE, "Other positive exits", "fr.iae.other_positive_exits"),
              OutcomeCategory.counted(OTHER, "Other exits", "fr.iae.other_exits"),
              OutcomeCategory.withdrawn(WITHDRAWN, "Withdrawn exits (excluded from the rates)", "fr.iae.withdrawn_exits"),
              OutcomeCategory.outOfScope(NOT_LEFT, "Did not leave during the period"))
          .addRates(
              OutcomeRate.of("fr.iae.dynamic_exit_rate", "Dynamic exit rate (durable + transition + other positive)",
                  DURABLE, TRANSITION, OTHER_POSITIVE),
              OutcomeRate.of("fr.iae.durable_employment_rate", "Rate of exits to durable employment", DURABLE),
              OutcomeRate.of("fr.iae.transition_employment_rate", "Rate of exits to transition employment", TRANSITION),
              OutcomeRate.of("fr.iae.other_positive_exit_rate", "Rate of other positive exits", OTHER_POSITIVE))
          .classifier(FranceIaeRules::classify)
          .build();

  static final RuleSet RULE_SET =
      RuleSet.builder()
          .ref(RuleRef.of("fr.iae", 1))
          .description(
              "France: exit categories of work-integration structures (insertion par l'activité économique), "
                  + "as published by the DARES")
          .addRules(EXIT_CATEGORY)
          .build();

  /** Made once: most people, in most of their facts' cells, did not leave during the period. */
  private static final Classification DID_NOT_LEAVE =
      Classification.of(NOT_LEFT, "did not leave the programme during the period");

  private FranceIaeRules() {}

  private static Classification classify(Participant p) {
    if (p.entryOn().isEmpty() || !p.leftDuringPeriod()) {
      return DID_NOT_LEAVE;
    }
    Optional<Exit> exit = p.exit();
    if (exit.isEmpty()) {
      return Classification.of(
          OTHER, "left on " + p.leftOn().orElseThrow() + " without an exit (stage '" + p.leftThrough().orElseThrow() + "')");
    }
    if (exit.get().circumstance().isPresent()) {
      return Classification.of(
          WITHDRAWN, "exit on " + exit.get().on() + " withdrawn: " + exit.get().circumstance().get());
    }
    List<FollowUp> atExit = exit.get().followUps(FollowUpMoment.AT_EXIT);
    if (atExit.isEmpty()) {
      return Classification.of(
          OTHER, "exit on " + exit.get().on() + " with no at-exit follow-up: the situation at exit is not known");
    }
    FollowUp latest = atExit.get(atExit.size() - 1);
    if (latest.businessCreated()) {
      return Classification.of(DURABLE, "business created (observed " + latest.observedOn() + ")");
    }
    if (latest.employment().isPresent()) {
      Employment job = latest.employment().get();
      String observed = " (observed " + latest.observedOn() + ")";
      switch (job.contract()) {
        case OPEN_ENDED, CIVIL_SERVICE, SELF_EMPLOYED:
          return Classification.of(DURABLE, job.contract() + observed);
        case FIXED_TERM, TEMPORARY_AGENCY:
          if (job.durationMonths().isEmpty()) {
            return Classification.of(TRANSITION, job.contract() + " of unrecorded duration" + observed);
          }
          int months = job.durationMonths().getAsInt();
          return months >= DURABLE_MONTHS
              ? Classification.of(DURABLE, job.contract() + " of " + months + " months" + observed)
              : Classification.of(TRANSITION, job.contract() + " of " + months + " months" + observed);
        case SUBSIDISED_CONTRACT:
          return Classification.of(TRANSITION, "subsidised contract with an ordinary employer" + observed);
        case WORK_INTEGRATION:
          return Classification.of(OTHER_POSITIVE, "job in another work-integration structure" + observed);
        default:
          throw new IllegalStateException("contract type " + job.contract() + " has no IAE category");
      }
    }
    if (latest.qualifyingTraining()) {
      return Classification.of(OTHER_POSITIVE, "qualifying training (observed " + latest.observedOn() + ")");
    }
    return Classification.of(
        OTHER, "exit on " + exit.get().on() + ": no job, business or qualifying training at exit");
  }
}
