package eu.projectresolution.mobilisation.examples.register;

import eu.projectresolution.mobilisation.CommandId;
import eu.projectresolution.mobilisation.Refusal;
import eu.projectresolution.mobilisation.RefusalCode;
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
import eu.projectresolution.mobilisation.engine.ImportMode;
import eu.projectresolution.mobilisation.engine.ImportReport;
import eu.projectresolution.mobilisation.engine.MobilisationEngine;
import eu.projectresolution.mobilisation.engine.PathwayCommand;
import eu.projectresolution.mobilisation.engine.RecordContact;
import eu.projectresolution.mobilisation.examples.register.RegisterCsv.Problem;
import eu.projectresolution.mobilisation.examples.register.RegisterCsv.Register;
import eu.projectresolution.mobilisation.examples.register.RegisterCsv.Row;
import eu.projectresolution.mobilisation.pathway.Pathway;
import eu.projectresolution.mobilisation.programme.ProgrammeId;
import eu.projectresolution.mobilisation.programme.StaffRole;
import eu.projectresolution.mobilisation.programme.TerritoryType;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

// Over 400 lines: an import decides each row in three passes (values checked, Recrut'Cafés recorded,
// people's commands in batches), and follows one person across rows of one file before the engine has
// answered; splitting those passes apart would scatter the one rule they share (same key, same person).
/**
 * Loads the good rows of an attendance register into a programme. A person met for the first time is
 * one {@link Capture} command (so a row is recorded whole or not at all), under a new random
 * pseudonymous id; their name, phone and e-mail go to the personal-data store only, with the {@link
 * MatchingKey} that recognises them when met again. The people met at a Recrut'Café (same day, same
 * place) are attached to one outreach event, recorded first, before anyone met there, so that the
 * engine can rebuild the event's register.
 *
 * <p>A person is recognised by their matching key, a keyed hash of their normalised identity that
 * the host's secret makes impossible to recompute without it (see {@link IdentityMatcher}): a row
 * whose contact (same day, channel and place) is already in the person's pathway is reported as
 * already imported, so importing the same register twice, or a corrected copy of it, records nothing
 * twice; a person already known met on another occasion gets a new contact ({@link RecordContact}),
 * never a second capture. A row giving a name and nothing else to tell people apart is recognised
 * only for the same occasion. Rows the engine refuses (a date outside the programme, in the future)
 * are reported with their line like bad rows.
 *
 * <p>The people's commands are committed in batches of up to {@value #BATCH_SIZE} rows, each batch in
 * one transaction ({@link MobilisationEngine#recordAll}) rather than one per row, and every row is
 * still answered on its own, as a row-by-row import would answer it: a row the engine refuses writes
 * nothing, the others of its batch are kept. A person on several rows of one file is recognised as if
 * each row had been recorded before the next was read: the import remembers whom it has captured and
 * which occasions it has recorded, so a later row of the same person becomes a new contact chained
 * after the capture in the same batch, or is already imported. Should the engine refuse that capture,
 * nothing of the person was written after it, and their later rows of the batch are decided again
 * after it; a row repeating the occasion of a new contact not yet answered waits for that answer.
 */
public final class RegisterImport {
  /** The most rows whose commands one engine call, and one transaction, records. */
  public static final int BATCH_SIZE = 500;

  private RegisterImport() {}

  /**
   * Imports {@code register}'s good rows into {@code programme}, recognising the people already known
   * with {@code matcher} (keyed with the same secret for every import into one store).
   */
  public static Result into(
      MobilisationEngine engine, TenantId tenant, ProgrammeId programme, Register register, IdentityMatcher matcher) {
    return into(engine, tenant, programme, register, matcher, ImportMode.EACH_ON_ITS_OWN, BATCH_SIZE);
  }

