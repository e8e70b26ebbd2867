package eu.projectresolution.mobilisation.beneficiary;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/**
 * A snapshot of a person's situation, observed at entry, at exit or afterwards. SIPA measured its
 * effect by comparing such snapshots: registered with the public employment service 75 % at entry and
 * 92 % after the accompaniment; members of a local association 16 % at entry and 30 % at exit.
 *
 * <pre>{@code
 * Situation atEntry = Situation.builder().jobSearching(true).build();
 * Situation atExit = atEntry.withRegisteredWithPublicEmploymentService(true);
 * }</pre>
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

  /** A situation in which none of the facts holds. */
  static Situation none() {
    return builder().build();
  }

  static Builder builder() {
    return new Builder();
  }

  final class Builder extends ImmutableSituation.Builder {}
}
