package eu.projectresolution.mobilisation.practice;

/**
 * A group a practice is aimed at ("groupe cible"). The form has two families: people far from employment,
 * whom the practice (re)mobilises, and the professionals of the sector it works with.
 */
public enum TargetGroup {
  /** Young people neither in employment nor in education or training. */
  NEETS(Family.PEOPLE_FAR_FROM_EMPLOYMENT),
  /** Long-term unemployed people ("chômeurs de longue durée"). */
  LONG_TERM_UNEMPLOYED(Family.PEOPLE_FAR_FROM_EMPLOYMENT),
  /** Other people far from employment, described in {@link Implementation#otherPeopleFarFromEmployment()}. */
  OTHER_PEOPLE_FAR_FROM_EMPLOYMENT(Family.PEOPLE_FAR_FROM_EMPLOYMENT),
  /** Companies and employers ("entreprises / employeurs"). */
  EMPLOYERS(Family.PROFESSIONALS),
  /** Professionals of entrepreneurship ("entrepreneuriat"). */
  ENTREPRENEURSHIP(Family.PROFESSIONALS),
  /** Guidance counsellors ("conseillers d'orientation"). */
  GUIDANCE_COUNSELLORS(Family.PROFESSIONALS),
  /** Teachers and trainers ("professeurs / formateurs"). */
  TEACHERS_AND_TRAINERS(Family.PROFESSIONALS),
  /** Other professionals, described in {@link Implementation#otherProfessionals()}. */
  OTHER_PROFESSIONALS(Family.PROFESSIONALS);

  /** The two families of target groups on the form. */
  public enum Family {
    /** People far from employment ("personnes éloignées de l'emploi"). */
    PEOPLE_FAR_FROM_EMPLOYMENT,
    /** Professionals of the sector ("professionnel.le.s du secteur"). */
    PROFESSIONALS
  }

  private final Family family;

  TargetGroup(Family family) {
    this.family = family;
  }

  public Family family() {
    return family;
  }
}
