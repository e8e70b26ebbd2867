package eu.projectresolution.mobilisation.examples.sipa;

import static java.util.Objects.requireNonNull;

import eu.projectresolution.mobilisation.beneficiary.BeneficiaryId;
import eu.projectresolution.mobilisation.beneficiary.PersonalDetails;
import eu.projectresolution.mobilisation.capture.CaptureChannel;
import java.util.Optional;

/**
 * One of the people SIPA reached, before anyone met them: their pseudonymous id, the channel through
 * which they are to be met (an outreach event, door to door, a mediator... or walking into a site),
 * who they are, and whether they agree to be contacted again, leaving their details when met outside.
 *
 * <p>The channel is the one planned: when no event of its kind falls in the days the person can be met
 * (at a very small scale), {@link FirstMeeting} meets them through the nearest other channel.
 */
record Person(BeneficiaryId id, CaptureChannel channel, Traits traits, boolean consent, Optional<PersonalDetails> details) {
  Person {
    requireNonNull(id, "id");
    requireNonNull(channel, "channel");
    requireNonNull(traits, "traits");
    requireNonNull(details, "details");
  }
}