  /**
   * As {@link #into(MobilisationEngine, TenantId, ProgrammeId, Register, IdentityMatcher)}, in {@code
   * mode}: {@link ImportMode#EACH_ON_ITS_OWN} keeps the good rows; {@link ImportMode#ALL_OR_NOTHING}
   * writes the file only if no row is bad or refused (one transaction for all its people's commands);
   * {@link ImportMode#VALIDATE_ONLY} writes nothing and says what each row would do.
   */
  public static Result into(
      MobilisationEngine engine, TenantId tenant, ProgrammeId programme, Register register, IdentityMatcher matcher,
      ImportMode mode) {
    return into(engine, tenant, programme, register, matcher, mode, BATCH_SIZE);
  }

  /** As {@link #into(MobilisationEngine, TenantId, ProgrammeId, Register, IdentityMatcher, ImportMode)}, in batches of {@code batchSize} rows. */
  static Result into(
      MobilisationEngine engine, TenantId tenant, ProgrammeId programme, Register register, IdentityMatcher matcher,
      ImportMode mode, int batchSize) {
    if (batchSize < 1) {
      throw new IllegalArgumentException("batchSize is " + batchSize + ": give at least 1");
    }
    boolean eachOnItsOwn = mode == ImportMode.EACH_ON_ITS_OWN;
    // Outside that mode, the Recrut'Cafés are recorded only once the people's commands are known to be
    // accepted: until then their ids are reserved, and a capture that names one is not refused for it.
    Map<OutreachEventId, OutreachEvent> deferred = new LinkedHashMap<>();
    List<Problem> rejected = new ArrayList<>(register.problems());
    Map<String, Optional<OutreachEventId>> events = new LinkedHashMap<>();
    List<OutreachEventId> recorded = new ArrayList<>();
    List<Meeting> meetings = new ArrayList<>();
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
        if (!events.containsKey(key) && !eachOnItsOwn) {
          OutreachEvent recrutCafe = recrutCafe(tenant, programme, row, place);
          deferred.put(recrutCafe.id(), recrutCafe);
          events.put(key, Optional.of(recrutCafe.id()));
        } else if (!events.containsKey(key)) {
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
      meetings.add(new Meeting(row, details, key, contact));
    }
    People people = new People(engine, tenant, programme, eachOnItsOwn);
    if (!eachOnItsOwn) {
      recordedAtOnce(engine, tenant, mode, people, meetings, rejected, deferred, recorded);
      return result(register, meetings, rejected, recorded, mode);
    }
    Deque<Meeting> waiting = new ArrayDeque<>(meetings);
    while (!waiting.isEmpty()) {
      List<Plan> plans = new ArrayList<>();
      List<PathwayCommand> commands = new ArrayList<>();
      while (!waiting.isEmpty() && commands.size() < batchSize) {
        Optional<Plan> plan = people.plan(waiting.peekFirst());
        if (plan.isEmpty()) {
          break; // the row waits for this batch's answers
        }
        waiting.removeFirst();
        plans.add(plan.get());
        plan.get().command.ifPresent(commands::add);
      }
      ImportReport report = engine.importCommands(tenant, commands, ImportMode.EACH_ON_ITS_OWN);
      List<Meeting> again = people.answer(plans, report);
      for (int i = again.size() - 1; i >= 0; i--) {
        waiting.addFirst(again.get(i)); // decided again first, in line order
      }
    }
    return result(register, meetings, rejected, recorded, mode);
  }

