package eu.projectresolution.mobilisation.practice;

/** Who gave a {@link Testimonial}: the form asks for both. */
public enum TestimonialSource {
  /** Professionals involved in the practice ("témoignages des professionnels impliqués"). */
  PROFESSIONALS,
  /** The people the practice reached ("témoignages des bénéficiaires"). */
  BENEFICIARIES
}
