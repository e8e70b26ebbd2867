package eu.projectresolution.mobilisation.benchmarks;

import eu.projectresolution.mobilisation.TenantId;
import eu.projectresolution.mobilisation.beneficiary.BeneficiaryId;
import eu.projectresolution.mobilisation.beneficiary.EducationLevel;
import eu.projectresolution.mobilisation.beneficiary.EntryStatus;
import eu.projectresolution.mobilisation.beneficiary.Gender;
import eu.projectresolution.mobilisation.beneficiary.LabourMarketStatus;
import eu.projectresolution.mobilisation.beneficiary.Profile;
import eu.projectresolution.mobilisation.beneficiary.Situation;
import eu.projectresolution.mobilisation.capture.CaptureChannel;
import eu.projectresolution.mobilisation.capture.Contact;
import eu.projectresolution.mobilisation.engine.Capture;
import eu.projectresolution.mobilisation.engine.CommandResult;
import eu.projectresolution.mobilisation.engine.MobilisationEngine;
import eu.projectresolution.mobilisation.engine.Orient;
import eu.projectresolution.mobilisation.engine.PathwayCommand;
import eu.projectresolution.mobilisation.engine.RecordAppointment;
import eu.projectresolution.mobilisation.engine.RecordEntryStatus;
import eu.projectresolution.mobilisation.engine.RecordExit;
import eu.projectresolution.mobilisation.engine.RecordReferralOutcome;
import eu.projectresolution.mobilisation.engine.RecordSatisfaction;
import eu.projectresolution.mobilisation.engine.Refer;
import eu.projectresolution.mobilisation.engine.StartAccompaniment;
import eu.projectresolution.mobilisation.engine.Welcome;
import eu.projectresolution.mobilisation.inmemory.InMemoryStorage;
import eu.projectresolution.mobilisation.jdbc.JdbcStorage;
import eu.projectresolution.mobilisation.pathway.Appointment;
import eu.projectresolution.mobilisation.pathway.AppointmentId;
import eu.projectresolution.mobilisation.pathway.AppointmentStatus;
import eu.projectresolution.mobilisation.pathway.ExitReason;
import eu.projectresolution.mobilisation.pathway.Orientation;
import eu.projectresolution.mobilisation.pathway.ReferralId;
import eu.projectresolution.mobilisation.pathway.ReferralStatus;
import eu.projectresolution.mobilisation.pathway.SatisfactionResponse;
import eu.projectresolution.mobilisation.port.MobilisationStorage;
import eu.projectresolution.mobilisation.programme.CountryCode;
import eu.projectresolution.mobilisation.programme.Money;
import eu.projectresolution.mobilisation.programme.Partner;
import eu.projectresolution.mobilisation.programme.PartnerId;
import eu.projectresolution.mobilisation.programme.PartnerKind;
import eu.projectresolution.mobilisation.programme.Period;
import eu.projectresolution.mobilisation.programme.Programme;
import eu.projectresolution.mobilisation.programme.ProgrammeId;
import eu.projectresolution.mobilisation.programme.Scheme;
import eu.projectresolution.mobilisation.programme.SchemeId;
import eu.projectresolution.mobilisation.programme.SchemeKind;
import eu.projectresolution.mobilisation.programme.Site;
import eu.projectresolution.mobilisation.programme.SiteId;
import eu.projectresolution.mobilisation.programme.StaffRole;
import eu.projectresolution.mobilisation.programme.Territory;
import eu.projectresolution.mobilisation.programme.TerritoryType;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.h2.jdbcx.JdbcConnectionPool;

/** The stores and the programme the benchmarks run on. */
final class BenchmarkProgrammes {
  static final ProgrammeId PROGRAMME = ProgrammeId.of("benchmark");
  static final SiteId SITE = SiteId.of("site");
  /** The programme's sites: {@link #SITE} and two more. */
  static final List<SiteId> SITES = List.of(SITE, SiteId.of("site-2"), SiteId.of("site-3"));
  /** The programme's first day. */
  static final LocalDate START = LocalDate.of(2016, 9, 1);
  static final SchemeId SCHEME = SchemeId.of("pes-registration");
  /** The commands {@link #person} makes for one person. */
  static final int COMMANDS_PER_PERSON = 4;
  static final LocalDate DAY = LocalDate.of(2017, 3, 14);
  static final Clock CLOCK =
      Clock.fixed(ZonedDateTime.of(2019, 9, 1, 10, 0, 0, 0, ZoneId.of("Europe/Paris")).toInstant(), ZoneId.of("Europe/Paris"));

  private BenchmarkProgrammes() {}