  /**
   * Decides every row's command in one batch (validated first, with the Recrut'Cafés not yet recorded);
   * in {@link ImportMode#ALL_OR_NOTHING}, records the Recrut'Cafés and the batch only if no row is bad
   * or refused.
   */
  private static void recordedAtOnce(
      MobilisationEngine engine, TenantId tenant, ImportMode mode, People people, List<Meeting> meetings,
      List<Problem> rejected, Map<OutreachEventId, OutreachEvent> deferred, List<OutreachEventId> recorded) {
    List<Plan> plans = new ArrayList<>();
    List<PathwayCommand> commands = new ArrayList<>();
    for (Meeting meeting : meetings) {
      Plan plan = people.plan(meeting).orElseThrow(); // never waits outside EACH_ON_ITS_OWN
      plans.add(plan);
      plan.command.ifPresent(commands::add);
    }
    ImportReport checked = validated(engine, tenant, commands, deferred.keySet());
    boolean clean = rejected.isEmpty() && checked.refused().isEmpty();
    if (mode == ImportMode.ALL_OR_NOTHING && clean) {
      for (OutreachEvent cafe : deferred.values()) {
        CommandResult result = engine.recordOutreachEvent(tenant, cafe);
        if (result.refused()) { // the captures' own date checks passed, so another writer's record is in the way
          throw new IllegalStateException("The Recrut'Café of " + cafe.date() + " at " + cafe.place()
              + " was refused after its rows were checked: " + message(result.refusal().orElseThrow()));
        }
        recorded.add(cafe.id());
      }
      checked = engine.importCommands(tenant, commands, ImportMode.ALL_OR_NOTHING);
      clean = checked.refused().isEmpty();
    }
    people.answerAtOnce(plans, checked, clean && mode == ImportMode.ALL_OR_NOTHING);
  }

  /**
   * The batch validated, a capture refused only for naming a Recrut'Café of the file (not recorded
   * yet) counted as accepted.
   */
  private static ImportReport validated(
      MobilisationEngine engine, TenantId tenant, List<PathwayCommand> commands, java.util.Set<OutreachEventId> cafes) {
    ImportReport report = engine.importCommands(tenant, commands, ImportMode.VALIDATE_ONLY);
    List<ImportReport.Outcome> outcomes = new ArrayList<>();
    for (ImportReport.Outcome outcome : report.outcomes()) {
      boolean cafeOfTheFile = outcome.refusal().filter(r -> r.code() == RefusalCode.UNKNOWN_OUTREACH_EVENT).isPresent()
          && commands.get(outcome.index()) instanceof Capture capture
          && capture.contact().outreachEvent().filter(cafes::contains).isPresent();
      outcomes.add(cafeOfTheFile
          ? new ImportReport.Outcome(outcome.index(), outcome.commandId(), outcome.beneficiaryId(),
              ImportReport.Status.NOT_WRITTEN, Optional.empty())
          : outcome);
    }
    return new ImportReport(ImportMode.VALIDATE_ONLY, outcomes);
  }

  private static Result result(
      Register register, List<Meeting> meetings, List<Problem> rejected, List<OutreachEventId> recorded, ImportMode mode) {
    List<Imported> imported = new ArrayList<>();
    List<Imported> already = new ArrayList<>();
    List<Imported> notWritten = new ArrayList<>();
    for (Meeting meeting : meetings) {
      switch (meeting.outcome) {
        case IMPORTED -> imported.add(meeting.imported);
        case ALREADY_IMPORTED -> already.add(meeting.imported);
        case NOT_WRITTEN -> notWritten.add(meeting.imported);
        case REJECTED -> rejected.add(meeting.problem);
      }
    }
    rejected.sort(Comparator.comparingLong(Problem::line));
    return new Result(register.source(), mode, imported, already, notWritten, rejected, recorded);
  }

  /** A good row, its values checked and its Recrut'Café recorded, and what became of it. */
  private static final class Meeting {
    final Row row;
    final PersonalDetails details;
    final MatchingKey key;
    final Contact contact;
    Outcome outcome;
    Imported imported;
    Problem problem;

    Meeting(Row row, PersonalDetails details, MatchingKey key, Contact contact) {
      this.row = row;
      this.details = details;
      this.key = key;
      this.contact = contact;
    }

    void imported(BeneficiaryId person, boolean knownBefore) {
      outcome = Outcome.IMPORTED;
      imported = new Imported(row.line(), person, knownBefore);
    }

