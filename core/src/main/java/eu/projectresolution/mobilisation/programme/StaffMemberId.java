package eu.projectresolution.mobilisation.programme;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import eu.projectresolution.mobilisation.internal.Identifiers;

/**
 * Identifies the staff member who acted, as the host's own system knows them (a login, an employee
 * number): the audit trail says who recorded or corrected what, beside the {@link StaffRole}. It is an
 * id, not a name: a name would be personal data in the event stream.
 *
 * <p>A stable code, e.g. {@code StaffMemberId.of("ideis:m.durand")}: 1 to 100 letters, digits, {@code
 * .}, {@code _}, {@code :} or {@code -}.
 */
public record StaffMemberId(String value) {
  public StaffMemberId {
    Identifiers.checkCode(value, "staff member id");
  }

  @JsonCreator
  public static StaffMemberId of(String value) {
    return new StaffMemberId(value);
  }

  @JsonValue
  @Override
  public String value() {
    return value;
  }

  @Override
  public String toString() {
    return value;
  }
}
