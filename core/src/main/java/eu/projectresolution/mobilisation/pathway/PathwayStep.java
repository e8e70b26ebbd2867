package eu.projectresolution.mobilisation.pathway;

/**
 * A step a pathway can take: one the engine records with a command of its own ({@link Step}: a welcome,
 * an orientation, an exit...) or one a partner's {@link PathwayModel} declares beyond that list ({@link
 * PartnerStep}: a job club, driving lessons, mentoring). Either way the model says which {@link Stage}
 * it leads to ({@link PathwayModel#stageFor}).
 */
public sealed interface PathwayStep permits Step, PartnerStep {
  /** The step's code, as refusals and reports name it: {@code WELCOME}, {@code job_club}... */
  String code();
}
