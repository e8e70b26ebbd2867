package eu.projectresolution.mobilisation.beneficiary;

import static com.google.common.base.Preconditions.checkArgument;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import eu.projectresolution.mobilisation.programme.SituationAnswer;
import java.util.Map;
import org.immutables.value.Value;

/**
 * A snapshot of a person's situation, observed at entry, at exit or afterwards. SIPA measured its
 * effect by comparing such snapshots: registered with the public employment service 75 % at entry and
 * 92 % after the accompaniment; members of a local association 16 % at entry and 30 % at exit.
 *
 * <pre>{@code
 * Situation atEntry = Situation.builder().jobSearching(true).build();
 * Situation atExit = atEntry.withRegisteredWithPublicEmploymentService(true);
 * Situation withLicence = atExit.withAnswers(Map.of("holds_driving_licence", true));   // a programme's own question
 * }</pre>
 *
 * <p>The fields are the built-in answers ({@link SituationAnswer#BUILT_IN}); {@link #answers()} holds
 * the answers to the questions a programme declares of its own ({@code Programme.situationAnswers}),
 * by code. A programme's before/after measures read either through {@link #holds(SituationAnswer)}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableSituation.class)
@JsonDeserialize(as = ImmutableSituation.class)
public interface Situation {
  /** Registered with the public employment service (Pôle emploi / France Travail, SEPE, VDAB...). */
  @Value.Default
  default boolean registeredWithPublicEmploymentService() {
    return false;
  }

  /** Currently accompanied by another scheme (Mission Locale, social accompaniment...). */
  @Value.Default
  default boolean accompaniedByAnotherScheme() {
    return false;
  }

  /** Accompanied by any scheme at some time before this programme (asked at entry). */
  @Value.Default
  default boolean everAccompaniedBefore() {
    return false;
  }

  /** Member of a local association. */
  @Value.Default
  default boolean memberOfLocalAssociation() {
    return false;
  }

  /** In employment, including self-employment. */
  @Value.Default
  default boolean employed() {
    return false;
  }

  /** In education or training. */
  @Value.Default
  default boolean inTraining() {
    return false;
  }

  /** Actively looking for a job. */
  @Value.Default
  default boolean jobSearching() {
    return false;
  }

  /**
   * The answers to the programme's own questions, by their codes ({@code "holds_driving_licence"}: true);
   * an answer not given does not hold. Never a built-in answer's code: those are the fields.
   */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  Map<String, Boolean> answers();

  /** Whether {@code answer} holds in this situation: a built-in one's field, else the answer given by its code. */
  default boolean holds(SituationAnswer answer) {
    return switch (answer.code()) {
      case "registered_with_public_employment_service" -> registeredWithPublicEmploymentService();
      case "accompanied_by_another_scheme" -> accompaniedByAnotherScheme();
      case "ever_accompanied_before" -> everAccompaniedBefore();
      case "never_accompanied_before" -> !everAccompaniedBefore();
      case "member_of_local_association" -> memberOfLocalAssociation();
      case "employed" -> employed();
      case "in_training" -> inTraining();
      case "job_searching" -> jobSearching();
      default -> answers().getOrDefault(answer.code(), false);
    };
  }

  @Value.Check
  default void check() {
    for (String code : answers().keySet()) {
      SituationAnswer answer = SituationAnswer.of(code);
      checkArgument(!answer.builtIn(),
          "situation.answers gives %s, a built-in answer: set the situation's field instead", code);
    }
  }

  /** A situation in which none of the facts holds. */
  static Situation none() {
    return builder().build();
  }

  static Builder builder() {
    return new Builder();
  }

  final class Builder extends ImmutableSituation.Builder {}
}
