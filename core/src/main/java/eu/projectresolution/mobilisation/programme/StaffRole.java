package eu.projectresolution.mobilisation.programme;

/** The roles of a mobilisation programme's staff, as SIPA organised them. */
public enum StaffRole {
  /** Leads the programme ("cheffe de projet"). */
  PROJECT_LEAD,
  /** Welcomes people at a site's first-reception space ("chargée d'accueil"). */
  RECEPTION_OFFICER,
  /** Runs a site ("responsable de site"). */
  SITE_MANAGER,
  /** Works outside, in the neighbourhoods: Recrut'Cafés, door-to-door ("conseiller relais habitants", CRH). */
  RESIDENT_LIAISON_COUNSELLOR,
  /** Animates the first-reception spaces ("conseiller en évolution professionnelle"). */
  CAREER_COUNSELLOR,
  /** Gives the short adapted accompaniment ("conseiller en accompagnement adapté"). */
  ADAPTED_ACCOMPANIMENT_COUNSELLOR,
  /** A mediator or another partner's professional acting for the programme. */
  PARTNER_PROFESSIONAL,
  /** Any other role. */
  OTHER
}
