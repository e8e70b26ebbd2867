package eu.projectresolution.mobilisation.examples.sipa;

import eu.projectresolution.mobilisation.TenantId;
import eu.projectresolution.mobilisation.beneficiary.BeneficiaryId;
import eu.projectresolution.mobilisation.beneficiary.Gender;
import eu.projectresolution.mobilisation.beneficiary.PersonalDetails;
import eu.projectresolution.mobilisation.beneficiary.Profile;
import eu.projectresolution.mobilisation.beneficiary.Situation;
import eu.projectresolution.mobilisation.capture.AttendanceRegister;
import eu.projectresolution.mobilisation.capture.CaptureChannel;
import eu.projectresolution.mobilisation.capture.Contact;
import eu.projectresolution.mobilisation.capture.OutreachEvent;
import eu.projectresolution.mobilisation.capture.OutreachEventId;
import eu.projectresolution.mobilisation.capture.OutreachEventKind;
import eu.projectresolution.mobilisation.capture.PreparationStep;
import eu.projectresolution.mobilisation.engine.Capture;
import eu.projectresolution.mobilisation.engine.MobilisationEngine;
import eu.projectresolution.mobilisation.engine.Orient;
import eu.projectresolution.mobilisation.engine.RecordAppointment;
import eu.projectresolution.mobilisation.engine.RecordLostContact;
import eu.projectresolution.mobilisation.engine.RecordReferralOutcome;
import eu.projectresolution.mobilisation.engine.Refer;
import eu.projectresolution.mobilisation.engine.StartAccompaniment;
import eu.projectresolution.mobilisation.engine.Welcome;
import eu.projectresolution.mobilisation.examples.Progress;
import eu.projectresolution.mobilisation.examples.scenario.RecordReplay;
import eu.projectresolution.mobilisation.examples.scenario.Scenario;
import eu.projectresolution.mobilisation.examples.scenario.ScenarioContext;
import eu.projectresolution.mobilisation.examples.scenario.SeededIds;
import eu.projectresolution.mobilisation.pathway.Appointment;
import eu.projectresolution.mobilisation.pathway.AppointmentStatus;
import eu.projectresolution.mobilisation.pathway.Orientation;
import eu.projectresolution.mobilisation.pathway.Pathway;
import eu.projectresolution.mobilisation.pathway.Referral;
import eu.projectresolution.mobilisation.pathway.ReferralId;
import eu.projectresolution.mobilisation.pathway.ReferralStatus;
import eu.projectresolution.mobilisation.privacy.AccessPurpose;
import eu.projectresolution.mobilisation.programme.PartnerId;
import eu.projectresolution.mobilisation.programme.Programme;
import eu.projectresolution.mobilisation.programme.Scheme;
import eu.projectresolution.mobilisation.programme.SchemeId;
import eu.projectresolution.mobilisation.programme.StaffRole;
import eu.projectresolution.mobilisation.programme.TerritoryType;
import eu.projectresolution.mobilisation.examples.text.Words;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/**
 * One Recrut'Café, the resident-liaison counsellors' signature tool, told from start to end: prepared
 * with a temp agency, the municipal mediators and the social landlord's mediator (content, posters and
 * flyers, posting in the building halls and shops, door-to-door contacts, a briefing); held in a
 * building hall of Petite Hollande, where everyone present signs the attendance register; then the
 * counsellors come back to every participant who agreed with a proposal adapted to their profile — a
 * job interview with the agency, registration with the public employment service, the Garantie jeunes,
 * an adapted accompaniment — and the scenario records what became of each.
 *
 * <p>The register printed at the end is built by the engine from the recorded contacts; names and
 * phone numbers come from the personal-data store, the only place they are kept.
 */
public final class RecrutCafe implements Scenario {
  public static final String NAME = "recrut-cafe";

  /** Who the access log says read the details the scenario prints. */
  private static final String READER = "recrut-cafe-scenario";

