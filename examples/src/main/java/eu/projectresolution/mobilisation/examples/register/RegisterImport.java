package eu.projectresolution.mobilisation.examples.register;

import eu.projectresolution.mobilisation.CommandId;
import eu.projectresolution.mobilisation.Refusal;
import eu.projectresolution.mobilisation.TenantId;
import eu.projectresolution.mobilisation.beneficiary.BeneficiaryId;
import eu.projectresolution.mobilisation.beneficiary.IdentityMatcher;
import eu.projectresolution.mobilisation.beneficiary.MatchingKey;
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
import eu.projectresolution.mobilisation.engine.RecordContact;
import eu.projectresolution.mobilisation.examples.register.RegisterCsv.Problem;
import eu.projectresolution.mobilisation.examples.register.RegisterCsv.Register;
import eu.projectresolution.mobilisation.examples.register.RegisterCsv.Row;
import eu.projectresolution.mobilisation.pathway.Pathway;
import eu.projectresolution.mobilisation.port.PersonalData;
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
 * Loads the good rows of an attendance register into a programme. A person met for the first time is
 * one {@link Capture} command (so a row is recorded whole or not at all), under a new random
 * pseudonymous id; their name, phone and e-mail go to the personal-data store only, with the {@link
 * MatchingKey} that recognises them when met again. The people met at a Recrut'Café (same day, same
 * place) are attached to one outreach event, recorded first, so that the engine can rebuild the
 * event's register.
 *
 * <p>A person is recognised by their matching key, a keyed hash of their normalised identity that
 * the host's secret makes impossible to recompute without it (see {@link IdentityMatcher}): a row
 * whose contact (same day, channel and place) is already in the person's pathway is reported as
 * already imported, so importing the same register twice, or a corrected copy of it, records nothing
 * twice; a person already known met on another occasion gets a new contact ({@link RecordContact}),
 * never a second capture. A row giving a name and nothing else to tell people apart is recognised
 * only for the same occasion. Rows the engine refuses (a date outside the programme, in the future)
 * are reported with their line like bad rows.
 */
public final class RegisterImport {
  private RegisterImport() {}

