package eu.projectresolution.mobilisation.outcome;

import eu.projectresolution.mobilisation.beneficiary.AgeBand;
import eu.projectresolution.mobilisation.beneficiary.EducationLevel;
import eu.projectresolution.mobilisation.beneficiary.EntryStatus;
import eu.projectresolution.mobilisation.beneficiary.LabourMarketStatus;
import eu.projectresolution.mobilisation.beneficiary.SensitiveAnswer;
import eu.projectresolution.mobilisation.beneficiary.Situation;
import eu.projectresolution.mobilisation.pathway.Exit;
import eu.projectresolution.mobilisation.pathway.FollowUp;
import eu.projectresolution.mobilisation.pathway.FollowUpMoment;
import eu.projectresolution.mobilisation.programme.TerritoryType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The ESF+ common indicators on participants, Regulation (EU) 2021/1057, Annex I, for one definition of
 * a participant ({@link EsfPlusParticipant}): each rule set is built for the definition the host
 * registers, the default's with the names and definitions it always had.
 */
final class EsfPlusRules {
  static final String COUNTED = "counted";
  static final String NOT_COUNTED = "not_counted";
  static final String NOT_RECORDED = "not_recorded";
  static final String NOT_ENTERED = "not_entered";
  static final String NOT_LEAVER = "not_a_leaver";

  private static final String LEAVERS = "Participants who left during the period";

  // The classifications whose reason names no date, made once: most people, in most of their facts'
  // cells, are out of a rule's cohort, and each of their facts classifies them by every rule.
  private static final Classification DID_NOT_ENTER = Classification.of(NOT_ENTERED, "did not enter during the period");
  private static final Classification NOT_RECORDED_AT_ENTRY = Classification.of(NOT_RECORDED, "not recorded at entry");
  private static final Classification NOT_ASKED = Classification.of("not_asked", "not asked at entry");
  private static final Classification ANSWERED_NO = Classification.of("no", "answered no");
  private static final Classification DECLINED = Classification.of("declined", "declined to answer");
  private static final Classification NOT_A_LEAVER =
      Classification.of(NOT_LEAVER, "not a participant who left during the period");
  private static final Classification NO_QUALIFICATION =
      Classification.of(NOT_COUNTED, "no qualification gained upon leaving");
  private static final Classification NO_SIX_MONTH_FOLLOW_UP =
      Classification.of(NOT_COUNTED, "no follow-up six months after leaving");
  private static final Classification NOT_EMPLOYED_AT_ENTRY =
      Classification.of(NOT_LEAVER, "not a leaver who was employed at entry");

  /** The rule set of the default definition, {@link EsfPlusParticipant#welcomed()}. */
  static final RuleSet RULE_SET = ruleSet(EsfPlusParticipant.welcomed());

  private final EsfPlusParticipant participant;

  private EsfPlusRules(EsfPlusParticipant participant) {
    this.participant = participant;
  }

  /** The ESF+ rule set counting as participants the people {@code participant} defines. */
  static RuleSet ruleSet(EsfPlusParticipant participant) {
    return new EsfPlusRules(participant).build();
  }

