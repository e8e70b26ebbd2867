package eu.projectresolution.mobilisation.privacy;

import static com.google.common.base.Preconditions.checkArgument;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import eu.projectresolution.mobilisation.programme.PartnerId;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What a person consents to: being contacted again with an adapted proposal, being followed up after
 * their exit, or having their situation shared with one named partner of the programme.
 *
 * <pre>{@code
 * ConsentPurpose followUp = ConsentPurpose.followUpAfterExit();
 * ConsentPurpose missionLocale = ConsentPurpose.sharingWith(PartnerId.of("mission-locale"));
 * }</pre>
 */
@Value.Immutable
@JsonSerialize(as = ImmutableConsentPurpose.class)
@JsonDeserialize(as = ImmutableConsentPurpose.class)
public interface ConsentPurpose {
  /** The kinds of purpose. */
  enum Kind {
    /** Being contacted again with an adapted proposal (after a Recrut'Café, for instance). */
    RECONTACT,
    /** Being contacted after the exit to learn what became of the person (four weeks, six months later). */
    FOLLOW_UP_AFTER_EXIT,
    /** Having the situation shared with one named partner (the public employment service, a Mission Locale...). */
    SHARING_WITH_PARTNER
  }

  Kind kind();

  /** The partner the person agrees to share with: present for {@link Kind#SHARING_WITH_PARTNER} only. */
  Optional<PartnerId> partner();

  @Value.Check
  default void check() {
    checkArgument(
        partner().isPresent() == (kind() == Kind.SHARING_WITH_PARTNER),
        kind() == Kind.SHARING_WITH_PARTNER
            ? "consentPurpose.partner is missing: name the partner the person agrees to share with"
            : "consentPurpose.partner is given for %s: a partner is named only for SHARING_WITH_PARTNER",
        kind());
  }

  static ConsentPurpose recontact() {
    return ImmutableConsentPurpose.builder().kind(Kind.RECONTACT).build();
  }

  static ConsentPurpose followUpAfterExit() {
    return ImmutableConsentPurpose.builder().kind(Kind.FOLLOW_UP_AFTER_EXIT).build();
  }

  static ConsentPurpose sharingWith(PartnerId partner) {
    return ImmutableConsentPurpose.builder().kind(Kind.SHARING_WITH_PARTNER).partner(partner).build();
  }
}