  /**
   * Imports {@code register}'s good rows into {@code programme}, recognising the people already known
   * with {@code matcher} (keyed with the same secret for every import into one store).
   */
  public static Result into(
      MobilisationEngine engine, TenantId tenant, ProgrammeId programme, Register register, IdentityMatcher matcher) {
    PersonalData personalData = engine.storage().personalData();
    List<Imported> imported = new ArrayList<>();
    List<Imported> again = new ArrayList<>();
    List<Problem> rejected = new ArrayList<>(register.problems());
    Map<String, Optional<OutreachEventId>> events = new LinkedHashMap<>();
    List<OutreachEventId> recorded = new ArrayList<>();
    for (Row row : register.rows()) {
      // A value the engine's types refuse (a name past its length limit, say) is a bad row like any
      // other: the file's other rows are still imported. Checked before anything of the row is written.
      // The contact names the Recrut'Café by its id, derived from its day and place before it is recorded.
      PersonalDetails details;
      Contact contact;
      try {
        details = details(row);
        Optional<OutreachEventId> recrutCafe = row.channel() == CaptureChannel.OUTREACH_EVENT
            ? Optional.of(recrutCafe(tenant, programme, row, row.place().orElseThrow()).id())
            : Optional.empty();
        contact = contact(row, recrutCafe);
      } catch (IllegalArgumentException e) {
        rejected.add(new Problem(row.line(), e.getMessage()));
        continue;
      }
      if (row.channel() == CaptureChannel.OUTREACH_EVENT) {
        String place = row.place().orElseThrow();
        // The event's id may be derived from its day and place: they identify an occasion, nobody.
        String key = tenant + "|" + programme + "|" + row.date() + "|" + place;
        if (!events.containsKey(key)) {
          OutreachEvent recrutCafe = recrutCafe(tenant, programme, row, place);
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
      }
      MatchingKey key =
          matcher.keyOf(details).orElseGet(() -> matcher.keyOf(details, row.date() + "|" + row.place().orElse("") + "|" + row.channel()));
      Optional<BeneficiaryId> known = personalData.findByMatchingKey(tenant, key);
      CommandResult result;
      BeneficiaryId person;
      if (known.isEmpty()) {
        person = BeneficiaryId.random();
        result = engine.capture(tenant, Capture.builder()
            .commandId(CommandId.random())
            .beneficiaryId(person)
            .programmeId(programme)
            .profile(Profile.undeclared())
            .contact(contact)
            .personalDetails(details)
            .matchingKey(key)
            .build());
      } else {
        person = known.get();
        Optional<Pathway> pathway = engine.pathway(tenant, person);
        if (pathway.isPresent() && !pathway.get().programmeId().equals(programme)) {
          rejected.add(new Problem(row.line(), "this person is already followed in programme " + pathway.get().programmeId()
              + " (beneficiary " + person + "): record their contact there"));
          continue;
        }
        if (pathway.isPresent() && pathway.get().contacts().stream().anyMatch(c -> sameOccasion(c, contact))) {
          again.add(new Imported(row.line(), person, true));
          continue;
        }
        result = engine.recordContact(tenant, RecordContact.builder()
            .commandId(CommandId.random())
            .beneficiaryId(person)
            .contact(contact)
            .build());
      }
      if (result.refused()) {
        rejected.add(new Problem(row.line(), message(result.refusal().orElseThrow())));
      } else if (result.replayed()) {
        again.add(new Imported(row.line(), person, known.isPresent()));
      } else {
        imported.add(new Imported(row.line(), person, known.isPresent()));
      }
    }
    rejected.sort(Comparator.comparingLong(Problem::line));
    return new Result(register.source(), imported, again, rejected, recorded);
  }

  /** The Recrut'Café a row's people were met at: its id derives from the day and place, which identify nobody. */
  private static OutreachEvent recrutCafe(TenantId tenant, ProgrammeId programme, Row row, String place) {
    return OutreachEvent.builder()
        .id(OutreachEventId.of(uuid("outreach-event|" + tenant + "|" + programme + "|" + row.date() + "|" + place)))
        .programmeId(programme)
        .kind(OutreachEventKind.RECRUT_CAFE)
        .title("Recrut'Café, " + place)
        .place(place)
        .territoryType(TerritoryType.PRIORITY_URBAN_NEIGHBOURHOOD)
        .date(row.date())
        .addOrganisers(StaffRole.RESIDENT_LIAISON_COUNSELLOR)
        .build();
  }

  /** Whether a contact already recorded is the one a row gives: same day, channel and place. */
  private static boolean sameOccasion(Contact recorded, Contact row) {
    return recorded.on().equals(row.on()) && recorded.channel() == row.channel() && recorded.place().equals(row.place());
  }

  private static Contact contact(Row row, Optional<OutreachEventId> event) {
    boolean atASite = row.channel() == CaptureChannel.WALK_IN || row.channel() == CaptureChannel.SITE_EVENT;
    return Contact.builder()
        .on(row.date())
        .channel(row.channel())
        .place(row.place())
        .outreachEvent(event)
        .staffRole(atASite ? StaffRole.RECEPTION_OFFICER : StaffRole.RESIDENT_LIAISON_COUNSELLOR)
        .consentToRecontact(row.consent())
        .build();
  }

  private static PersonalDetails details(Row row) {
    PersonalDetails.Builder details = PersonalDetails.builder().phone(row.phone()).email(row.email());
    if (!row.givenName().isEmpty()) {
      details.givenName(row.givenName());
    }
    if (!row.familyName().isEmpty()) {
      details.familyName(row.familyName());
    }
    return details.build();
  }

  private static String message(Refusal refusal) {
    return refusal.message() + " (" + refusal.code() + ")";
  }

  private static UUID uuid(String key) {
    return UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * A row recorded, and the pseudonymous id of the person it is about.
   *
   * @param knownBefore whether the person was known before this row (the row recorded a new contact
   *     with them, or had been recorded), rather than captured by it
   */
  public record Imported(long line, BeneficiaryId beneficiaryId, boolean knownBefore) {}

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