  /** The tenant the scenario writes for: IDEIS, apart from the full SIPA replay. */
  public static final TenantId TENANT = TenantId.of("ideis-recrut-cafe");

  /** The day of the Recrut'Café. */
  public static final LocalDate DAY = LocalDate.of(2018, 3, 15);

  static final int PARTICIPANTS = 14;
  static final int AGREED_TO_BE_CONTACTED = 11;


  @Override
  public String name() {
    return NAME;
  }

  @Override
  public String summary() {
    return "One Recrut'Café in Petite Hollande: preparation, attendance register, follow-up proposals and what became of them";
  }

  @Override
  public String tenant() {
    return TENANT.value();
  }

  /** The preparation of a Recrut'Café held on {@code day}, as the SIPA sheet lists it (no step before {@code notBefore}). */
  static List<PreparationStep> preparation(LocalDate day, LocalDate notBefore) {
    return List.of(
        PreparationStep.of(PreparationStep.Kind.CONTENT,
            "Content agreed with the recruiter: the jobs on offer and the profiles sought", atLeast(day.minusDays(21), notBefore)),
        PreparationStep.of(PreparationStep.Kind.POSTERS_AND_FLYERS,
            "Posters and flyers asked of IDEIS's communication service", atLeast(day.minusDays(14), notBefore)),
        PreparationStep.of(PreparationStep.Kind.POSTING_IN_HALLS_AND_SHOPS,
            "Posters put up in the building halls and at the shopkeepers'", atLeast(day.minusDays(10), notBefore)),
        PreparationStep.of(PreparationStep.Kind.NEIGHBOURHOOD_CONTACTS,
            "Door-to-door neighbourhood contacts with the mediators (îlotage social)", atLeast(day.minusDays(7), notBefore)),
        PreparationStep.of(PreparationStep.Kind.PARTNER_BRIEFING,
            "Briefing with the recruiter, the municipal mediators and the social landlord's mediator",
            atLeast(day.minusDays(2), notBefore)),
        PreparationStep.of(PreparationStep.Kind.ANIMATION,
            "The resident-liaison counsellor welcomes, advises, proposes solutions adapted to each profile and animates",
            day));
  }

  private static LocalDate atLeast(LocalDate day, LocalDate notBefore) {
    return day.isBefore(notBefore) ? notBefore : day;
  }

  @Override
  public void run(ScenarioContext context) {
    Story story = replay(context.engine(), context.tenant(), context.seed(), context.progress());
    print(context.engine(), context.tenant(), story, context.words(), context.out());
  }

  /** What to follow up with a participant who agreed to be contacted again (in words: {@code cafe.proposal.<NAME>}). */
  enum Proposal {
    JOB_INTERVIEW(SipaProgramme.TEMP_JOBS, Orientation.DIRECT_REFERRAL),
    REGISTRATION(SipaProgramme.PES_REGISTRATION, Orientation.DIRECT_REFERRAL),
    YOUTH_GUARANTEE(SipaProgramme.YOUTH_GUARANTEE, Orientation.DIRECT_REFERRAL),
    ACCOMPANIMENT(SipaProgramme.QUALIFYING_TRAINING, Orientation.ADAPTED_ACCOMPANIMENT),
    UNREACHABLE(null, null);

    final SchemeId scheme;
    final Orientation orientation;

    Proposal(SchemeId scheme, Orientation orientation) {
      this.scheme = scheme;
      this.orientation = orientation;
    }
  }

  /** What the scenario recorded: the event and each participant's proposal (none for those who did not agree). */
  public record Story(OutreachEventId event, List<BeneficiaryId> participants, List<Optional<Proposal>> proposals,
      RecordReplay.Outcome outcome) {}

