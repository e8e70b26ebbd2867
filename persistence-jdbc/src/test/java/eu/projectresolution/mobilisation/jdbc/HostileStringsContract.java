package eu.projectresolution.mobilisation.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.projectresolution.mobilisation.TenantId;
import eu.projectresolution.mobilisation.beneficiary.BeneficiaryId;
import eu.projectresolution.mobilisation.beneficiary.PersonalDetails;
import eu.projectresolution.mobilisation.capture.Contact;
import eu.projectresolution.mobilisation.capture.OutreachEvent;
import eu.projectresolution.mobilisation.capture.PreparationStep;
import eu.projectresolution.mobilisation.contract.Fixtures;
import eu.projectresolution.mobilisation.contract.ProgrammeRecordsContract;
import eu.projectresolution.mobilisation.engine.Capture;
import eu.projectresolution.mobilisation.engine.MobilisationEngine;
import eu.projectresolution.mobilisation.pathway.PathwayEvents;
import eu.projectresolution.mobilisation.port.MobilisationStorage;
import eu.projectresolution.mobilisation.programme.CollaborativeAction;
import eu.projectresolution.mobilisation.programme.CollaborativeActionId;
import eu.projectresolution.mobilisation.programme.Programme;
import eu.projectresolution.mobilisation.programme.ProgrammeId;
import eu.projectresolution.mobilisation.programme.SiteEvent;
import eu.projectresolution.mobilisation.programme.SiteEventId;
import eu.projectresolution.mobilisation.programme.Territory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Text that breaks naive SQL (quotes, semicolons, comments, injection attempts), text in every script
 * (accents, right-to-left, CJK, emoji and other characters beyond the 16-bit plane, combining and
 * invisible marks, control characters), 10 kB notes and texts as long as each field allows come back
 * unchanged from every free-text field, and no such text changes anything else. Text no store can keep
 * as given (a lone UTF-16 surrogate, which PostgreSQL turns into "?") or longer than its field allows is
 * refused when the value is built, so it never reaches a store: every store behaves the same.
 */
abstract class HostileStringsContract {
  private static final LocalDate D = LocalDate.of(2017, 3, 14);

  static final List<String> HOSTILE =
      List.of(
          "O'Brien",
          "''",
          "\"double\" and 'single' quotes",
          "Robert'); DROP TABLE pathway_events; --",
          "x' OR '1'='1",
          "a; b; c;",
          "-- a comment",
          "/* a comment */ SELECT 1; /*",
          "back\\slash \\' \\\" \\\\",
          "$$ dollar quoting $tag$",
          "% and _ wildcards, [brackets], {braces}",
          "line\nbreak\r\nand\ttab",
          "\u0001\u0007\u001b control characters",
          "Montbéliard, Ærø, Straße, İstanbul",
          "日本語のテキスト",
          "العربية والعبرية עברית",
          "emoji 👩🏽‍💼 🚀 and 𝔘𝔫𝔦𝔠𝔬𝔡𝔢",
          "e\u0301 combining, \u200b zero width, \ufeff byte order mark",
          " leading and trailing spaces ",
          "{\"type\":\"captured\",\"json\":true}");

  private MobilisationStorage storage;
  private TenantId tenant;

  protected abstract MobilisationStorage storage();

  @BeforeEach
  void setUpTenant() {
    storage = storage();
    tenant = Fixtures.newTenant();
  }

  /** More than 10 kB (in characters and in UTF-8 bytes) of the worst of the above: counsellors' notes. */
  static String tenKilobytes() {
    return hostileText(10_240);
  }

  /**
   * Exactly {@code codePoints} characters (Unicode code points, as the limits count them) of the worst of
   * the above; more than that many UTF-16 units and UTF-8 bytes.
   */
  static String hostileText(int codePoints) {
    String sample = "Notes: l'entretien; « Disponible » -- /* 日本 */ 👩🏽‍💼 \\ ' \" ;\n";
    StringBuilder text = new StringBuilder();
    while (text.codePointCount(0, text.length()) < codePoints) {
      text.append(sample);
    }
    return text.substring(0, text.offsetByCodePoints(0, codePoints));
  }

  @Test
  void personalDetailsComeBackUnchanged() {
    for (String text : HOSTILE) {
      BeneficiaryId id = BeneficiaryId.random();
      PersonalDetails details =
          PersonalDetails.builder().givenName(text).familyName(text).phone(first(text, 40)).email(text).notes(text)
              .build();

      storage.personalData().put(tenant, id, details);

      assertThat(storage.personalData().find(tenant, id)).as(text).contains(details);
    }
  }

  /** The first {@code codePoints} characters of {@code text}: what a field of that limit can take of it. */
  private static String first(String text, int codePoints) {
    return text.codePointCount(0, text.length()) <= codePoints ? text : text.substring(0, text.offsetByCodePoints(0, codePoints));
  }