    void alreadyImported(BeneficiaryId person, boolean knownBefore) {
      outcome = Outcome.ALREADY_IMPORTED;
      imported = new Imported(row.line(), person, knownBefore);
    }

    void rejected(String reason) {
      outcome = Outcome.REJECTED;
      problem = new Problem(row.line(), reason);
    }

    void refused(Refusal refusal) {
      outcome = Outcome.REJECTED;
      problem = new Problem(row.line(), message(refusal), Optional.of(refusal.code().name()), Optional.of(refusal.field()));
    }

    void notWritten(BeneficiaryId person, boolean knownBefore) {
      outcome = Outcome.NOT_WRITTEN;
      imported = new Imported(row.line(), person, knownBefore);
    }
  }

  private enum Outcome { IMPORTED, ALREADY_IMPORTED, NOT_WRITTEN, REJECTED }

  private enum Kind {
    /** A person met for the first time. */
    CAPTURE,
    /** A person known (in the store, or captured by this import) met on another occasion. */
    CONTACT,
    /** An occasion already in the person's pathway, or planned to be by an earlier row. */
    ALREADY_IMPORTED,
    /** A person followed in another programme. */
    ELSEWHERE
  }

  /**
   * What a row will do: the command it sends, if any, and the capture of an earlier row of the same
   * batch it counts on being accepted (being a new contact after it, or repeating its occasion), if any.
   */
  private static final class Plan {
    final Meeting meeting;
    final Person person;
    final Kind kind;
    final Optional<PathwayCommand> command;
    final Optional<Plan> countsOn;
    /** The occasion the command adds to the person's pathway, if it is accepted. */
    final Optional<Occasion> adds;
    boolean refused;

    Plan(Meeting meeting, Person person, Kind kind, Optional<PathwayCommand> command, Optional<Plan> countsOn,
        Optional<Occasion> adds) {
      this.meeting = meeting;
      this.person = person;
      this.kind = kind;
      this.command = command;
      this.countsOn = countsOn;
      this.adds = adds;
    }
  }

  /** A contact in a person's pathway, or to be, when the row whose command records it is answered. */
  private static final class Occasion {
    final Contact contact;
    Optional<Plan> pending;

    Occasion(Contact contact, Optional<Plan> pending) {
      this.contact = contact;
      this.pending = pending;
    }
  }

  /** A person the import has met: as the store held them, with what the import recorded or plans to. */
  private static final class Person {
    final BeneficiaryId id;
    /** The programme of the person's pathway; empty if none is recorded. */
    final Optional<ProgrammeId> programme;
    final List<Occasion> occasions = new ArrayList<>();
    /** The capture of the person, while its batch is not answered. */
    Optional<Plan> capture = Optional.empty();

    Person(BeneficiaryId id, Optional<ProgrammeId> programme) {
      this.id = id;
      this.programme = programme;
    }
  }

  /**
   * The people of one import by matching key: looked up in the store once, then kept as the import's
   * batches leave them, so that a person on several rows is recognised as a row-by-row import would.
   */
  private static final class People {
    private final MobilisationEngine engine;
    private final TenantId tenant;
    private final ProgrammeId programme;
    private final Map<MatchingKey, Person> byKey = new HashMap<>();
    /** Whether a row repeating a pending occasion waits for its answer, rather than counting on it. */
    private final boolean waits;

    People(MobilisationEngine engine, TenantId tenant, ProgrammeId programme, boolean waits) {
      this.engine = engine;
      this.tenant = tenant;
      this.programme = programme;
      this.waits = waits;
    }

