package eu.projectresolution.mobilisation.pathway;

/**
 * The steps the engine knows how to record, each with a command of its own. A {@link PathwayModel} says
 * which {@link Stage} each step leads to (SIPA: {@code WELCOME} leads to {@code welcomed}); a model may
 * leave a step out, and the engine then refuses it with {@code STEP_NOT_IN_MODEL}. A partner's own steps,
 * beyond this list, are {@link PartnerStep}s.
 */
public enum Step implements PathwayStep {
  /** First contact: the pathway starts. */
  CAPTURE,
  /** First reception at a site ("premier accueil"). */
  WELCOME,
  /** The counsellor and the person agree on what comes next. */
  ORIENTATION,
  /** The short adapted accompaniment starts. */
  ACCOMPANIMENT,
  /** Referral to a mainstream scheme. */
  REFERRAL,
  /** The person leaves the programme, with an observed situation. */
  EXIT,
  /** The programme can no longer reach the person. */
  LOST_CONTACT,
  /** The person gave up. */
  DROP_OUT;

  /** The step's name: {@code WELCOME}, {@code EXIT}... */
  @Override
  public String code() {
    return name();
  }
}
