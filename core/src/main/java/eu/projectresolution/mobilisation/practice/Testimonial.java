package eu.projectresolution.mobilisation.practice;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What professionals or beneficiaries say about the practice: a text, strengths and weaknesses, or
 * links to a video or a recording. SIPA's sheet has the strengths and weaknesses of its final day,
 * Festi'Job, seen by social-work students, and a video of beneficiaries. A testimonial says something:
 * it has a text, a strength, a weakness or a media link.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableTestimonial.class)
@JsonDeserialize(as = ImmutableTestimonial.class)
public interface Testimonial {
  TestimonialSource source();

  /** Who speaks, e.g. "IRTS students, future social workers". */
  Optional<LocalizedText> author();

  /** What they speak about, e.g. "Festi'Job, SIPA's final collective action". */
  Optional<LocalizedText> about();

  Optional<LocalizedText> text();

  List<LocalizedText> strengths();

  List<LocalizedText> weaknesses();

  List<MediaLink> mediaLinks();

  static Builder builder() {
    return new Builder();
  }

  final class Builder extends ImmutableTestimonial.Builder {}
}
