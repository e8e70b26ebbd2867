package eu.projectresolution.mobilisation.pathway;

import static com.google.common.base.Preconditions.checkArgument;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import eu.projectresolution.mobilisation.internal.Checks;
import eu.projectresolution.mobilisation.programme.Language;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
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
 * <p>A partner adds steps of its own beyond the built-in {@link Step}s ({@link #partnerSteps()}), each
 * leading to a stage of the model, with the moves to and from it, and names its stages in the languages
 * its reports are read in ({@link #stageLabels()}):
 *
 * <pre>{@code
 * Stage jobClub = Stage.of("job_club");
 * PathwayModel withJobClub = PathwayModel.builder().from(PathwayModel.sipa())
 *     .name("SIPA with a job club").version(1)
 *     .addStages(jobClub)
 *     .putPartnerSteps(PartnerStep.of("job_club"), jobClub)
 *     .addTransitions(Transition.of(Stage.ACCOMPANIED, jobClub), Transition.of(jobClub, Stage.REFERRED),
 *         Transition.of(jobClub, Stage.LOST_CONTACT), Transition.of(jobClub, Stage.DROPPED_OUT))
 *     .addStageLabels(StageLabel.of(jobClub, Language.ENGLISH, "job club"),
 *         StageLabel.of(jobClub, Language.FRENCH, "club emploi"))
 *     .build();
 * // engine.recordPartnerStep(tenant, RecordPartnerStep.builder()
 * //     .beneficiaryId(amina).step(PartnerStep.of("job_club")).occurredOn(day).build());
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

  /**
   * The partner's own steps, beyond the built-in {@link Step}s, each with the stage it leads to (a job
   * club, driving lessons, mentoring...). None in {@link #sipa()}. A step's code may not be a built-in
   * step's name.
   */
  Map<PartnerStep, Stage> partnerSteps();

  List<Transition> transitions();

  /** Stages in which the pathway is over until a re-entry: exits, lost contacts, drop-outs. */
  Set<Stage> closedStages();

  /** Stages in which appointments of the adapted accompaniment can be recorded. */
  Set<Stage> appointmentStages();

  /**
   * What the model calls its stages in reports, per language; a stage without a label in the reader's
   * language is named in English if it has an English label, else in the first language it has one in,
   * else by its code ({@link #label}). At most one label per stage and language.
   */
  List<StageLabel> stageLabels();

  /** The stage every pathway starts in. */
  default Stage entryStage() {
    return steps().get(Step.CAPTURE);
  }

  /** The stage {@code step} leads to: a built-in step's from {@link #steps()}, a partner's from {@link #partnerSteps()}. */
  default Optional<Stage> stageFor(PathwayStep step) {
    return Optional.ofNullable(step instanceof Step builtIn ? steps().get(builtIn) : partnerSteps().get((PartnerStep) step));
  }

  /** The label {@link #stageLabels()} gives {@code stage} in {@code language}, without falling back. */
  default Optional<String> declaredLabel(Stage stage, Language language) {
    return stageLabels().stream()
        .filter(l -> l.stage().equals(stage) && l.language().equals(language))
        .map(StageLabel::text)
        .findFirst();
  }

  /**
   * What to call {@code stage} in {@code language}: its label in that language, else its English label,
   * else its first label, else its code ({@code job_club}).
   */
  default String label(Stage stage, Language language) {
    return declaredLabel(stage, language)
        .or(() -> declaredLabel(stage, Language.ENGLISH))
        .or(() -> stageLabels().stream().filter(l -> l.stage().equals(stage)).map(StageLabel::text).findFirst())
        .orElse(stage.name());
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
    partnerSteps().forEach((step, stage) -> {
      checkArgument(
          Arrays.stream(Step.values()).noneMatch(s -> s.name().equalsIgnoreCase(step.code())),
          "pathwayModel.partnerSteps declares '%s', a step the engine records with its own command (Step.%s): "
              + "map Step.%s in pathwayModel.steps, or give the partner step another code",
          step, step.code().toUpperCase(Locale.ROOT), step.code().toUpperCase(Locale.ROOT));
      checkDeclared(declared, stage, "pathwayModel.partnerSteps." + step);
    });
    for (Transition t : transitions()) {
      checkDeclared(declared, t.fromStage(), "pathwayModel.transitions.fromStage");
      checkDeclared(declared, t.toStage(), "pathwayModel.transitions.toStage");
    }
    closedStages().forEach(s -> checkDeclared(declared, s, "pathwayModel.closedStages"));
    appointmentStages().forEach(s -> checkDeclared(declared, s, "pathwayModel.appointmentStages"));
    Set<String> labelled = new HashSet<>();
    for (StageLabel label : stageLabels()) {
      checkDeclared(declared, label.stage(), "pathwayModel.stageLabels");
      checkArgument(
          labelled.add(label.stage() + " " + label.language().code()),
          "pathwayModel.stageLabels labels stage '%s' twice in language '%s': keep one",
          label.stage(),
          label.language().code());
    }
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
