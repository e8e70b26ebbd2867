package eu.projectresolution.mobilisation.programme;

import static com.google.common.base.Preconditions.checkArgument;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * How long a programme keeps each class of a person's identifying data (GDPR Art. 5(1)(e); in France
 * the CNIL's reference framework for social accompaniment fixes such durations), counted from the
 * person's exit or their last activity. {@code MobilisationEngine.purge} erases what is due.
 *
 * <pre>{@code
 * RetentionPolicy.of(
 *     RetentionPolicy.Rule.of(PersonalDataClass.CONTACT, 12, RetentionPolicy.CountedFrom.LAST_ACTIVITY),
 *     RetentionPolicy.Rule.of(PersonalDataClass.IDENTITY, 24, RetentionPolicy.CountedFrom.EXIT));
 * }</pre>
 *
 * <p>The pseudonymous pathway, the facts and the reports are kept: they hold no identifying data.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableRetentionPolicy.class)
@JsonDeserialize(as = ImmutableRetentionPolicy.class)
public interface RetentionPolicy {
  /** The day a retention period is counted from. */
  enum CountedFrom {
    /**
     * The person's latest exit: a person who has not exited is never due (lost contact and drop-out
     * are no exits: count those from {@link #LAST_ACTIVITY}).
     */
    EXIT,
    /** The day of the latest record of the person's pathway, whatever it is. */
    LAST_ACTIVITY
  }

  /** One class of data, kept for a number of months from a day. */
  @Value.Immutable
  @JsonSerialize(as = ImmutableRule.class)
  @JsonDeserialize(as = ImmutableRule.class)
  interface Rule {
    PersonalDataClass dataClass();

    /** How many months the data are kept after the day they are counted from; 0 to 1,200. */
    int months();

    CountedFrom countedFrom();

    /** The first day the data are due for erasure, for a person with this exit (if any) and last activity. */
    default Optional<LocalDate> dueOn(Optional<LocalDate> exit, LocalDate lastActivity) {
      Optional<LocalDate> from = countedFrom() == CountedFrom.EXIT ? exit : Optional.of(lastActivity);
      return from.map(day -> day.plusMonths(months()));
    }

    @Value.Check
    default void check() {
      checkArgument(months() >= 0 && months() <= 1_200,
          "retentionPolicy.rules.months is %s for %s: give 0 to 1200 months", months(), dataClass());
    }

    static Rule of(PersonalDataClass dataClass, int months, CountedFrom countedFrom) {
      return ImmutableRule.builder().dataClass(dataClass).months(months).countedFrom(countedFrom).build();
    }
  }

  /** At most one rule per class of data; a class without one is kept until erased on request. */
  List<Rule> rules();

  /** The rule for {@code dataClass}, if the policy has one. */
  default Optional<Rule> rule(PersonalDataClass dataClass) {
    return rules().stream().filter(r -> r.dataClass() == dataClass).findFirst();
  }

  @Value.Check
  default void check() {
    Set<PersonalDataClass> seen = EnumSet.noneOf(PersonalDataClass.class);
    for (Rule rule : rules()) {
      checkArgument(seen.add(rule.dataClass()),
          "retentionPolicy.rules has two rules for %s: give one per class of data", rule.dataClass());
    }
  }

  static RetentionPolicy of(Rule... rules) {
    return ImmutableRetentionPolicy.builder().addRules(rules).build();
  }
}
