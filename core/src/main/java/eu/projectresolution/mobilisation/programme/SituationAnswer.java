package eu.projectresolution.mobilisation.programme;

import static com.google.common.base.Preconditions.checkArgument;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import java.util.regex.Pattern;

/**
 * One yes/no answer of a person's situation, named by its code: the built-in ones, which {@code
 * Situation} holds as fields (registered with the public employment service, member of a local
 * association...), and those a programme declares for its own questions ({@code
 * Programme.situationAnswers}), which a {@code Situation} holds by code in its {@code answers}. A
 * programme's before/after measures ({@link BeforeAfterMeasure}) read answers by these codes.
 *
 * <pre>{@code
 * SituationAnswer licence = SituationAnswer.of("holds_driving_licence");   // a partner's own question
 * Situation atEntry = Situation.builder().putAnswers("holds_driving_licence", false).build();
 * atEntry.holds(licence);                                                  // false
 * atEntry.holds(SituationAnswer.REGISTERED_WITH_PUBLIC_EMPLOYMENT_SERVICE); // the field, false
 * }</pre>
 *
 * <p>A code is 1 to 60 lower-case letters, digits or '_', starting with a letter or digit. In JSON an
 * answer is its code.
 */
public record SituationAnswer(String code) {
  private static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9_]{0,59}");

  /** Registered with the public employment service ({@code Situation.registeredWithPublicEmploymentService}). */
  public static final SituationAnswer REGISTERED_WITH_PUBLIC_EMPLOYMENT_SERVICE =
      new SituationAnswer("registered_with_public_employment_service");
  /** Currently accompanied by another scheme ({@code Situation.accompaniedByAnotherScheme}). */
  public static final SituationAnswer ACCOMPANIED_BY_ANOTHER_SCHEME = new SituationAnswer("accompanied_by_another_scheme");
  /** Accompanied by any scheme before this programme ({@code Situation.everAccompaniedBefore}). */
  public static final SituationAnswer EVER_ACCOMPANIED_BEFORE = new SituationAnswer("ever_accompanied_before");
  /** The opposite of {@link #EVER_ACCOMPANIED_BEFORE}: never accompanied by any scheme before this programme. */
  public static final SituationAnswer NEVER_ACCOMPANIED_BEFORE = new SituationAnswer("never_accompanied_before");
  /** Member of a local association ({@code Situation.memberOfLocalAssociation}). */
  public static final SituationAnswer MEMBER_OF_LOCAL_ASSOCIATION = new SituationAnswer("member_of_local_association");
  /** In employment, including self-employment ({@code Situation.employed}). */
  public static final SituationAnswer EMPLOYED = new SituationAnswer("employed");
  /** In education or training ({@code Situation.inTraining}). */
  public static final SituationAnswer IN_TRAINING = new SituationAnswer("in_training");
  /** Actively looking for a job ({@code Situation.jobSearching}). */
  public static final SituationAnswer JOB_SEARCHING = new SituationAnswer("job_searching");

  /** The answers every situation holds as fields, whatever the programme declares. */
  public static final List<SituationAnswer> BUILT_IN = List.of(
      REGISTERED_WITH_PUBLIC_EMPLOYMENT_SERVICE, ACCOMPANIED_BY_ANOTHER_SCHEME, EVER_ACCOMPANIED_BEFORE,
      NEVER_ACCOMPANIED_BEFORE, MEMBER_OF_LOCAL_ASSOCIATION, EMPLOYED, IN_TRAINING, JOB_SEARCHING);

  public SituationAnswer {
    checkArgument(code != null, "situation answer code is missing: give one such as \"holds_driving_licence\"");
    checkArgument(CODE.matcher(code).matches(),
        "situation answer \"%s\" is not valid: use 1 to 60 lower-case letters, digits or '_', starting with a letter"
            + " or digit (e.g. \"holds_driving_licence\")", code);
  }

  @JsonCreator
  public static SituationAnswer of(String code) {
    return new SituationAnswer(code);
  }

  /** Whether every situation holds this answer as a field (see {@link #BUILT_IN}). */
  public boolean builtIn() {
    return BUILT_IN.contains(this);
  }

  @JsonValue
  @Override
  public String code() {
    return code;
  }

  @Override
  public String toString() {
    return code;
  }
}