  private RuleSet build() {
    return RuleSet.builder()
        .ref(RuleRef.of(name("esf-plus"), 1))
        .description(
            "ESF+ common output and result indicators on participants, Regulation (EU) 2021/1057, Annex I, "
                + "broken down by gender"
                + (participant.isDefault() ? ""
                    : "; participants as the managing authority defines them: people who " + participant.what()))
        .genderBreakdown(true)
        .addRules(
            participants(),
            fromStatus("EECO02", "unemployed, including long-term unemployed", LabourMarketStatus::unemployed),
            fromStatus("EECO03", "long-term unemployed", s -> s == LabourMarketStatus.LONG_TERM_UNEMPLOYED),
            fromStatus("EECO04", "inactive", s -> s == LabourMarketStatus.INACTIVE),
            fromStatus("EECO05", "employed, including self-employed", s -> s == LabourMarketStatus.EMPLOYED),
            fromAge("EECO06", "children below 18 years of age", AgeBand.UNDER_18),
            fromAge("EECO07", "young people between 18 and 29 years of age", AgeBand.FROM_18_TO_29),
            fromAge("EECO08", "participants 55 years of age and above", AgeBand.FROM_55),
            fromEducation("EECO09", "with lower secondary education or less (ISCED 0-2)", EducationLevel.ISCED_0_2),
            fromEducation("EECO10", "with upper secondary or post-secondary non-tertiary education (ISCED 3-4)",
                EducationLevel.ISCED_3_4),
            fromEducation("EECO11", "with tertiary education (ISCED 5-8)", EducationLevel.ISCED_5_8),
            sensitive("EECO12", "participants with disabilities", EntryStatus::disability),
            output("EECO13", "third-country nationals",
                p -> Optional.of(p.pathway().profile().thirdCountryNational())),
            sensitive("EECO14", "participants with a foreign background", EntryStatus::foreignBackground),
            sensitive("EECO15", "minorities (including marginalised communities such as the Roma)",
                EntryStatus::minority),
            sensitive("EECO16", "homeless or affected by housing exclusion", EntryStatus::homelessOrHousingExcluded),
            output("EECO17", "participants from rural areas",
                p -> p.pathway().profile().residence().map(r -> r == TerritoryType.RURAL)),
            immediate("EECR01", "participants engaged in job searching upon leaving",
                o -> !o.employed && o.jobSearching),
            immediate("EECR02", "participants in education or training upon leaving", o -> o.inTraining),
            qualification(),
            immediate("EECR04", "participants in employment, including self-employment, upon leaving",
                o -> o.employed),
            sixMonths("EECR05", "participants in employment, including self-employment, six months after leaving",
                false, FollowUp::employed),
            sixMonths("EECR06",
                "participants with an improved labour-market situation six months after leaving (only participants "
                    + "employed at entry)",
                true, FollowUp::improvedLabourMarketSituation))
        .build();
  }

  /** A rule's name, with the definition's code after a ':' for a definition other than the default. */
  private String name(String name) {
    return participant.isDefault() ? name : name + ":" + participant.code();
  }

  /** Whether the person became a participant during the period, by the definition. */
  private boolean entered(Participant p) {
    return participant.enteredDuring(p);
  }

  /** Who the result indicators count: participants, by the definition, who left during the period. */
  private String leavers() {
    return participant.isDefault() ? LEAVERS
        : LEAVERS + " (participants being people who " + participant.what() + ")";
  }

  private OutcomeRule participants() {
    return OutcomeRule.builder()
        .ref(RuleRef.of(name("esf-plus.EECO01"), 1))
        .definition("EECO01 total participants: " + participant.entrants())
        .addCategories(
            OutcomeCategory.counted(COUNTED, "EECO01 total participants", "EECO01"),
            OutcomeCategory.outOfScope(NOT_ENTERED, "Did not enter during the period"))
        .classifier(
            p -> entered(p)
                ? Classification.of(COUNTED, "entered on " + participant.since(p).orElseThrow())
                : DID_NOT_ENTER)
        .build();
  }

  private OutcomeRule fromStatus(String code, String what, Predicate<LabourMarketStatus> counted) {
    return output(
        code,
        what + " (labour-market status at entry)",
        p -> p.entryStatus().map(s -> counted.test(s.labourMarketStatus())));
  }

  private OutcomeRule fromAge(String code, String what, AgeBand band) {
    return output(code, what + " (age at entry)",
        p -> participant.since(p).flatMap(day -> p.pathway().profile().ageBandOn(day)).map(b -> b == band));
  }

  private OutcomeRule fromEducation(String code, String what, EducationLevel level) {
    return output(
        code,
        "participants " + what,
        p -> p.entryStatus().flatMap(EntryStatus::educationLevel).map(l -> l == level));
  }