  /**
   * A new empty store: {@code in-memory}, or {@code h2} (an embedded in-memory H2 database, migrated,
   * through a pool of connections).
   */
  static MobilisationStorage store(String kind) {
    switch (kind) {
      case "in-memory":
        return InMemoryStorage.create();
      case "h2":
        // A pool, as a host would use: H2 opens a session for every new connection, which would
        // otherwise cost more than the commands measured.
        JdbcConnectionPool dataSource =
            JdbcConnectionPool.create("jdbc:h2:mem:bench-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
        JdbcStorage.migrate(dataSource, "mobilisation");
        return JdbcStorage.create(dataSource, "mobilisation");
      default:
        throw new IllegalArgumentException("unknown store " + kind + ": use in-memory or h2 (EngineBenchmark opens postgresql itself)");
    }
  }

  static MobilisationEngine engine(MobilisationStorage storage, TenantId tenant) {
    return engine(storage, tenant, 0);
  }

  /** An engine on {@code storage} with the benchmark programme registered, keeping that many people's events. */
  static MobilisationEngine engine(MobilisationStorage storage, TenantId tenant, long pathwayCacheSize) {
    return register(MobilisationEngine.builder().storage(storage).clock(CLOCK).pathwayCache(pathwayCacheSize).build(), tenant);
  }

  /**
   * An engine on {@code storage} set up for bulk recording as the SIPA replay sets it up ({@code
   * RunCommand}: programme cache of 10 minutes, pathway cache of 50,000 people), with the benchmark
   * programme registered.
   */
  static MobilisationEngine bulkEngine(MobilisationStorage storage, TenantId tenant) {
    return register(
        MobilisationEngine.builder().storage(storage).clock(CLOCK)
            .programmeCache(Duration.ofMinutes(10)).pathwayCache(50_000).build(),
        tenant);
  }

  private static MobilisationEngine register(MobilisationEngine engine, TenantId tenant) {
    engine.registerProgramme(
        tenant,
        Programme.builder()
            .id(PROGRAMME).name("Benchmark").operator("ReSolution")
            .territory(Territory.of("Anywhere", TerritoryType.OTHER_URBAN, CountryCode.of("FR")))
            .period(Period.of(LocalDate.of(2016, 9, 1), LocalDate.of(2019, 8, 31)))
            .addSites(Site.of(SITE, "Site", TerritoryType.PRIORITY_URBAN_NEIGHBOURHOOD),
                Site.of(SITES.get(1), "Site 2", TerritoryType.OTHER_URBAN), Site.of(SITES.get(2), "Site 3", TerritoryType.RURAL))
            .addPartners(Partner.of(PartnerId.of("pes"), "Public employment service", PartnerKind.PUBLIC_EMPLOYMENT_SERVICE,
                Scheme.of(SCHEME, "Registration and counselling", SchemeKind.PUBLIC_EMPLOYMENT_SERVICE)))
            .budget(Money.of("1366568.14", "EUR"))
            .build());
    return engine;
  }

  /** Captures a person at the door and welcomes them at the site: the two commands most people get. */
  static void captureAndWelcome(MobilisationEngine engine, TenantId tenant, int n) {
    welcome(engine, tenant, captured(engine, tenant, n));
  }

  /** Captures person number {@code n} at the door, and returns their id. */
  static BeneficiaryId captured(MobilisationEngine engine, TenantId tenant, int n) {
    BeneficiaryId id = BeneficiaryId.random();
    engine.capture(tenant, capture(id, n));
    return id;
  }

  /** Welcomes the person at the site. */
  static void welcome(MobilisationEngine engine, TenantId tenant, BeneficiaryId id) {
    engine.welcome(tenant, Welcome.builder().beneficiaryId(id).siteId(SITE).occurredOn(DAY).build());
  }

  /** The capture at the door of person number {@code n}: a woman or a man, born between 1970 and 2009. */
  private static Capture capture(BeneficiaryId id, int n) {
    return Capture.builder()
        .beneficiaryId(id)
        .programmeId(PROGRAMME)
        .profile(Profile.builder().gender(n % 2 == 0 ? Gender.WOMAN : Gender.MAN).birthYear(1970 + n % 40).build())
        .contact(Contact.builder().on(DAY).channel(CaptureChannel.DOOR_TO_DOOR)
            .staffRole(StaffRole.RESIDENT_LIAISON_COUNSELLOR).build())
        .build();
  }

  /**
   * The {@value #COMMANDS_PER_PERSON} commands of a person who goes the common way through SIPA,
   * all on one day, each with its own new command id: captured at the door, welcomed at the site,
   * oriented towards a direct referral, and referred to the public employment service.
   */
  static List<PathwayCommand> person(int n) {
    BeneficiaryId id = BeneficiaryId.random();
    List<PathwayCommand> commands = new ArrayList<>(COMMANDS_PER_PERSON);
    commands.add(capture(id, n));
    commands.add(Welcome.builder().beneficiaryId(id).siteId(SITE).occurredOn(DAY).build());
    commands.add(Orient.builder().beneficiaryId(id).orientation(Orientation.DIRECT_REFERRAL).occurredOn(DAY).build());
    commands.add(Refer.builder().beneficiaryId(id).referralId(ReferralId.random()).schemeId(SCHEME).occurredOn(DAY).build());
    return commands;
  }

  /**
   * The commands of a person as varied as SIPA's (number {@code n}, drawn with {@code random}): captured
   * on any day of the programme through any channel, nine in ten welcomed at one of the sites with their
   * situation, some oriented, a few accompanied (appointments, a satisfaction survey, an exit with its
   * situation), some referred with an outcome, and an entry status for most: people whose facts differ
   * as real people's do, so that a report adds up many distinct tallies.
   */
  static List<PathwayCommand> variedPerson(int n, Random random) {
    BeneficiaryId id = BeneficiaryId.random();
    List<PathwayCommand> commands = new ArrayList<>();
    // Early enough that the pathway (at most about 160 days more) ends within the programme.
    LocalDate day = START.plusDays(random.nextInt(900));
    CaptureChannel channel = CaptureChannel.values()[random.nextInt(CaptureChannel.values().length)];
    if (channel == CaptureChannel.OUTREACH_EVENT) {
      channel = CaptureChannel.DOOR_TO_DOOR;
    }
    Profile.Builder profile = Profile.builder().gender(Gender.values()[random.nextInt(Gender.values().length)])
        .birthYear(1955 + random.nextInt(50)).neet(random.nextInt(4) == 0).refugee(random.nextInt(10) == 0);
    commands.add(Capture.builder().beneficiaryId(id).programmeId(PROGRAMME).profile(profile.build())
        .contact(Contact.builder().on(day).channel(channel).staffRole(StaffRole.RESIDENT_LIAISON_COUNSELLOR).build())
        .build());
    if (random.nextInt(10) == 0) {
      return commands;
    }
    day = day.plusDays(random.nextInt(15));
    commands.add(Welcome.builder().beneficiaryId(id).siteId(SITES.get(random.nextInt(SITES.size()))).occurredOn(day)
        .situation(situation(random)).build());
    if (random.nextInt(3) > 0) {
      commands.add(RecordEntryStatus.builder().beneficiaryId(id).occurredOn(day)
          .entryStatus(EntryStatus.builder()
              .labourMarketStatus(LabourMarketStatus.values()[random.nextInt(LabourMarketStatus.values().length)])
              .educationLevel(EducationLevel.values()[random.nextInt(EducationLevel.values().length)]).build())
          .build());
    }
    if (random.nextInt(4) == 0) {
      day = day.plusDays(random.nextInt(10));
      boolean accompanied = random.nextInt(8) == 0;
      commands.add(Orient.builder().beneficiaryId(id).occurredOn(day)
          .orientation(accompanied ? Orientation.ADAPTED_ACCOMPANIMENT : Orientation.DIRECT_REFERRAL).build());
      if (accompanied) {
        day = day.plusDays(1 + random.nextInt(10));
        commands.add(StartAccompaniment.builder().beneficiaryId(id).occurredOn(day).build());
        for (int a = 0; a < 1 + random.nextInt(4); a++) {
          day = day.plusDays(7);
          commands.add(RecordAppointment.builder().beneficiaryId(id).occurredOn(day)
              .appointment(Appointment.of(AppointmentId.random(), day,
                  random.nextInt(5) == 0 ? AppointmentStatus.NO_SHOW : AppointmentStatus.ATTENDED)).build());
        }
        commands.add(RecordSatisfaction.builder().beneficiaryId(id).occurredOn(day)
            .response(SatisfactionResponse.of(random.nextInt(10) > 0)).build());
      }
      ReferralId referral = ReferralId.random();
      day = day.plusDays(random.nextInt(10));
      commands.add(Refer.builder().beneficiaryId(id).referralId(referral).schemeId(SCHEME).occurredOn(day).build());
      if (random.nextBoolean()) {
        day = day.plusDays(random.nextInt(30));
        commands.add(RecordReferralOutcome.builder().beneficiaryId(id).referralId(referral).occurredOn(day)
            .status(random.nextBoolean() ? ReferralStatus.STARTED : ReferralStatus.DECLINED).build());
      }
      if (accompanied) {
        day = day.plusDays(random.nextInt(30));
        commands.add(RecordExit.builder().beneficiaryId(id).occurredOn(day)
            .reason(ExitReason.values()[random.nextInt(ExitReason.values().length)]).situation(situation(random)).build());
      }
    }
    return commands;
  }

  private static Situation situation(Random random) {
    return Situation.builder().registeredWithPublicEmploymentService(random.nextBoolean())
        .accompaniedByAnotherScheme(random.nextBoolean()).everAccompaniedBefore(random.nextBoolean())
        .memberOfLocalAssociation(random.nextInt(5) == 0).build();
  }

  /** The commands of {@code people} new people ({@link #person}), person after person. */
  static List<PathwayCommand> people(int people) {
    List<PathwayCommand> commands = new ArrayList<>(people * COMMANDS_PER_PERSON);
    for (int n = 0; n < people; n++) {
      commands.addAll(person(n));
    }
    return commands;
  }

  /**
   * Records {@code commands} in one {@link MobilisationEngine#recordAll} call and checks that the
   * engine accepted every one: a refused command would make a benchmark measure less work than it
   * says.
   */
  static List<CommandResult> recordAllAccepted(MobilisationEngine engine, TenantId tenant, List<PathwayCommand> commands) {
    List<CommandResult> results = engine.recordAll(tenant, commands);
    for (CommandResult result : results) {
      if (result.refused()) {
        throw new IllegalStateException("The engine refused a benchmark command: " + result.refusal().orElseThrow());
      }
    }
    return results;
  }
}
