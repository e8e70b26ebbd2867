package eu.projectresolution.mobilisation.pathway;

/** What the counsellor and the person agreed after the first reception. */
public enum Orientation {
  /** A short adapted accompaniment. */
  ADAPTED_ACCOMPANIMENT,
  /** A referral to a mainstream scheme straight away. */
  DIRECT_REFERRAL,
  /** Information was enough: the person will leave the programme. */
  INFORMATION_ONLY
}
