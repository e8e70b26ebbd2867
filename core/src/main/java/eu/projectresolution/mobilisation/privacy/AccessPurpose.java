package eu.projectresolution.mobilisation.privacy;

/** Why someone read a person's identifying details, as the access log keeps it. */
public enum AccessPurpose {
  /** To contact the person (an appointment, an adapted proposal). */
  CONTACT_THE_PERSON,
  /** To accompany the person: preparing an appointment, a referral. */
  ACCOMPANIMENT,
  /** To follow the person up after their exit. */
  FOLLOW_UP,
  /** To answer the person's request for access or portability (GDPR Art. 15, 20). */
  ACCESS_REQUEST,
  /** To correct the details (GDPR Art. 16). */
  RECTIFICATION,
  /** An audit or a control. */
  AUDIT,
  /** A read through an engine method that names no purpose ({@code MobilisationEngine.personalDetails(tenant, id)}). */
  NOT_GIVEN
}
