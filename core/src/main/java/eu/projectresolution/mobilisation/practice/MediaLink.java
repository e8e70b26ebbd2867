package eu.projectresolution.mobilisation.practice;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.net.URI;
import java.util.Optional;
import org.immutables.value.Value;

/** A link to a video, recording, picture or document, an absolute http or https address. */
@Value.Immutable
@JsonSerialize(as = ImmutableMediaLink.class)
@JsonDeserialize(as = ImmutableMediaLink.class)
public interface MediaLink {
  URI url();

  MediaKind kind();

  Optional<LocalizedText> title();

  static MediaLink of(URI url, MediaKind kind) {
    return builder().url(url).kind(kind).build();
  }

  static Builder builder() {
    return new Builder();
  }

  final class Builder extends ImmutableMediaLink.Builder {}
}
