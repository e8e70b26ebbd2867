package eu.projectresolution.mobilisation.programme;

/**
 * What kind of organisation a partner is. SIPA worked with the public employment service, temporary
 * work agencies, work-integration enterprises, associations, municipalities and their mediators,
 * social landlords, training bodies and employers; transferability rules ask whether such partners
 * exist in a target territory.
 */
public enum PartnerKind {
  /** The public employment service: Pôle emploi / France Travail, SEPE, Centri per l'impiego, Actiris, Forem, VDAB. */
  PUBLIC_EMPLOYMENT_SERVICE,
  /** A local youth employment service such as a French Mission Locale. */
  YOUTH_EMPLOYMENT_SERVICE,
  /** A temporary work agency ("agence d'emploi"). */
  TEMPORARY_WORK_AGENCY,
  /** A work-integration enterprise or structure ("structure d'insertion par l'activité économique", SIAE). */
  WORK_INTEGRATION_ENTERPRISE,
  /** An association: sports, culture, humanitarian, neighbourhood. */
  ASSOCIATION,
  /** A municipality or local authority. */
  MUNICIPALITY,
  /** Neighbourhood or municipal mediators, adult relays. */
  MEDIATOR,
  /** A social landlord and its mediators. */
  SOCIAL_LANDLORD,
  /** A training body. */
  TRAINING_BODY,
  /** A private or public employer. */
  EMPLOYER,
  /** Social services ("centre communal d'action sociale", social workers). */
  SOCIAL_SERVICES,
  /** Youth information, specialised education, universities and other education actors. */
  EDUCATION,
  /** State services (sub-prefecture, labour administration). */
  STATE_SERVICES,
  /** Citizens' committees and other residents' bodies. */
  CITIZEN_COMMITTEE,
  /** Anything else. */
  OTHER
}