  /** A yes/no fact at entry; empty when it was not recorded. */
  private OutcomeRule output(String code, String what, Function<Participant, Optional<Boolean>> fact) {
    Classification counted = Classification.of(COUNTED, what);
    Classification notCounted = Classification.of(NOT_COUNTED, "not " + what);
    return OutcomeRule.builder()
        .ref(RuleRef.of(name("esf-plus." + code), 1))
        .definition(code + " " + what + ": counted among the " + participant.entrants().toLowerCase(java.util.Locale.ROOT))
        .addCategories(
            OutcomeCategory.counted(COUNTED, code + " " + what, code),
            OutcomeCategory.counted(NOT_COUNTED, "Participants not " + what),
            OutcomeCategory.counted(NOT_RECORDED, "Participants for whom it is not recorded"),
            OutcomeCategory.outOfScope(NOT_ENTERED, "Did not enter during the period"))
        .classifier(
            p -> {
              if (!entered(p)) {
                return DID_NOT_ENTER;
              }
              Optional<Boolean> holds = fact.apply(p);
              if (holds.isEmpty()) {
                return NOT_RECORDED_AT_ENTRY;
              }
              return holds.get() ? counted : notCounted;
            })
        .build();
  }

  /** A special category: only a recorded "yes" counts; "declined to answer" is reported apart. */
  private OutcomeRule sensitive(
      String code, String what, Function<EntryStatus, Optional<SensitiveAnswer>> answer) {
    return OutcomeRule.builder()
        .ref(RuleRef.of(name("esf-plus." + code), 1))
        .definition(
            code + " " + what + ": counted among the " + participant.entrants().toLowerCase(java.util.Locale.ROOT)
                + " when they answered yes, with its legal basis; those who declined to answer are reported as "
                + code + ".declined")
        .addCategories(
            OutcomeCategory.counted("yes", code + " " + what, code),
            OutcomeCategory.counted("no", "Participants who answered no"),
            OutcomeCategory.counted("declined", code + " participants who declined to answer", code + ".declined"),
            OutcomeCategory.counted("not_asked", "Participants not asked"),
            OutcomeCategory.outOfScope(NOT_ENTERED, "Did not enter during the period"))
        .classifier(
            p -> {
              if (!entered(p)) {
                return DID_NOT_ENTER;
              }
              Optional<SensitiveAnswer> given = p.entryStatus().flatMap(answer);
              if (given.isEmpty()) {
                return NOT_ASKED;
              }
              return switch (given.get().answer()) {
                case YES -> Classification.of("yes", what + " (" + given.get().legalBasis().orElseThrow() + ")");
                case NO -> ANSWERED_NO;
                case DECLINED_TO_ANSWER -> DECLINED;
              };
            })
        .build();
  }

  /** One observation of the situation upon leaving: at exit or within four weeks. */
  private record Observation(LocalDate on, boolean employed, boolean jobSearching, boolean inTraining, boolean qualification) {
    static Observation of(LocalDate on, Situation s) {
      return new Observation(on, s.employed(), s.jobSearching(), s.inTraining(), false);
    }

    static Observation of(FollowUp f) {
      return new Observation(f.observedOn(), f.employed(), f.jobSearching(), f.inEducationOrTraining(), f.qualificationGained());
    }
  }

  /** The situation at exit, then the follow-ups at exit and within four weeks, in the order observed. */
  private static List<Observation> uponLeaving(Exit exit) {
    List<Observation> all = new ArrayList<>();
    all.add(Observation.of(exit.on(), exit.situation()));
    for (FollowUp f : exit.followUps()) {
      if (f.moment() == FollowUpMoment.AT_EXIT || f.moment() == FollowUpMoment.WITHIN_FOUR_WEEKS) {
        all.add(Observation.of(f));
      }
    }
    // Stable: on equal days, the later recorded observation stays later and wins.
    all.sort(java.util.Comparator.comparing(Observation::on));
    return all;
  }