  /** Records the Recrut'Café and its follow-ups for {@code tenant}. */
  public static Story replay(MobilisationEngine engine, TenantId tenant, long seed, Progress.Factory progress) {
    Random random = new Random(seed);
    SeededIds ids = new SeededIds(seed * 0x9E3779B97F4A7C15L + 2);
    RecordReplay replay = new RecordReplay(engine, tenant);
    Programme programme = SipaProgramme.declaration(1);
    replay.add(SipaProgramme.START, "the declaration of programme " + programme.id(), () -> engine.registerProgramme(tenant, programme));

    OutreachEvent event =
        OutreachEvent.builder()
            .id(ids.outreachEvent())
            .programmeId(programme.id())
            .kind(OutreachEventKind.RECRUT_CAFE)
            .title("Recrut'Café hall B, Petite Hollande, with the temp agency")
            .place("Building hall B, Petite Hollande, Montbéliard")
            .territoryType(TerritoryType.PRIORITY_URBAN_NEIGHBOURHOOD)
            .date(DAY)
            .addOrganisers(StaffRole.RESIDENT_LIAISON_COUNSELLOR, StaffRole.PARTNER_PROFESSIONAL)
            .addPartnerActors(SipaProgramme.TEMP_AGENCY, SipaProgramme.MUNICIPAL_MEDIATORS, SipaProgramme.SOCIAL_LANDLORD)
            .preparation(preparation(DAY, SipaProgramme.START))
            .build();
    replay.add(DAY, "the Recrut'Café", () -> engine.recordOutreachEvent(tenant, event));

    // Who agreed to be contacted again, and what each was then proposed.
    List<Proposal> proposals =
        new ArrayList<>(List.of(
            Proposal.JOB_INTERVIEW, Proposal.JOB_INTERVIEW, Proposal.JOB_INTERVIEW, Proposal.JOB_INTERVIEW,
            Proposal.REGISTRATION, Proposal.REGISTRATION, Proposal.YOUTH_GUARANTEE, Proposal.YOUTH_GUARANTEE,
            Proposal.ACCOMPANIMENT, Proposal.ACCOMPANIMENT, Proposal.UNREACHABLE));
    Collections.shuffle(proposals, random);
    List<Boolean> agreed = new ArrayList<>();
    for (int i = 0; i < PARTICIPANTS; i++) {
      agreed.add(i < AGREED_TO_BE_CONTACTED);
    }
    Collections.shuffle(agreed, random);

    List<BeneficiaryId> participants = new ArrayList<>();
    List<Optional<Proposal>> proposed = new ArrayList<>();
    int next = 0;
    for (int i = 0; i < PARTICIPANTS; i++) {
      BeneficiaryId person = ids.beneficiary();
      boolean consent = agreed.get(i);
      boolean young = random.nextBoolean();
      Gender gender = random.nextBoolean() ? Gender.WOMAN : Gender.MAN;
      PersonalDetails known = FakeIdentities.next(random, gender);
      // Without consent the register keeps the name only: no way, and no right, to call back.
      PersonalDetails details = consent ? known : PersonalDetails.builder().givenName(known.givenName()).familyName(known.familyName()).build();
      Profile profile =
          Profile.builder()
              .birthYear(DAY.getYear() - (young ? 18 + random.nextInt(8) : 26 + random.nextInt(30)))
              .gender(gender)
              .neet(young)
              .residence(TerritoryType.PRIORITY_URBAN_NEIGHBOURHOOD)
              .build();
      var capture = ids.command();
      replay.add(DAY, "the capture of participant " + (i + 1), () -> engine.capture(tenant,
          Capture.builder().commandId(capture).beneficiaryId(person).programmeId(programme.id()).profile(profile)
              .contact(Contact.builder().on(DAY).channel(CaptureChannel.OUTREACH_EVENT).outreachEvent(event.id())
                  .place(event.place()).staffRole(StaffRole.RESIDENT_LIAISON_COUNSELLOR).consentToRecontact(consent).build())
              .personalDetails(details)
              .build()));
      participants.add(person);
      if (!consent) {
        proposed.add(Optional.empty());
        continue;
      }
      Proposal proposal = proposals.get(next++);
      proposed.add(Optional.of(proposal));
      planFollowUp(engine, tenant, replay, ids, random, person, proposal);
    }
    RecordReplay.Outcome outcome = replay.replay("Recrut'Café", progress);
    return new Story(event.id(), participants, proposed, outcome);
  }