  @Test
  void tenKilobyteNotesAndTextsAsLongAsEachFieldAllowsComeBackUnchanged() {
    BeneficiaryId id = BeneficiaryId.random();
    PersonalDetails details =
        PersonalDetails.builder().givenName(hostileText(200)).familyName(hostileText(200)).phone(hostileText(40))
            .email(hostileText(254)).notes(hostileText(20_000)).build();
    storage.personalData().put(tenant, id, details);
    assertThat(storage.personalData().find(tenant, id)).contains(details);

    BeneficiaryId other = BeneficiaryId.random();
    PersonalDetails notes = PersonalDetails.builder().givenName("Zoé").notes(tenKilobytes()).build();
    storage.personalData().put(tenant, other, notes);
    assertThat(storage.personalData().find(tenant, other).flatMap(PersonalDetails::notes)).contains(tenKilobytes());

    Programme programme =
        Programme.builder().from(Fixtures.sipa()).name(hostileText(200)).operator(hostileText(200))
            .objectives(List.of(hostileText(2_000), hostileText(2_000))).build();
    assertThat(storage.programmes().add(tenant, programme)).isTrue();
    assertThat(storage.programmes().find(tenant, programme.id())).contains(programme);
  }

  @Test
  void brokenOrOverlongTextIsRefusedBeforeItReachesTheStore() {
    String broken = "broken\uD83D pair";
    assertThatThrownBy(() -> Programme.builder().from(Fixtures.sipa()).name(broken).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("programme.name holds a broken character (a lone UTF-16 surrogate at index 6): re-type the text");
    assertThatThrownBy(() -> PersonalDetails.builder().givenName("Zoé").familyName(broken).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("personalDetails.familyName holds a broken character");
    assertThatThrownBy(() -> PersonalDetails.builder().familyName(tenKilobytes()).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("personalDetails.familyName is 10240 characters long: the limit is 200, shorten it");
    assertThatThrownBy(() -> Contact.builder().from(Fixtures.doorToDoor(D)).place(broken).build())
        .hasMessageContaining("contact.place holds a broken character");

    // Nothing was stored, and the programme registers once the text is re-typed, on every store alike.
    assertThat(storage.programmes().list(tenant)).isEmpty();
    MobilisationEngine engine = MobilisationEngine.builder().storage(storage).clock(Fixtures.CLOCK).build();
    Programme retyped = Programme.builder().from(Fixtures.sipa()).name("broken \uD83D\uDE80 pair").build();
    assertThat(engine.registerProgramme(tenant, retyped).accepted()).isTrue();
    assertThat(storage.programmes().find(tenant, retyped.id())).contains(retyped);
    assertThat(engine.registerProgramme(tenant, retyped).accepted()).as("a retry is a replay").isTrue();
  }

  @Test
  void programmeDeclarationsAndActivitiesComeBackUnchanged() {
    List<Programme> programmes = new ArrayList<>();
    for (int i = 0; i < HOSTILE.size(); i++) {
      String text = HOSTILE.get(i);
      ProgrammeId id = ProgrammeId.of("programme-" + i);
      Programme programme =
          Programme.builder().from(Fixtures.sipa()).id(id).name(text).operator(text)
              .territory(Territory.builder().from(Fixtures.sipa().territory()).name(text).build())
              .objectives(HOSTILE)
              .build();
      OutreachEvent cafe =
          OutreachEvent.builder().from(ProgrammeRecordsContract.recrutCafe(D)).programmeId(id).title(text).place(text)
              .addPreparation(PreparationStep.of(PreparationStep.Kind.POSTERS_AND_FLYERS, text, D))
              .build();
      CollaborativeAction action =
          CollaborativeAction.builder().id(CollaborativeActionId.random()).programmeId(id).title(text).date(D).build();
      SiteEvent siteEvent =
          SiteEvent.builder().id(SiteEventId.random()).programmeId(id).siteId(Fixtures.SITE_AUDINCOURT)
              .title(text).date(D).build();

      assertThat(storage.programmes().add(tenant, programme)).isTrue();
      assertThat(storage.outreachEvents().add(tenant, cafe)).isTrue();
      assertThat(storage.collaborativeActions().add(tenant, action)).isTrue();
      assertThat(storage.siteEvents().add(tenant, siteEvent)).isTrue();

      assertThat(storage.programmes().find(tenant, id)).as(text).contains(programme);
      assertThat(storage.outreachEvents().ofProgramme(tenant, id)).as(text).containsExactly(cafe);
      assertThat(storage.collaborativeActions().find(tenant, action.id())).as(text).contains(action);
      assertThat(storage.siteEvents().ofProgramme(tenant, id)).as(text).containsExactly(siteEvent);
      programmes.add(programme);
    }
    assertThat(storage.programmes().list(tenant)).containsExactlyInAnyOrderElementsOf(programmes);
  }

  @Test
  void contactsInPathwaysComeBackUnchanged() {
    MobilisationEngine engine = MobilisationEngine.builder().storage(storage).clock(Fixtures.CLOCK).build();
    engine.registerProgramme(tenant, Fixtures.sipa());
    for (String text : HOSTILE) {
      BeneficiaryId id = BeneficiaryId.random();
      Contact contact = Contact.builder().from(Fixtures.doorToDoor(D)).place(text).build();

      assertThat(engine.capture(tenant, Capture.builder().from(Fixtures.capture(id, D)).contact(contact).build()).accepted())
          .isTrue();

      assertThat(storage.pathways().events(tenant, id)).singleElement()
          .isInstanceOfSatisfying(PathwayEvents.Captured.class, captured -> assertThat(captured.contact()).isEqualTo(contact));
    }
    assertThat(storage.beneficiaries().ofProgramme(tenant, Fixtures.SIPA)).hasSize(HOSTILE.size());
  }
}