    /**
     * What {@code meeting}'s row does, on what the store holds and the import recorded or plans to;
     * empty if that can only be decided once the batch so far is answered: the row repeats the occasion
     * of a new contact not yet answered (if the engine refuses that contact, this row is not already
     * imported but decided on the pathway as it is then). Never empty when nothing is planned.
     */
    Optional<Plan> plan(Meeting meeting) {
      Person person = byKey.get(meeting.key);
      if (person == null) {
        Optional<BeneficiaryId> known = engine.beneficiaryRecognisedBy(tenant, meeting.key);
        if (known.isPresent()) {
          Optional<Pathway> pathway = engine.pathway(tenant, known.get());
          person = new Person(known.get(), pathway.map(Pathway::programmeId));
          for (Contact contact : pathway.map(Pathway::contacts).orElse(List.of())) {
            person.occasions.add(new Occasion(contact, Optional.empty()));
          }
          byKey.put(meeting.key, person);
        }
      }
      if (person == null) {
        person = new Person(BeneficiaryId.random(), Optional.of(programme));
        byKey.put(meeting.key, person);
        Capture capture = Capture.builder()
            .commandId(CommandId.random())
            .beneficiaryId(person.id)
            .programmeId(programme)
            .profile(Profile.undeclared())
            .contact(meeting.contact)
            .personalDetails(meeting.details)
            .matchingKey(meeting.key)
            .build();
        Occasion occasion = new Occasion(meeting.contact, Optional.empty());
        Plan plan = new Plan(meeting, person, Kind.CAPTURE, Optional.of(capture), Optional.empty(), Optional.of(occasion));
        occasion.pending = Optional.of(plan);
        person.occasions.add(occasion);
        person.capture = Optional.of(plan);
        return Optional.of(plan);
      }
      if (person.programme.isPresent() && !person.programme.get().equals(programme)) {
        return Optional.of(new Plan(meeting, person, Kind.ELSEWHERE, Optional.empty(), Optional.empty(), Optional.empty()));
      }
      Optional<Occasion> same = person.occasions.stream().filter(o -> sameOccasion(o.contact, meeting.contact)).findFirst();
      if (same.isPresent()) {
        Optional<Plan> recording = same.get().pending;
        if (waits && recording.isPresent() && recording.get().kind != Kind.CAPTURE) {
          return Optional.empty();
        }
        return Optional.of(new Plan(meeting, person, Kind.ALREADY_IMPORTED, Optional.empty(), recording, Optional.empty()));
      }
      RecordContact contact = RecordContact.builder()
          .commandId(CommandId.random())
          .beneficiaryId(person.id)
          .contact(meeting.contact)
          .build();
      Occasion occasion = new Occasion(meeting.contact, Optional.empty());
      Plan plan = new Plan(meeting, person, Kind.CONTACT, Optional.of(contact), person.capture, Optional.of(occasion));
      occasion.pending = Optional.of(plan);
      person.occasions.add(occasion);
      return Optional.of(plan);
    }