  private static void planFollowUp(
      MobilisationEngine engine, TenantId tenant, RecordReplay replay, SeededIds ids, Random random,
      BeneficiaryId person, Proposal proposal) {
    LocalDate called = DAY.plusDays(3 + random.nextInt(5));
    if (proposal == Proposal.UNREACHABLE) {
      var lost = ids.command();
      LocalDate on = called.plusDays(21);
      replay.add(on, "the lost contact", () -> engine.recordLostContact(tenant,
          RecordLostContact.builder().commandId(lost).beneficiaryId(person).occurredOn(on)
              .actor(StaffRole.RESIDENT_LIAISON_COUNSELLOR).build()));
      return;
    }
    LocalDate welcomed = called.plusDays(2 + random.nextInt(5));
    var welcome = ids.command();
    replay.add(welcomed, "the welcome at the site", () -> engine.welcome(tenant,
        Welcome.builder().commandId(welcome).beneficiaryId(person).siteId(SipaProgramme.SITE_MONTBELIARD)
            .occurredOn(welcomed).situation(Situation.builder().jobSearching(true).build()).build()));
    var orient = ids.command();
    replay.add(welcomed, "the orientation", () -> engine.orient(tenant,
        Orient.builder().commandId(orient).beneficiaryId(person).orientation(proposal.orientation).occurredOn(welcomed).build()));
    LocalDate referredOn = welcomed;
    if (proposal == Proposal.ACCOMPANIMENT) {
      var start = ids.command();
      LocalDate started = welcomed.plusDays(7);
      replay.add(started, "the start of the accompaniment", () -> engine.startAccompaniment(tenant,
          StartAccompaniment.builder().commandId(start).beneficiaryId(person).occurredOn(started).build()));
      for (int a = 0; a < 3; a++) {
        LocalDate on = started.plusDays(10L * a);
        var appointment = ids.appointment();
        var command = ids.command();
        replay.add(on, "an appointment", () -> engine.recordAppointment(tenant,
            RecordAppointment.builder().commandId(command).beneficiaryId(person)
                .appointment(Appointment.of(appointment, on, AppointmentStatus.ATTENDED)).occurredOn(on).build()));
      }
      referredOn = started.plusDays(20);
    }
    ReferralId referral = ids.referral();
    var refer = ids.command();
    LocalDate on = referredOn;
    replay.add(on, "the referral", () -> engine.refer(tenant,
        Refer.builder().commandId(refer).beneficiaryId(person).referralId(referral).schemeId(proposal.scheme).occurredOn(on).build()));
    // What became of it: most job interviews and registrations start; some wait, one declines.
    int draw = random.nextInt(10);
    ReferralStatus became =
        switch (proposal) {
          case JOB_INTERVIEW -> draw < 7 ? ReferralStatus.STARTED : ReferralStatus.DECLINED;
          case REGISTRATION -> ReferralStatus.STARTED;
          case YOUTH_GUARANTEE -> draw < 5 ? ReferralStatus.ACCEPTED : null;
          default -> ReferralStatus.ACCEPTED;
        };
    if (became != null) {
      var outcome = ids.command();
      LocalDate decided = on.plusDays(5 + random.nextInt(15));
      replay.add(decided, "what became of the referral", () -> engine.recordReferralOutcome(tenant,
          RecordReferralOutcome.builder().commandId(outcome).beneficiaryId(person).referralId(referral).status(became)
              .occurredOn(decided).build()));
    }
  }

  /** Prints the preparation, the register (from the stored contacts) and what became of each proposal. */
  static void print(MobilisationEngine engine, TenantId tenant, Story story, PrintWriter out) {
    print(engine, tenant, story, Words.ENGLISH, out);
  }