  private OutcomeRule result(String code, String definition, Function<Participant, Classification> classify) {
    return OutcomeRule.builder()
        .ref(RuleRef.of(name("esf-plus." + code), 1))
        .definition(definition)
        .addCategories(
            OutcomeCategory.counted(COUNTED, code + " " + definition.substring(0, definition.indexOf(':')), code),
            OutcomeCategory.counted(NOT_COUNTED, "Leavers not counted in " + code),
            OutcomeCategory.outOfScope(NOT_LEAVER, "Not a participant who left during the period"))
        .classifier(classify::apply)
        .build();
  }

  private Optional<Classification> notALeaver(Participant p) {
    if (participant.since(p).isEmpty() || !p.leftDuringPeriod()) {
      return Optional.of(NOT_A_LEAVER);
    }
    if (p.exit().isEmpty()) {
      return Optional.of(
          Classification.of(
              NOT_COUNTED, "left on " + p.leftOn().orElseThrow() + " without an exit: no situation observed"));
    }
    return Optional.empty();
  }

  /** Immediate results: the latest situation observed within four weeks of leaving counts. */
  private OutcomeRule immediate(String code, String what, Predicate<Observation> counted) {
    return result(
        code,
        what + ": " + leavers().toLowerCase(java.util.Locale.ROOT)
            + ", by the latest situation observed at exit or within four weeks of it",
        p -> notALeaver(p).orElseGet(() -> {
          List<Observation> seen = uponLeaving(p.exit().orElseThrow());
          Observation latest = seen.get(seen.size() - 1);
          return counted.test(latest)
              ? Classification.of(COUNTED, what + " (observed " + latest.on() + ")")
              : Classification.of(NOT_COUNTED, "latest situation upon leaving, observed " + latest.on() + ", does not count");
        }));
  }

  /** EECR03: a qualification gained, observed at exit or within four weeks of it. */
  private OutcomeRule qualification() {
    String what = "participants gaining a qualification upon leaving";
    return result(
        "EECR03",
        what + ": " + leavers().toLowerCase(java.util.Locale.ROOT)
            + ", when an observation at exit or within four weeks of it records a qualification gained",
        p -> notALeaver(p).orElseGet(() -> uponLeaving(p.exit().orElseThrow()).stream()
            .filter(Observation::qualification)
            .findFirst()
            .map(o -> Classification.of(COUNTED, "qualification gained (observed " + o.on() + ")"))
            .orElse(NO_QUALIFICATION)));
  }

  /** Longer-term results: the latest follow-up six months after leaving counts. */
  private OutcomeRule sixMonths(String code, String what, boolean employedAtEntryOnly, Predicate<FollowUp> counted) {
    return result(
        code,
        what + ": " + leavers().toLowerCase(java.util.Locale.ROOT)
            + (employedAtEntryOnly ? " who were employed at entry" : "")
            + ", by the latest follow-up six months after leaving",
        p -> {
          Optional<Classification> out = notALeaver(p);
          if (employedAtEntryOnly
              && (participant.since(p).isEmpty() || !p.leftDuringPeriod()
                  || p.entryStatus().map(s -> s.labourMarketStatus() != LabourMarketStatus.EMPLOYED).orElse(true))) {
            return NOT_EMPLOYED_AT_ENTRY;
          }
          if (out.isPresent()) {
            return out.get();
          }
          List<FollowUp> later = p.exit().orElseThrow().followUps(FollowUpMoment.SIX_MONTHS);
          if (later.isEmpty()) {
            return NO_SIX_MONTH_FOLLOW_UP;
          }
          FollowUp latest = later.get(0);
          for (FollowUp f : later) {
            if (!f.observedOn().isBefore(latest.observedOn())) {
              latest = f;
            }
          }
          return counted.test(latest)
              ? Classification.of(COUNTED, what + " (observed " + latest.observedOn() + ")")
              : Classification.of(NOT_COUNTED, "follow-up of " + latest.observedOn() + " does not count");
        });
  }
}
