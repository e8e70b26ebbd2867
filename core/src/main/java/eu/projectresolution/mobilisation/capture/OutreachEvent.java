package eu.projectresolution.mobilisation.capture;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import eu.projectresolution.mobilisation.internal.Checks;
import eu.projectresolution.mobilisation.programme.PartnerId;
import eu.projectresolution.mobilisation.programme.ProgrammeId;
import eu.projectresolution.mobilisation.programme.StaffRole;
import eu.projectresolution.mobilisation.programme.TerritoryType;
import java.time.LocalDate;
import java.util.List;
import org.immutables.value.Value;

/**
 * An outreach event run outside the sites, such as a Recrut'Café: prepared with a temp agency, a
 * work-integration enterprise or a local employer, municipal mediators, associations and social
 * landlords; animated by resident-liaison counsellors who welcome, advise and propose solutions.
 * People met there are captured with {@link CaptureChannel#OUTREACH_EVENT} and this event's id, which
 * builds its {@link AttendanceRegister}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableOutreachEvent.class)
@JsonDeserialize(as = ImmutableOutreachEvent.class)
public interface OutreachEvent {
  OutreachEventId id();

  ProgrammeId programmeId();

  OutreachEventKind kind();

  /** A short title, e.g. "Recrut'Café hall B, Petite Hollande, with a temp agency". At most 200 characters. */
  String title();

  /** Where it took place (a building hall, a shop), in words that identify no person. At most 200 characters. */
  String place();

  TerritoryType territoryType();

  LocalDate date();

  /** The staff roles that organised and animated it. */
  List<StaffRole> organisers();

  /** The partners that took part. */
  List<PartnerId> partnerActors();

  List<PreparationStep> preparation();

  @Value.Check
  default void check() {
    Checks.checkNotBlankText(title(), "outreachEvent.title", Checks.NAME);
    Checks.checkNotBlankText(place(), "outreachEvent.place", Checks.NAME);
  }

  static Builder builder() {
    return new Builder();
  }

  final class Builder extends ImmutableOutreachEvent.Builder {}
}
