package eu.projectresolution.mobilisation.port;

import static com.google.common.base.Preconditions.checkArgument;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import eu.projectresolution.mobilisation.beneficiary.BeneficiaryId;
import eu.projectresolution.mobilisation.beneficiary.Profile;
import eu.projectresolution.mobilisation.capture.AttendanceRegister;
import eu.projectresolution.mobilisation.capture.Contact;
import eu.projectresolution.mobilisation.pathway.PathwayEvent;
import eu.projectresolution.mobilisation.pathway.PathwayEvents;
import eu.projectresolution.mobilisation.pathway.Stage;
import eu.projectresolution.mobilisation.programme.ProgrammeId;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A beneficiary as the {@link Beneficiaries} port shows it: identity, programme, profile, current stage
 * and version. Adapters maintain it with {@link #apply}, so that every adapter projects events the
 * same way.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableBeneficiarySummary.class)
@JsonDeserialize(as = ImmutableBeneficiarySummary.class)
public interface BeneficiarySummary {
  BeneficiaryId beneficiaryId();

  ProgrammeId programmeId();

  Profile profile();

  Stage stage();

  long version();

  LocalDate capturedOn();

  LocalDate lastEventOn();

  /**
   * The summary after {@code event}: a capture creates it, any other event moves it on.
   *
   * @param before the summary before the event, empty only for a capture
   */
  static BeneficiarySummary apply(Optional<BeneficiarySummary> before, PathwayEvent event) {
    if (event instanceof PathwayEvents.Captured captured) {
      checkArgument(before.isEmpty(), "beneficiary %s is already captured", captured.header().beneficiaryId());
      return ImmutableBeneficiarySummary.builder()
          .beneficiaryId(captured.header().beneficiaryId())
          .programmeId(captured.programmeId())
          .profile(captured.profile())
          .stage(captured.header().stage())
          .version(captured.header().version())
          .capturedOn(captured.header().occurredOn())
          .lastEventOn(captured.header().occurredOn())
          .build();
    }
    BeneficiarySummary summary =
        before.orElseThrow(
            () -> new IllegalArgumentException(
                "beneficiary " + event.header().beneficiaryId() + " has no capture to build on"));
    ImmutableBeneficiarySummary.Builder next =
        ImmutableBeneficiarySummary.builder()
            .from(summary)
            .stage(event.header().stage())
            .version(event.header().version())
            .lastEventOn(event.header().occurredOn());
    if (event instanceof PathwayEvents.ProfileUpdated updated) {
      next.profile(updated.profile());
    }
    return next.build();
  }

  /**
   * The summary of a whole stream, {@link #apply} event by event from its capture: what a store
   * projects again when it rewrites a stream's events in place ({@link Pathways#keepAnswersApart}).
   *
   * @throws IllegalArgumentException if the stream is empty or does not start with a capture
   */
  static BeneficiarySummary of(List<PathwayEvent> stream) {
    checkArgument(!stream.isEmpty(), "an empty stream has no summary");
    Optional<BeneficiarySummary> summary = Optional.empty();
    for (PathwayEvent event : stream) {
      summary = Optional.of(apply(summary, event));
    }
    return summary.orElseThrow();
  }

  /** The attendance-register entry an event adds, if it is a contact made at an outreach event. */
  static Optional<AttendanceRegister.Entry> attendanceOf(PathwayEvent event) {
    Contact contact = null;
    if (event instanceof PathwayEvents.Captured captured) {
      contact = captured.contact();
    } else if (event instanceof PathwayEvents.ContactRecorded recorded) {
      contact = recorded.contact();
    }
    if (contact == null || contact.outreachEvent().isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(AttendanceRegister.Entry.of(event.header().beneficiaryId(), contact));
  }
}
