package eu.projectresolution.mobilisation.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

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
 * invisible marks, control characters) and 10 kB notes come back unchanged from every free-text
 * field, and no such text changes anything else.
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
          "{\"type\":\"captured\",\"json\":true}",
          tenKilobytes());

  private MobilisationStorage storage;
  private TenantId tenant;

  protected abstract MobilisationStorage storage();

  @BeforeEach
  void setUpTenant() {
    storage = storage();
    tenant = Fixtures.newTenant();
  }

  /** More than 10 kB (in characters and in UTF-8 bytes) of the worst of the above. */
  static String tenKilobytes() {
    StringBuilder notes = new StringBuilder();
    while (notes.length() < 10_240) {
      notes.append("Notes: l'entretien; « Disponible » -- /* 日本 */ 👩🏽‍💼 \\ ' \" ;\n");
    }
    return notes.toString();
  }

  @Test
  void personalDetailsComeBackUnchanged() {
    for (String text : HOSTILE) {
      BeneficiaryId id = BeneficiaryId.random();
      PersonalDetails details =
          PersonalDetails.builder().givenName(text).familyName(text).phone(text).email(text).notes(text).build();

      storage.personalData().put(tenant, id, details);

      assertThat(storage.personalData().find(tenant, id)).as(text).contains(details);
    }
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
