package eu.projectresolution.mobilisation.examples.register;

import eu.projectresolution.mobilisation.CommandId;
import eu.projectresolution.mobilisation.Refusal;
import eu.projectresolution.mobilisation.TenantId;
import eu.projectresolution.mobilisation.beneficiary.BeneficiaryId;
import eu.projectresolution.mobilisation.beneficiary.PersonalDetails;
import eu.projectresolution.mobilisation.beneficiary.Profile;
import eu.projectresolution.mobilisation.capture.CaptureChannel;
import eu.projectresolution.mobilisation.capture.Contact;
import eu.projectresolution.mobilisation.capture.OutreachEvent;
import eu.projectresolution.mobilisation.capture.OutreachEventId;
import eu.projectresolution.mobilisation.capture.OutreachEventKind;
import eu.projectresolution.mobilisation.engine.Capture;
import eu.projectresolution.mobilisation.engine.CommandResult;
import eu.projectresolution.mobilisation.engine.MobilisationEngine;
import eu.projectresolution.mobilisation.examples.register.RegisterCsv.Problem;
import eu.projectresolution.mobilisation.examples.register.RegisterCsv.Register;
import eu.projectresolution.mobilisation.examples.register.RegisterCsv.Row;
import eu.projectresolution.mobilisation.programme.ProgrammeId;
import eu.projectresolution.mobilisation.programme.StaffRole;
import eu.projectresolution.mobilisation.programme.TerritoryType;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Loads the good rows of an attendance register into a programme: each row is one {@link Capture}
 * command (so a row is recorded whole or not at all), whose name, phone and e-mail go to the
 * personal-data store only. The people met at a Recrut'Café (same day, same place) are attached to one
 * outreach event, recorded first, so that the engine can rebuild the event's register.
 *
 * <p>Ids are derived from the row's content: importing the same register twice, or a corrected copy of
 * it, records each person once (the engine answers the second time as a retry), and rows the engine
 * refuses (a date outside the programme, in the future) are reported with their line like bad rows.
 */
public final class RegisterImport {
  private RegisterImport() {}

  /** Imports {@code register}'s good rows into {@code programme}. */
  public static Result into(MobilisationEngine engine, TenantId tenant, ProgrammeId programme, Register register) {
    List<Imported> imported = new ArrayList<>();
    List<Imported> again = new ArrayList<>();
    List<Problem> rejected = new ArrayList<>(register.problems());
    Map<String, Optional<OutreachEventId>> events = new LinkedHashMap<>();
    List<OutreachEventId> recorded = new ArrayList<>();
    for (Row row : register.rows()) {
      Optional<OutreachEventId> event = Optional.empty();
      if (row.channel() == CaptureChannel.OUTREACH_EVENT) {
        String place = row.place().orElseThrow();
        String key = tenant + "|" + programme + "|" + row.date() + "|" + place;
        if (!events.containsKey(key)) {
          OutreachEvent recrutCafe =
              OutreachEvent.builder()
                  .id(OutreachEventId.of(uuid("outreach-event|" + key)))
                  .programmeId(programme)
                  .kind(OutreachEventKind.RECRUT_CAFE)
                  .title("Recrut'Café, " + place)
                  .place(place)
                  .territoryType(TerritoryType.PRIORITY_URBAN_NEIGHBOURHOOD)
                  .date(row.date())
                  .addOrganisers(StaffRole.RESIDENT_LIAISON_COUNSELLOR)
                  .build();
          CommandResult result = engine.recordOutreachEvent(tenant, recrutCafe);
          if (result.accepted()) {
            recorded.add(recrutCafe.id());
            events.put(key, Optional.of(recrutCafe.id()));
          } else {
            events.put(key, Optional.empty());
            rejected.add(new Problem(row.line(), "the Recrut'Café of " + row.date() + " at " + place
                + " could not be recorded: " + message(result.refusal().orElseThrow())));
            continue;
          }
        } else if (events.get(key).isEmpty()) {
          rejected.add(new Problem(row.line(), "the Recrut'Café of " + row.date() + " at " + place
              + " could not be recorded (see the first row of that day and place)"));
          continue;
        }
        event = events.get(key);
      }
      String key = tenant + "|" + programme + "|" + row.givenName() + "|" + row.familyName() + "|" + row.phone().orElse("")
          + "|" + row.email().orElse("") + "|" + row.consent() + "|" + row.date() + "|" + row.place().orElse("") + "|"
          + row.channel();
      BeneficiaryId person = BeneficiaryId.of(uuid("beneficiary|" + key));
      CommandResult result = engine.capture(tenant, capture(programme, row, event, person, CommandId.of(uuid("capture|" + key))));
      if (result.refused()) {
        rejected.add(new Problem(row.line(), message(result.refusal().orElseThrow())));
      } else if (result.replayed()) {
        again.add(new Imported(row.line(), person));
      } else {
        imported.add(new Imported(row.line(), person));
      }
    }
    rejected.sort(Comparator.comparingLong(Problem::line));
    return new Result(register.source(), imported, again, rejected, recorded);
  }

  private static Capture capture(ProgrammeId programme, Row row, Optional<OutreachEventId> event, BeneficiaryId person, CommandId command) {
    boolean atASite = row.channel() == CaptureChannel.WALK_IN || row.channel() == CaptureChannel.SITE_EVENT;
    Contact.Builder contact =
        Contact.builder()
            .on(row.date())
            .channel(row.channel())
            .place(row.place())
            .outreachEvent(event)
            .staffRole(atASite ? StaffRole.RECEPTION_OFFICER : StaffRole.RESIDENT_LIAISON_COUNSELLOR)
            .consentToRecontact(row.consent());
    PersonalDetails.Builder details = PersonalDetails.builder().phone(row.phone()).email(row.email());
    if (!row.givenName().isEmpty()) {
      details.givenName(row.givenName());
    }
    if (!row.familyName().isEmpty()) {
      details.familyName(row.familyName());
    }
    return Capture.builder()
        .commandId(command)
        .beneficiaryId(person)
        .programmeId(programme)
        .profile(Profile.undeclared())
        .contact(contact.build())
        .personalDetails(details.build())
        .build();
  }

  private static String message(Refusal refusal) {
    return refusal.message() + " (" + refusal.code() + ")";
  }

  private static UUID uuid(String key) {
    return UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8));
  }

  /** A row recorded, and the pseudonymous id of the person it captured. */
  public record Imported(long line, BeneficiaryId beneficiaryId) {}

  /**
   * What an import did: the rows recorded now, the rows already recorded by an earlier import, the rows
   * refused (bad rows and rows the engine refused) with their line and reason, and the outreach events
   * recorded.
   */
  public record Result(
      String source, List<Imported> imported, List<Imported> alreadyImported, List<Problem> rejected,
      List<OutreachEventId> outreachEvents) {
    public Result {
      imported = List.copyOf(imported);
      alreadyImported = List.copyOf(alreadyImported);
      rejected = List.copyOf(rejected);
      outreachEvents = List.copyOf(outreachEvents);
    }
  }
}
