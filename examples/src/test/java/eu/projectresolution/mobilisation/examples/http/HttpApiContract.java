package eu.projectresolution.mobilisation.examples.http;

import static eu.projectresolution.mobilisation.examples.http.ApiServer.DEFI_KEY;
import static eu.projectresolution.mobilisation.examples.http.ApiServer.IDEIS;
import static eu.projectresolution.mobilisation.examples.http.ApiServer.IDEIS_KEY;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import eu.projectresolution.mobilisation.CommandId;
import eu.projectresolution.mobilisation.ExpectedVersion;
import eu.projectresolution.mobilisation.beneficiary.BeneficiaryId;
import eu.projectresolution.mobilisation.beneficiary.EntryStatus;
import eu.projectresolution.mobilisation.beneficiary.LabourMarketStatus;
import eu.projectresolution.mobilisation.beneficiary.Situation;
import eu.projectresolution.mobilisation.capture.CaptureChannel;
import eu.projectresolution.mobilisation.capture.Contact;
import eu.projectresolution.mobilisation.capture.OutreachEvent;
import eu.projectresolution.mobilisation.contract.Fixtures;
import eu.projectresolution.mobilisation.contract.ProgrammeRecordsContract;
import eu.projectresolution.mobilisation.engine.Correction;
import eu.projectresolution.mobilisation.engine.CorrectEvent;
import eu.projectresolution.mobilisation.engine.Orient;
import eu.projectresolution.mobilisation.engine.PathwayCommand;
import eu.projectresolution.mobilisation.engine.RecordAppointment;
import eu.projectresolution.mobilisation.engine.RecordContact;
import eu.projectresolution.mobilisation.engine.RecordDropOut;
import eu.projectresolution.mobilisation.engine.RecordEntryStatus;
import eu.projectresolution.mobilisation.engine.RecordExit;
import eu.projectresolution.mobilisation.engine.RecordFollowUp;
import eu.projectresolution.mobilisation.engine.RecordLostContact;
import eu.projectresolution.mobilisation.engine.RecordPartnerStep;
import eu.projectresolution.mobilisation.engine.RecordReferralOutcome;
import eu.projectresolution.mobilisation.engine.RecordSatisfaction;
import eu.projectresolution.mobilisation.engine.RecordSituation;
import eu.projectresolution.mobilisation.engine.Refer;
import eu.projectresolution.mobilisation.engine.StartAccompaniment;
import eu.projectresolution.mobilisation.engine.UpdateProfile;
import eu.projectresolution.mobilisation.engine.VoidEvent;
import eu.projectresolution.mobilisation.engine.Welcome;
import eu.projectresolution.mobilisation.examples.http.ApiServer.Response;
import eu.projectresolution.mobilisation.pathway.Appointment;
import eu.projectresolution.mobilisation.pathway.AppointmentId;
import eu.projectresolution.mobilisation.pathway.AppointmentStatus;
import eu.projectresolution.mobilisation.pathway.ExitReason;
import eu.projectresolution.mobilisation.pathway.FollowUp;
import eu.projectresolution.mobilisation.pathway.FollowUpMoment;
import eu.projectresolution.mobilisation.pathway.Orientation;
import eu.projectresolution.mobilisation.pathway.PartnerStep;
import eu.projectresolution.mobilisation.pathway.ReferralId;
import eu.projectresolution.mobilisation.pathway.ReferralStatus;
import eu.projectresolution.mobilisation.pathway.SatisfactionResponse;
import eu.projectresolution.mobilisation.programme.CollaborativeAction;
import eu.projectresolution.mobilisation.programme.CollaborativeActionId;
import eu.projectresolution.mobilisation.programme.SiteEvent;
import eu.projectresolution.mobilisation.programme.SiteEventId;
import eu.projectresolution.mobilisation.programme.StaffRole;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The HTTP API on a real server over a database: every command kind and query, keys, errors, retries and
 * concurrency. Each database's test class extends it ({@link HttpApiOnH2Test}, {@link HttpApiOnPostgresTest}).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class HttpApiContract {
  private static final LocalDate D = LocalDate.of(2017, 3, 14);
  private ApiServer server;

  /** A new server, on a store of its own. */
  abstract ApiServer startServer();

  @BeforeAll
  void start() {
    server = startServer();
    Response registered = server.post("/api/v1/programmes", IDEIS_KEY, Fixtures.sipa());
    assertThat(registered.status()).as("%s", registered.body()).isEqualTo(200);
  }

  @AfterAll
  void stop() {
    server.close();
  }

  private final Set<CommandKind> sent = EnumSet.noneOf(CommandKind.class);

  private JsonNode accepted(CommandKind kind, PathwayCommand command) {
    Response response = server.post("/api/v1/commands/" + kind.urlName(), IDEIS_KEY, command);
    assertThat(response.status()).as("%s: %s", kind, response.body()).isEqualTo(200);
    assertThat(response.body().path("outcome").asText()).isEqualTo("accepted");
    sent.add(kind);
    return response.body();
  }

  private static void assertRecorded(Response response) {
    assertThat(response.status()).as("%s", response.body()).isEqualTo(200);
    assertThat(response.body().path("outcome").asText()).isEqualTo("accepted");
  }

  private BeneficiaryId welcomed(LocalDate on) {
    BeneficiaryId id = BeneficiaryId.random();
    accepted(CommandKind.CAPTURE, Fixtures.capture(id, on));
    accepted(CommandKind.WELCOME, Welcome.builder().beneficiaryId(id).siteId(Fixtures.SITE_MONTBELIARD).occurredOn(on).build());
    return id;
  }

  @Test
  void recordsEveryKindOfCommandAndAnswersEveryQuery() {
    BeneficiaryId amina = welcomed(D);
    accepted(CommandKind.RECORD_CONTACT, RecordContact.builder().beneficiaryId(amina).contact(Fixtures.doorToDoor(D)).build());
    accepted(CommandKind.RECORD_ENTRY_STATUS, RecordEntryStatus.builder().beneficiaryId(amina).occurredOn(D)
        .entryStatus(EntryStatus.of(LabourMarketStatus.UNEMPLOYED)).build());
    accepted(CommandKind.ORIENT, Orient.builder().beneficiaryId(amina).occurredOn(D).orientation(Orientation.ADAPTED_ACCOMPANIMENT).build());
    accepted(CommandKind.START_ACCOMPANIMENT, StartAccompaniment.builder().beneficiaryId(amina).occurredOn(D).build());
    long appointmentVersion = accepted(CommandKind.RECORD_APPOINTMENT, RecordAppointment.builder().beneficiaryId(amina)
        .occurredOn(D.plusDays(1)).appointment(Appointment.of(AppointmentId.random(), D.plusDays(1), AppointmentStatus.ATTENDED)).build())
        .path("pathway").path("version").asLong();
    ReferralId referral = ReferralId.random();
    accepted(CommandKind.REFER, Refer.builder().beneficiaryId(amina).occurredOn(D.plusDays(2)).referralId(referral)
        .schemeId(Fixtures.PES_REGISTRATION).build());
    accepted(CommandKind.RECORD_REFERRAL_OUTCOME, RecordReferralOutcome.builder().beneficiaryId(amina).occurredOn(D.plusDays(3))
        .referralId(referral).status(ReferralStatus.STARTED).build());
    accepted(CommandKind.RECORD_SATISFACTION, RecordSatisfaction.builder().beneficiaryId(amina).occurredOn(D.plusDays(4))
        .response(SatisfactionResponse.of(true, 5)).build());
    accepted(CommandKind.RECORD_SITUATION, RecordSituation.builder().beneficiaryId(amina).occurredOn(D.plusDays(4))
        .situation(Situation.builder().registeredWithPublicEmploymentService(true).build()).build());
    accepted(CommandKind.UPDATE_PROFILE, UpdateProfile.builder().beneficiaryId(amina).occurredOn(D.plusDays(4))
        .profile(Fixtures.youngWoman()).build());
    long exitVersion = accepted(CommandKind.RECORD_EXIT, RecordExit.builder().beneficiaryId(amina).occurredOn(D.plusDays(5))
        .reason(ExitReason.MAINSTREAM_SCHEME)
        .situation(Situation.builder().registeredWithPublicEmploymentService(true).accompaniedByAnotherScheme(true).build()).build())
        .path("pathway").path("version").asLong();
    accepted(CommandKind.RECORD_FOLLOW_UP, RecordFollowUp.builder().beneficiaryId(amina)
        .followUp(FollowUp.builder().moment(FollowUpMoment.AT_EXIT).observedOn(D.plusDays(5)).build()).build());
    accepted(CommandKind.CORRECT_EVENT, CorrectEvent.builder().beneficiaryId(amina).correctedVersion(exitVersion)
        .correction(new Correction.OfExit(ExitReason.EMPLOYMENT, Situation.builder().employed(true).build(), Optional.empty()))
        .reason("It was a job, not a scheme").occurredOn(D.plusDays(9)).actor(StaffRole.SITE_MANAGER).build());
    accepted(CommandKind.VOID_EVENT, VoidEvent.builder().beneficiaryId(amina).voidedVersion(appointmentVersion)
        .reason("The appointment was someone else's").occurredOn(D.plusDays(9)).actor(StaffRole.SITE_MANAGER).build());
    accepted(CommandKind.RECORD_LOST_CONTACT, RecordLostContact.builder().beneficiaryId(welcomed(D)).occurredOn(D.plusDays(60)).build());
    accepted(CommandKind.RECORD_DROP_OUT, RecordDropOut.builder().beneficiaryId(welcomed(D)).occurredOn(D.plusDays(10)).build());
    // The server's engine runs SIPA's model, which declares no partner step: read, routed and refused.
    Response partnerStep = server.post("/api/v1/commands/" + CommandKind.RECORD_PARTNER_STEP.urlName(), IDEIS_KEY,
        RecordPartnerStep.builder().beneficiaryId(welcomed(D)).step(PartnerStep.of("job_club")).occurredOn(D).build());
    assertThat(partnerStep.status()).as("%s", partnerStep.body()).isEqualTo(422);
    assertThat(partnerStep.body().path("reason").path("code").asText()).isEqualTo("STEP_NOT_IN_MODEL");
    assertThat(partnerStep.body().path("reason").path("field").asText()).isEqualTo("step");
    sent.add(CommandKind.RECORD_PARTNER_STEP);
    assertThat(sent).as("every kind of command went through HTTP").containsExactlyInAnyOrder(CommandKind.values());

    Response pathway = server.get("/api/v1/pathways/" + amina, IDEIS_KEY);
    assertThat(pathway.status()).isEqualTo(200);
    assertThat(pathway.body().path("stage").asText()).isEqualTo("exited");
    JsonNode exits = pathway.body().path("exits");
    assertThat(exits.get(exits.size() - 1).path("reason").asText()).as("%s", exits).isEqualToIgnoringCase("EMPLOYMENT");
    assertThat(pathway.body().path("appointments")).as("voided").isEmpty();

    OutreachEvent cafe = ProgrammeRecordsContract.recrutCafe(D);
    assertRecorded(server.post("/api/v1/outreach-events", IDEIS_KEY, cafe));
    assertThat(server.post("/api/v1/outreach-events", IDEIS_KEY, cafe).body().path("outcome").asText()).isEqualTo("already_recorded");
    assertRecorded(server.post("/api/v1/collaborative-actions", IDEIS_KEY, CollaborativeAction.builder().id(CollaborativeActionId.random())
        .programmeId(Fixtures.SIPA).title("Reverse job fair").date(D).addPartners(Fixtures.PES).build()));
    assertRecorded(server.post("/api/v1/site-events", IDEIS_KEY, SiteEvent.builder().id(SiteEventId.random()).programmeId(Fixtures.SIPA)
        .siteId(Fixtures.SITE_AUDINCOURT).title("Apprenticeships").date(D).host(Fixtures.PES).build()));
    accepted(CommandKind.RECORD_CONTACT, RecordContact.builder().beneficiaryId(amina).contact(Contact.builder().from(Fixtures.doorToDoor(D.plusDays(9)))
        .channel(CaptureChannel.OUTREACH_EVENT).outreachEvent(cafe.id()).build()).build());

    Response programme = server.get("/api/v1/programmes/" + Fixtures.SIPA, IDEIS_KEY);
    assertThat(programme.status()).isEqualTo(200);
    assertThat(programme.body().path("id").asText()).isEqualTo(Fixtures.SIPA.toString());

    Response stages = server.get("/api/v1/programmes/" + Fixtures.SIPA + "/stages", IDEIS_KEY);
    assertThat(stages.status()).isEqualTo(200);
    assertThat(stages.body().path("exited").asLong()).isPositive();
    assertThat(stages.body().path("lost_contact").asLong()).isPositive();
    Response exited = server.get("/api/v1/programmes/" + Fixtures.SIPA + "/stages/exited/beneficiaries", IDEIS_KEY);
    assertThat(exited.status()).isEqualTo(200);
    assertThat(exited.body().toString()).contains(amina.toString());
    assertThat(server.get("/api/v1/programmes/" + Fixtures.SIPA + "/stages/Not%20a%20stage/beneficiaries", IDEIS_KEY).status()).isEqualTo(400);

    Response report = server.get("/api/v1/programmes/" + Fixtures.SIPA + "/report?from=2017-01-01&to=2017-12-31", IDEIS_KEY);
    assertThat(report.status()).as("%s", report.body()).isEqualTo(200);
    assertThat(report.body().path("programmeId").asText()).isEqualTo(Fixtures.SIPA.toString());
    assertThat(report.body().toString()).contains("\"numerator\"");
    Response backwards = server.get("/api/v1/programmes/" + Fixtures.SIPA + "/report?from=2017-12-31&to=2017-01-01", IDEIS_KEY);
    assertThat(backwards.status()).isEqualTo(422);
    assertThat(backwards.body().path("code").asText()).isEqualTo("PERIOD_ENDS_BEFORE_START");
  }

  @Test
  void aRefusedCommandIs422WithTheEnginesRefusalAndWritesNothing() {
    BeneficiaryId id = welcomed(D);
    Response refused = server.post("/api/v1/commands/refer", IDEIS_KEY, Refer.builder().beneficiaryId(id).occurredOn(D)
        .referralId(ReferralId.random()).schemeId(Fixtures.PES_REGISTRATION).build());

    assertThat(refused.status()).isEqualTo(422);
    assertThat(refused.body().path("outcome").asText()).isEqualTo("refused");
    assertThat(refused.body().path("reason").path("code").asText()).isEqualTo("TRANSITION_NOT_ALLOWED");
    assertThat(refused.body().path("reason").path("field").asText()).isNotBlank();
    assertThat(refused.body().path("reason").path("message").asText()).contains(id.toString());
    assertThat(server.get("/api/v1/pathways/" + id, IDEIS_KEY).body().path("version").asLong()).isEqualTo(2);
  }

  @Test
  void aRetryWithTheSameCommandIdAnswersTheOriginalResultAndWritesNothingMore() {
    BeneficiaryId id = BeneficiaryId.random();
    accepted(CommandKind.CAPTURE, Fixtures.capture(id, D));
    Welcome welcome = Welcome.builder().commandId(CommandId.random()).beneficiaryId(id).siteId(Fixtures.SITE_MONTBELIARD).occurredOn(D).build();

    Response first = server.post("/api/v1/commands/welcome", IDEIS_KEY, welcome);
    Response retry = server.post("/api/v1/commands/welcome", IDEIS_KEY, welcome);

    assertThat(first.status()).isEqualTo(200);
    assertThat(retry.status()).isEqualTo(200);
    assertThat(retry.body().path("outcome").asText()).isEqualTo("already_recorded");
    assertThat(retry.body().path("events")).isEqualTo(first.body().path("events"));
    assertThat(server.storage.pathways().events(IDEIS, id)).hasSize(2);
  }

  @Test
  void aStaleExpectedVersionIs409AndWritesNothing() {
    BeneficiaryId id = welcomed(D);
    Response conflict = server.post("/api/v1/commands/orient", IDEIS_KEY, Orient.builder().beneficiaryId(id).occurredOn(D)
        .orientation(Orientation.INFORMATION_ONLY).expectedVersion(ExpectedVersion.exactly(1)).build());

    assertThat(conflict.status()).isEqualTo(409);
    assertThat(conflict.body().path("error").asText()).isEqualTo("version_conflict");
    assertThat(conflict.body().path("expectedVersion").asLong()).isEqualTo(1);
    assertThat(conflict.body().path("actualVersion").asLong()).isEqualTo(2);
    assertThat(server.storage.pathways().events(IDEIS, id)).hasSize(2);
  }

  @Test
  void aBodyItCannotReadIs400WithThePathAtFault() {
    String path = "/api/v1/commands/welcome";
    String id = BeneficiaryId.random().toString();
    assertBadRequest(server.post(path, IDEIS_KEY, "{\"beneficiaryId\": \"" + id + "\", \"siteId\": \"s\", \"occurredOn\": \"2017-03-14\", \"colour\": 1}"),
        "$.colour", "Unrecognized field \"colour\"");
    assertBadRequest(server.post(path, IDEIS_KEY, "{\"beneficiaryId\": \"" + id + "\", \"siteId\": \"s\", \"occurredOn\": \"2017-13-01\"}"),
        "$.occurredOn", "\"2017-13-01\" is not a date: write it YYYY-MM-DD, e.g. 2018-03-15");
    assertBadRequest(server.post(path, IDEIS_KEY, "{\"beneficiaryId\": \"" + id + "\"}"), "$", "siteId");
    assertBadRequest(server.post(path, IDEIS_KEY, "{\"beneficiaryId\": \"" + id + "\", \"siteId\": "), "$.siteId", "Not valid JSON");
    Map<String, Object> capture = new java.util.LinkedHashMap<>(Map.of("beneficiaryId", id, "programmeId", "sipa-montbeliard",
        "profile", Map.of("birthYear", 1998), "contact", Map.of("on", "yesterday", "channel", "DOOR_TO_DOOR",
            "staffRole", "RESIDENT_LIAISON_COUNSELLOR", "consentToRecontact", true)));
    assertBadRequest(server.post("/api/v1/commands/capture", IDEIS_KEY, capture), "$.contact.on",
        "\"yesterday\" is not a date: write it YYYY-MM-DD");
    assertBadRequest(server.post("/api/v1/imports", IDEIS_KEY, Map.of("commands", List.of(
        Map.of("kind", "capture", "command", Fixtures.capture(BeneficiaryId.random(), D)),
        Map.of("kind", "capture", "command", capture)))), "$.commands[1].command.contact.on", "is not a date");
    assertBadRequest(server.post("/api/v1/imports", IDEIS_KEY, Map.of("commands", List.of(Map.of("kind", "teleport", "command", Map.of())))),
        "$.commands[0].kind", "record-exit");
    assertBadRequest(server.get("/api/v1/programmes/sipa-montbeliard/report?from=March", IDEIS_KEY), "from", "date");
  }

  private void assertBadRequest(Response response, String path, String says) {
    assertThat(response.status()).as("%s", response.body()).isEqualTo(400);
    assertThat(response.body().path("path").asText()).isEqualTo(path);
    assertThat(response.body().path("message").asText()).contains(says);
  }

  @Test
  void anImportReportsEachCommandInOrderInEveryMode() {
    BeneficiaryId id = BeneficiaryId.random();
    List<Map<String, Object>> commands = List.of(
        Map.of("kind", "capture", "command", Fixtures.capture(id, D)),
        Map.of("kind", "welcome", "command", Welcome.builder().commandId(CommandId.random()).beneficiaryId(id)
            .siteId(Fixtures.SITE_MONTBELIARD).occurredOn(D).build()),
        Map.of("kind", "refer", "command", Refer.builder().commandId(CommandId.random()).beneficiaryId(id).occurredOn(D)
            .referralId(ReferralId.random()).schemeId(Fixtures.PES_REGISTRATION).build()));

    Response allOrNothing = server.post("/api/v1/imports", IDEIS_KEY, Map.of("mode", "ALL_OR_NOTHING", "commands", commands));
    assertThat(statuses(allOrNothing)).containsExactly("NOT_WRITTEN", "NOT_WRITTEN", "REFUSED");
    assertThat(allOrNothing.body().path("outcomes").get(2).path("refusal").path("code").asText()).isEqualTo("TRANSITION_NOT_ALLOWED");
    assertThat(server.get("/api/v1/pathways/" + id, IDEIS_KEY).status()).isEqualTo(404);

    assertThat(statuses(server.post("/api/v1/imports", IDEIS_KEY, Map.of("commands", commands))))
        .containsExactly("RECORDED", "RECORDED", "REFUSED");
    assertThat(statuses(server.post("/api/v1/imports", IDEIS_KEY, Map.of("mode", "EACH_ON_ITS_OWN", "commands", commands))))
        .as("sent again").containsExactly("ALREADY_RECORDED", "ALREADY_RECORDED", "REFUSED");
    assertThat(server.storage.pathways().events(IDEIS, id)).hasSize(2);
  }

  private static List<String> statuses(Response report) {
    assertThat(report.status()).as("%s", report.body()).isEqualTo(200);
    List<String> statuses = new ArrayList<>();
    report.body().path("outcomes").forEach(o -> statuses.add(o.path("status").asText()));
    return statuses;
  }

  @Test
  void oneOrganisationNeitherReadsNorWritesAnothersRecords() {
    BeneficiaryId amina = welcomed(D);
    String pathway = "/api/v1/pathways/" + amina;

    assertThat(server.get(pathway, DEFI_KEY).status()).isEqualTo(404);
    assertThat(server.get("/api/v1/programmes/" + Fixtures.SIPA, DEFI_KEY).status()).isEqualTo(404);
    assertThat(server.get("/api/v1/programmes/" + Fixtures.SIPA + "/report", DEFI_KEY).status()).isEqualTo(404);
    assertThat(server.get("/api/v1/programmes/" + Fixtures.SIPA + "/stages", DEFI_KEY).status()).isEqualTo(404);
    assertThat(server.get("/api/v1/programmes/" + Fixtures.SIPA + "/stages/welcomed/beneficiaries", DEFI_KEY).status()).isEqualTo(404);
    assertThat(server.getWithApiKeyHeader(pathway, IDEIS_KEY).status()).as("X-Api-Key").isEqualTo(200);
    assertThat(server.getWithApiKeyHeader(pathway, DEFI_KEY).status()).isEqualTo(404);
    Response write = server.post("/api/v1/commands/orient", DEFI_KEY,
        Orient.builder().beneficiaryId(amina).occurredOn(D).orientation(Orientation.INFORMATION_ONLY).build());
    assertThat(write.status()).isEqualTo(422);
    assertThat(write.body().path("reason").path("code").asText()).isEqualTo("UNKNOWN_BENEFICIARY");
    assertThat(server.get(pathway, null).status()).isEqualTo(401);
    assertThat(server.get(pathway, "ideis-key-0123456789abcdeX").status()).isEqualTo(401);

    Response own = server.get(pathway, IDEIS_KEY);
    assertThat(own.status()).isEqualTo(200);
    assertThat(own.body().path("version").asLong()).as("the other organisation wrote nothing").isEqualTo(2);
  }

  @Test
  void aHundredConcurrentRequestsLoseNothing() {
    List<BeneficiaryId> people = new ArrayList<>();
    List<CompletableFuture<Response>> answers = new ArrayList<>();
    for (int i = 0; i < 100; i++) {
      BeneficiaryId id = BeneficiaryId.random();
      people.add(id);
      answers.add(server.postAsync("/api/v1/commands/capture", IDEIS_KEY, Fixtures.capture(id, D)));
    }

    for (CompletableFuture<Response> answer : answers) {
      Response response = answer.join();
      assertThat(response.status()).as("%s", response.body()).isEqualTo(200);
      assertThat(response.body().path("outcome").asText()).isEqualTo("accepted");
    }
    long stored = people.stream().mapToLong(id -> server.storage.pathways().events(IDEIS, id).size()).sum();
    assertThat(stored).isEqualTo(100);
  }
}