  /**
   * As {@link #print(MobilisationEngine, TenantId, Story, PrintWriter)}, in the language of {@code
   * words}: the event's title, place and steps are as the scenario recorded them.
   */
  static void print(MobilisationEngine engine, TenantId tenant, Story story, Words words, PrintWriter out) {
    AttendanceRegister register = engine.attendanceRegister(tenant, story.event()).orElseThrow();
    OutreachEvent event = register.event();
    Programme programme = engine.programme(tenant, event.programmeId()).orElseThrow();
    out.println(event.title());
    out.println(event.place() + ", " + DateTimeFormatter.ofPattern(words.text("cafe.long_date"), words.locale()).format(event.date()));
    out.println(words.text("cafe.partners", String.join(", ", event.partnerActors().stream().map(p -> partnerName(programme, p)).toList())));
    out.println();
    out.println(words.text("cafe.preparation"));
    for (PreparationStep step : event.preparation()) {
      out.printf("  %s  %-28s %s%n", step.doneOn().map(words::date).orElse("          "),
          words.text("cafe.step." + step.kind().name()), step.description());
    }
    out.println();
    out.println(words.text("cafe.register", register.entries().size(), register.recontactable().size()));
    out.printf("  %-3s %-24s %-34s %s%n", "#", words.text("cafe.column.name"), words.text("cafe.column.reach"),
        words.text("cafe.column.contact_again"));
    int n = 0;
    for (AttendanceRegister.Entry entry : register.entries()) {
      Optional<PersonalDetails> details =
          engine.personalDetails(tenant, entry.beneficiaryId(), READER, AccessPurpose.CONTACT_THE_PERSON);
      out.printf("  %-3d %-24s %-34s %s%n", ++n, details.map(RecrutCafe::name).orElse(words.text("cafe.erased")),
          details.map(RecrutCafe::reach).orElse(""), words.text(entry.contact().consentToRecontact() ? "cafe.yes" : "cafe.no"));
    }
    out.println();
    out.println(words.text("cafe.proposals"));
    out.printf("  %-24s %-50s %-14s %s%n", words.text("cafe.column.name"), words.text("cafe.column.proposal"),
        words.text("cafe.column.stage"), words.text("cafe.column.became"));
    for (int i = 0; i < story.participants().size(); i++) {
      Optional<Proposal> proposal = story.proposals().get(i);
      if (proposal.isEmpty()) {
        continue;
      }
      BeneficiaryId person = story.participants().get(i);
      Pathway pathway = engine.pathway(tenant, person).orElseThrow();
      String name = engine.personalDetails(tenant, person, READER, AccessPurpose.FOLLOW_UP)
          .map(RecrutCafe::name).orElse(words.text("cafe.erased"));
      out.printf("  %-24s %-50s %-14s %s%n", name, words.text("cafe.proposal." + proposal.get().name()), pathway.stage(),
          became(programme, pathway, words));
    }
    out.println();
    out.println(words.text("cafe.records", story.outcome().records(), story.outcome().took().toMillis()));
  }

  private static String became(Programme programme, Pathway pathway, Words words) {
    if (pathway.referrals().isEmpty()) {
      return pathway.attendedAppointments() > 0 ? words.text("cafe.appointments", pathway.attendedAppointments()) : "-";
    }
    Referral referral = pathway.referrals().get(pathway.referrals().size() - 1);
    String scheme = programme.scheme(referral.schemeId()).map(Scheme::name).orElse(referral.schemeId().toString());
    return scheme + ": " + words.text("cafe.referral." + referral.status().name()) + " (" + words.date(referral.statusOn()) + ")";
  }

  private static String partnerName(Programme programme, PartnerId partner) {
    return programme.partner(partner).map(p -> p.name()).orElse(partner.toString());
  }

  private static String name(PersonalDetails details) {
    return details.givenName().orElse("") + " " + details.familyName().orElse("");
  }

  private static String reach(PersonalDetails details) {
    return details.phone().or(details::email).orElse("");
  }
}