    /**
     * Gives each row of a batch its outcome from the engine's answers (one per command, in order), and
     * returns the rows to decide again, in line order: those that counted on a capture of the batch
     * the engine refused. None of them wrote anything (a new contact sent for a person whose capture
     * was refused is refused too; a repeated occasion sends nothing), so, decided after the batch, they
     * are answered as a row-by-row import would answer them.
     */
    List<Meeting> answer(List<Plan> plans, ImportReport report) {
      List<Meeting> again = new ArrayList<>();
      int next = 0;
      for (Plan plan : plans) {
        Meeting meeting = plan.meeting;
        Optional<ImportReport.Outcome> result =
            plan.command.isPresent() ? Optional.of(report.outcomes().get(next++)) : Optional.empty();
        if (plan.countsOn.isPresent() && plan.countsOn.get().refused) {
          if (result.isPresent() && result.get().status() != ImportReport.Status.REFUSED) {
            throw new IllegalStateException("The engine accepted a command for beneficiary " + plan.person.id
                + " whose capture it refused in the same batch (line " + meeting.row.line() + ")");
          }
          plan.refused = true;
          plan.adds.ifPresent(plan.person.occasions::remove);
          again.add(meeting);
          continue;
        }
        switch (plan.kind) {
          case ELSEWHERE -> meeting.rejected("this person is already followed in programme "
              + plan.person.programme.orElseThrow() + " (beneficiary " + plan.person.id + "): record their contact there");
          case ALREADY_IMPORTED -> meeting.alreadyImported(plan.person.id, true);
          case CAPTURE, CONTACT -> {
            ImportReport.Outcome answer = result.orElseThrow();
            boolean knownBefore = plan.kind == Kind.CONTACT;
            if (answer.status() == ImportReport.Status.REFUSED) {
              plan.refused = true;
              plan.adds.ifPresent(plan.person.occasions::remove);
              if (plan.kind == Kind.CAPTURE) {
                byKey.remove(meeting.key, plan.person); // nobody was captured: the next row looks again
              }
              meeting.refused(answer.refusal().orElseThrow());
            } else {
              plan.adds.ifPresent(occasion -> occasion.pending = Optional.empty());
              if (plan.kind == Kind.CAPTURE) {
                plan.person.capture = Optional.empty();
              }
              if (answer.status() == ImportReport.Status.ALREADY_RECORDED) {
                meeting.alreadyImported(plan.person.id, knownBefore);
              } else {
                meeting.imported(plan.person.id, knownBefore);
              }
            }
          }
        }
      }
      return again;
    }

    /**
     * Gives each row of the one batch of a validation or an all-or-nothing import its outcome: refused
     * rows with their refusal; a row counting on a refused capture, not written (it is decided again
     * once that row is fixed); the others recorded if {@code written}, else not written.
     */
    void answerAtOnce(List<Plan> plans, ImportReport report, boolean written) {
      int next = 0;
      for (Plan plan : plans) {
        Meeting meeting = plan.meeting;
        Optional<ImportReport.Outcome> result =
            plan.command.isPresent() ? Optional.of(report.outcomes().get(next++)) : Optional.empty();
        boolean refused = result.filter(o -> o.status() == ImportReport.Status.REFUSED).isPresent();
        plan.refused = refused;
        boolean knownBefore = plan.kind == Kind.CONTACT || plan.kind == Kind.ALREADY_IMPORTED;
        if (plan.kind == Kind.ELSEWHERE) {
          meeting.rejected("this person is already followed in programme " + plan.person.programme.orElseThrow()
              + " (beneficiary " + plan.person.id + "): record their contact there");
        } else if (plan.countsOn.isPresent() && plan.countsOn.get().refused) {
          meeting.notWritten(plan.person.id, knownBefore);
        } else if (refused) {
          meeting.refused(result.get().refusal().orElseThrow());
        } else if (plan.kind == Kind.ALREADY_IMPORTED
            || result.filter(o -> o.status() == ImportReport.Status.ALREADY_RECORDED).isPresent()) {
          meeting.alreadyImported(plan.person.id, knownBefore);
        } else if (written) {
          meeting.imported(plan.person.id, knownBefore);
        } else {
          meeting.notWritten(plan.person.id, knownBefore);
        }
      }
    }
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
   * What an import did: the rows recorded now, the rows already recorded by an earlier import, the good
   * rows not written (a validation, or an all-or-nothing import with bad rows), the rows refused (bad
   * rows, and rows the engine refused with its code and field) with their line and reason, and the
   * outreach events recorded.
   */
  public record Result(
      String source, ImportMode mode, List<Imported> imported, List<Imported> alreadyImported,
      List<Imported> notWritten, List<Problem> rejected, List<OutreachEventId> outreachEvents) {
    public Result {
      imported = List.copyOf(imported);
      alreadyImported = List.copyOf(alreadyImported);
      notWritten = List.copyOf(notWritten);
      rejected = List.copyOf(rejected);
      outreachEvents = List.copyOf(outreachEvents);
    }
  }
}
