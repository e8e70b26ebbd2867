package eu.projectresolution.mobilisation.examples.sipa;

import static java.util.Objects.requireNonNull;

import eu.projectresolution.mobilisation.beneficiary.BeneficiaryId;
import eu.projectresolution.mobilisation.beneficiary.PersonalDetails;
import eu.projectresolution.mobilisation.capture.CaptureChannel;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

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

  /** The ids of {@code people}, in a set of its own. */
  static Set<BeneficiaryId> ids(Collection<Person> people) {
    Set<BeneficiaryId> ids = new HashSet<>();
    people.forEach(p -> ids.add(p.id()));
    return ids;
  }

  /** For everyone in the {@code g}-th of {@code groups} (as {@link Quotas#partition} makes them), the {@code g}-th value. */
  static <V> Map<BeneficiaryId, V> byGroup(List<List<Person>> groups, V[] values) {
    Map<BeneficiaryId, V> byId = new HashMap<>();
    for (int g = 0; g < values.length; g++) {
      for (Person p : groups.get(g)) {
        byId.put(p.id(), values[g]);
      }
    }
    return byId;
  }
}
