package eu.projectresolution.mobilisation.pathway;

import static com.google.common.base.Preconditions.checkArgument;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import eu.projectresolution.mobilisation.internal.Checks;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * The stages of an accompaniment pathway and the moves allowed between them.
 *
 * <p>SIPA's model ships as {@link #sipa()}: captured → welcomed → oriented → accompanied → referred →
 * exited; orientation may go straight to a referral or an exit; a person can be referred again; lost
 * contact and drop-out are possible from any open stage; after an exit, a lost contact or a drop-out
 * the person can re-enter with a new welcome. A partner declares its own model the same way:
 *
 * <pre>{@code
 * PathwayModel shortCircuit = PathwayModel.builder()
 *     .name("walk-in only").version(1)
 *     .addStages(Stage.CAPTURED, Stage.WELCOMED, Stage.EXITED)
 *     .putSteps(Step.CAPTURE, Stage.CAPTURED)
 *     .putSteps(Step.WELCOME, Stage.WELCOMED)
 *     .putSteps(Step.EXIT, Stage.EXITED)
 *     .addTransitions(Transition.of(Stage.CAPTURED, Stage.WELCOMED), Transition.of(Stage.WELCOMED, Stage.EXITED))
 *     .addClosedStages(Stage.EXITED)
 *     .build();
 * }</pre>
 *
 * <p>A model is structural: it says which moves exist. Whether a particular command may make a move
 * (dates, schemes, referrals) is decided by the engine's rules.
 */
@Value.Immutable
@JsonSerialize(as = ImmutablePathwayModel.class)
@JsonDeserialize(as = ImmutablePathwayModel.class)
public interface PathwayModel {
  /** At most 200 characters. */
  String name();

  int version();

  /** Every stage, in funnel order (used to present counts by stage). */
  List<Stage> stages();

  /** The stage each step leads to. {@link Step#CAPTURE} is required: it starts every pathway. */
  Map<Step, Stage> steps();

  List<Transition> transitions();

  /** Stages in which the pathway is over until a re-entry: exits, lost contacts, drop-outs. */
  Set<Stage> closedStages();

  /** Stages in which appointments of the adapted accompaniment can be recorded. */
  Set<Stage> appointmentStages();

  /** The stage every pathway starts in. */
  default Stage entryStage() {
    return steps().get(Step.CAPTURE);
  }

  default Optional<Stage> stageFor(Step step) {
    return Optional.ofNullable(steps().get(step));
  }

  default boolean allows(Stage from, Stage to) {
    return transitions().stream().anyMatch(t -> t.fromStage().equals(from) && t.toStage().equals(to));
  }

  /** The stages from which {@code to} can be reached, in funnel order. */
  default List<Stage> sourcesOf(Stage to) {
    return stages().stream().filter(from -> allows(from, to)).toList();
  }

  default boolean isClosed(Stage stage) {
    return closedStages().contains(stage);
  }

  @Value.Check
  default void check() {
    Checks.checkNotBlankText(name(), "pathwayModel.name", Checks.NAME);
    Set<Stage> declared = new HashSet<>();
    for (Stage stage : stages()) {
      checkArgument(declared.add(stage), "pathwayModel.stages lists '%s' twice", stage);
    }
    checkArgument(
        steps().containsKey(Step.CAPTURE),
        "pathwayModel.steps has no CAPTURE: every model must say which stage a pathway starts in");
    steps().forEach((step, stage) -> checkDeclared(declared, stage, "pathwayModel.steps." + step));
    for (Transition t : transitions()) {
      checkDeclared(declared, t.fromStage(), "pathwayModel.transitions.fromStage");
      checkDeclared(declared, t.toStage(), "pathwayModel.transitions.toStage");
    }
    closedStages().forEach(s -> checkDeclared(declared, s, "pathwayModel.closedStages"));
    appointmentStages().forEach(s -> checkDeclared(declared, s, "pathwayModel.appointmentStages"));
  }

  private static void checkDeclared(Set<Stage> declared, Stage stage, String field) {
    checkArgument(
        declared.contains(stage),
        "%s names stage '%s', which pathwayModel.stages does not declare",
        field,
        stage);
  }

  /** SIPA's pathway model, the default. */
  static PathwayModel sipa() {
    List<Stage> open =
        List.of(Stage.CAPTURED, Stage.WELCOMED, Stage.ORIENTED, Stage.ACCOMPANIED, Stage.REFERRED);
    List<Stage> closed = List.of(Stage.EXITED, Stage.LOST_CONTACT, Stage.DROPPED_OUT);
    Builder model =
        builder()
            .name("SIPA")
            .version(1)
            .addAllStages(open)
            .addAllStages(closed)
            .putSteps(Step.CAPTURE, Stage.CAPTURED)
            .putSteps(Step.WELCOME, Stage.WELCOMED)
            .putSteps(Step.ORIENTATION, Stage.ORIENTED)
            .putSteps(Step.ACCOMPANIMENT, Stage.ACCOMPANIED)
            .putSteps(Step.REFERRAL, Stage.REFERRED)
            .putSteps(Step.EXIT, Stage.EXITED)
            .putSteps(Step.LOST_CONTACT, Stage.LOST_CONTACT)
            .putSteps(Step.DROP_OUT, Stage.DROPPED_OUT)
            .addTransitions(
                Transition.of(Stage.CAPTURED, Stage.WELCOMED),
                Transition.of(Stage.WELCOMED, Stage.ORIENTED),
                Transition.of(Stage.ORIENTED, Stage.ACCOMPANIED),
                Transition.of(Stage.ORIENTED, Stage.REFERRED),
                Transition.of(Stage.ORIENTED, Stage.EXITED),
                Transition.of(Stage.ACCOMPANIED, Stage.REFERRED),
                Transition.of(Stage.ACCOMPANIED, Stage.EXITED),
                Transition.of(Stage.REFERRED, Stage.REFERRED),
                Transition.of(Stage.REFERRED, Stage.EXITED))
            .addAllClosedStages(closed)
            .addAppointmentStages(Stage.ACCOMPANIED, Stage.REFERRED);
    for (Stage stage : open) {
      model.addTransitions(
          Transition.of(stage, Stage.LOST_CONTACT), Transition.of(stage, Stage.DROPPED_OUT));
    }
    for (Stage stage : closed) {
      model.addTransitions(Transition.of(stage, Stage.WELCOMED));
    }
    return model.build();
  }

  static Builder builder() {
    return new Builder();
  }

  final class Builder extends ImmutablePathwayModel.Builder {}
}
