package eu.projectresolution.mobilisation.capture;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import eu.projectresolution.mobilisation.beneficiary.BeneficiaryId;
import java.util.List;
import org.immutables.value.Value;

/**
 * The attendance register ("état de présence") of an outreach event: everyone met there, so that each
 * can be contacted again with an adapted proposal. It is built from the recorded contacts, never kept
 * as a separate list that could drift from them; names and phone numbers are looked up in the
 * personal-data store by beneficiary id, only by those allowed to.
 */
@Value.Immutable
@Value.Enclosing
@JsonSerialize(as = ImmutableAttendanceRegister.class)
@JsonDeserialize(as = ImmutableAttendanceRegister.class)
public interface AttendanceRegister {
  OutreachEvent event();

  List<Entry> entries();

  /** Entries of the people who agreed to be contacted again. */
  default List<Entry> recontactable() {
    return entries().stream().filter(e -> e.contact().consentToRecontact()).toList();
  }

  /** One person met at the event. */
  @Value.Immutable
  @JsonSerialize(as = ImmutableAttendanceRegister.Entry.class)
  @JsonDeserialize(as = ImmutableAttendanceRegister.Entry.class)
  interface Entry {
    @Value.Parameter
    BeneficiaryId beneficiaryId();

    @Value.Parameter
    Contact contact();

    static Entry of(BeneficiaryId beneficiaryId, Contact contact) {
      return ImmutableAttendanceRegister.Entry.of(beneficiaryId, contact);
    }
  }

  static AttendanceRegister of(OutreachEvent event, List<Entry> entries) {
    return ImmutableAttendanceRegister.builder().event(event).addAllEntries(entries).build();
  }
}
