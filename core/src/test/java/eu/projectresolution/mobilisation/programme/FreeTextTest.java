package eu.projectresolution.mobilisation.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import eu.projectresolution.mobilisation.beneficiary.PersonalDetails;
import eu.projectresolution.mobilisation.capture.Contact;
import eu.projectresolution.mobilisation.capture.OutreachEvent;
import eu.projectresolution.mobilisation.capture.PreparationStep;
import eu.projectresolution.mobilisation.contract.Fixtures;
import eu.projectresolution.mobilisation.contract.ProgrammeRecordsContract;
import eu.projectresolution.mobilisation.json.MobilisationJson;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Free text is refused at the boundary, naming the field, when it holds a lone UTF-16 surrogate (which
 * PostgreSQL would silently turn into "?") or exceeds its field's limit; personal names are kept in NFC.
 */
class FreeTextTest {
  private static final LocalDate D = LocalDate.of(2017, 3, 14);
  private static final String BROKEN = "broken\uD83D pair";

  /** Every free-text field of the engine's records, by the name its errors give. */
  private static Map<String, Function<String, Object>> fields() {
    Programme sipa = Fixtures.sipa();
    OutreachEvent cafe = ProgrammeRecordsContract.recrutCafe(D);
    Map<String, Function<String, Object>> fields = new LinkedHashMap<>();
    fields.put("programme.name", t -> Programme.builder().from(sipa).name(t).build());
    fields.put("programme.operator", t -> Programme.builder().from(sipa).operator(t).build());
    fields.put("programme.objectives[1]", t -> Programme.builder().from(sipa).objectives(java.util.List.of("ok", t)).build());
    fields.put("territory.name", t -> Territory.builder().from(sipa.territory()).name(t).build());
    fields.put("site.name", t -> Site.builder().from(sipa.sites().get(0)).name(t).build());
    fields.put("site.municipality", t -> Site.builder().from(sipa.sites().get(0)).municipality(t).build());
    fields.put("partner.name", t -> Partner.builder().from(sipa.partners().get(0)).name(t).build());
    fields.put("scheme.name", t -> Scheme.of(Fixtures.TEMP_JOBS, t, SchemeKind.EMPLOYMENT));
    fields.put("baseline.reference", t -> Baseline.of(Measure.REFERRALS, t, 1));
    fields.put("outreachEvent.title", t -> OutreachEvent.builder().from(cafe).title(t).build());
    fields.put("outreachEvent.place", t -> OutreachEvent.builder().from(cafe).place(t).build());
    fields.put("preparationStep.description", t -> PreparationStep.of(PreparationStep.Kind.CONTENT, t, D));
    fields.put("contact.place", t -> Contact.builder().from(Fixtures.doorToDoor(D)).place(t).build());
    fields.put("collaborativeAction.title", t -> CollaborativeAction.builder().id(CollaborativeActionId.random())
        .programmeId(Fixtures.SIPA).title(t).date(D).build());
    fields.put("siteEvent.title", t -> SiteEvent.builder().id(SiteEventId.random()).programmeId(Fixtures.SIPA)
        .siteId(Fixtures.SITE_AUDINCOURT).title(t).date(D).build());
    fields.put("personalDetails.givenName", t -> PersonalDetails.builder().givenName(t).build());
    fields.put("personalDetails.familyName", t -> PersonalDetails.builder().familyName(t).build());
    fields.put("personalDetails.phone", t -> PersonalDetails.builder().phone(t).build());
    fields.put("personalDetails.email", t -> PersonalDetails.builder().email(t).build());
    fields.put("personalDetails.notes", t -> PersonalDetails.builder().notes(t).build());
    return fields;
  }

  @Test
  void refusesALoneSurrogateInEveryFreeTextFieldNamingTheField() {
    fields().forEach((field, build) -> assertThatThrownBy(() -> build.apply(BROKEN))
        .as(field)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(field + " holds a broken character (a lone UTF-16 surrogate at index 6): re-type the text"));
  }

  @Test
  void refusesALowSurrogateWithoutItsHighHalfAndAHighHalfAtTheEnd() {
    assertThatThrownBy(() -> Programme.builder().from(Fixtures.sipa()).name("x\uDE80").build())
        .hasMessageContaining("programme.name").hasMessageContaining("index 1");
    assertThatThrownBy(() -> Programme.builder().from(Fixtures.sipa()).name("ends with \uD83D").build())
        .hasMessageContaining("index 10");
    assertThat(Programme.builder().from(Fixtures.sipa()).name("rocket \uD83D\uDE80").build().name()).isEqualTo("rocket 🚀");
  }

  @Test
  void refusesATenKilobyteFamilyNameNamingTheFieldAndTheLimit() {
    String long10240 = "x".repeat(10_240);
    assertThatThrownBy(() -> PersonalDetails.builder().familyName(long10240).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("personalDetails.familyName is 10240 characters long: the limit is 200, shorten it")
        .hasMessageNotContaining("xxx");
    assertThat(PersonalDetails.builder().notes(long10240).build().notes()).contains(long10240);
  }

  @Test
  void countsCharactersAsCodePointsUpToEachFieldsLimit() {
    Map<String, Integer> limits = Map.of(
        "personalDetails.givenName", 200, "personalDetails.phone", 40, "personalDetails.email", 254,
        "personalDetails.notes", 20_000, "programme.name", 200, "preparationStep.description", 2_000);
    Map<String, Function<String, Object>> fields = fields();
    limits.forEach((field, limit) -> {
      Function<String, Object> build = fields.get(field);
      assertThatCode(() -> build.apply("🚀".repeat(limit))).as(field).doesNotThrowAnyException();
      assertThatThrownBy(() -> build.apply("🚀".repeat(limit) + "x"))
          .as(field).hasMessage("%s is %s characters long: the limit is %s, shorten it", field, limit + 1, limit);
    });
  }

  @Test
  void keepsNamesInNfcSoThatTwoFormsOfOneNameAreEqualDetails() {
    String nfd = "Zoe\u0301 Bre\u0301mond";
    PersonalDetails decomposed = PersonalDetails.builder().givenName(nfd).familyName("Mu\u0308ller").phone("e\u0301").build();
    PersonalDetails composed = PersonalDetails.builder().givenName("Zoé Brémond").familyName("Müller").phone("e\u0301").build();

    assertThat(decomposed).isEqualTo(composed);
    assertThat(decomposed.givenName()).contains("Zo\u00e9 Br\u00e9mond");
    assertThat(decomposed.phone()).as("only names are normalised").contains("e\u0301");
    assertThat(PersonalDetails.builder().givenName(" Zoé ").build().givenName()).as("nothing else changes").contains(" Zoé ");
  }

  @Test
  void refusesALoneSurrogateReadFromJsonNamingTheField() throws Exception {
    ObjectMapper json = MobilisationJson.objectMapper();
    PersonalDetails read = json.readValue("{\"givenName\":\"Zoe\u0301\"}", PersonalDetails.class);
    assertThat(read.givenName()).contains("Zoé");
    assertThatThrownBy(() -> json.readValue("{\"familyName\":\"broken\\ud83d pair\"}", PersonalDetails.class))
        .hasMessageContaining("personalDetails.familyName holds a broken character");
  }
}
