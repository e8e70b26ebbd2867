package eu.projectresolution.mobilisation.practice;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.projectresolution.mobilisation.document.ProblemCode;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** The shipped JSON Schema accepts what the reader accepts and refuses the structural mistakes it refuses. */
class PracticeSheetSchemaTest {
  private final PracticeSheetJson json = PracticeSheetJson.create();

  private ObjectNode sipa() {
    return (ObjectNode) json.toTree(SipaPracticeSheet.load());
  }

  private void assertBothRefuse(Consumer<ObjectNode> mistake) {
    ObjectNode sheet = sipa();
    mistake.accept(sheet);
    assertThat(SheetSchema.errors(sheet)).as("schema errors for %s", sheet).isNotEmpty();
    assertThat(json.check(sheet).problems()).isNotEmpty();
  }

  @Test
  void acceptsTheSipaSheet() {
    assertThat(SheetSchema.errors(sipa())).isEmpty();
  }

  @Test
  void refusesAMissingOrganisationName() {
    assertBothRefuse(s -> ((ObjectNode) s.get("organisation")).remove("name"));
  }

  @Test
  void refusesAMalformedCountryCode() {
    assertBothRefuse(s -> ((ObjectNode) s.get("organisation")).put("country", "fra"));
  }

  @Test
  void refusesAnUnknownDomain() {
    assertBothRefuse(s -> ((ArrayNode) s.get("initiative").get("domains")).add("SPORT"));
  }

  @Test
  void refusesANegativeBudget() {
    assertBothRefuse(s -> ((ObjectNode) s.get("implementation").get("resources").get("budget")).put("amount", -1));
  }

  @Test
  void refusesAnUnknownField() {
    assertBothRefuse(s -> s.put("remarks", "none"));
  }

  @Test
  void refusesABlankTextAndAnEmptyText() {
    assertBothRefuse(s -> ((ObjectNode) s.get("initiative").get("title")).put("en", "  "));
    assertBothRefuse(s -> ((ObjectNode) s.get("initiative")).putObject("summary"));
  }

  @Test
  void refusesATitleWithoutFrench() {
    assertBothRefuse(s -> ((ObjectNode) s.get("initiative").get("title")).remove("fr"));
  }

  @Test
  void refusesAZeroHeadcount() {
    assertBothRefuse(s -> ((ObjectNode) s.get("implementation").get("coordination").get(0)).put("headcount", 0));
  }

  @Test
  void refusesAnOtherDomainWithoutItsDescription() {
    assertBothRefuse(s -> ((ObjectNode) s.get("initiative")).remove("otherDomain"));
  }

  @Test
  void refusesPlacesForAPracticeNeverAppliedElsewhere() {
    assertBothRefuse(s -> ((ObjectNode) s.get("transferability")).put("appliedElsewhere", "NO"));
  }

  @Test
  void refusesAPracticeAppliedElsewhereWithoutPlaces() {
    assertBothRefuse(s -> ((ObjectNode) s.get("transferability")).remove("whereApplied"));
  }

  @Test
  void refusesATestimonialThatSaysNothing() {
    assertBothRefuse(s -> {
      ObjectNode testimonial = (ObjectNode) s.get("impact").get("testimonials").get(1);
      testimonial.putArray("mediaLinks");
    });
  }

  @Test
  void refusesALinkThatIsNotAWebAddress() {
    assertBothRefuse(s -> ((ObjectNode) s.get("organisation")).put("website", "www.ideis-asso.fr"));
  }

  @Test
  void refusesTextLongerThanItsFieldAllowsAndAcceptsItAtTheLimit() {
    assertBothRefuse(s -> ((ObjectNode) s.get("organisation")).put("name", "é".repeat(201)));
    assertBothRefuse(s -> ((ObjectNode) s.get("organisation")).put("contact", "a".repeat(246) + "@ideis.fr"));
    assertBothRefuse(s -> ((ObjectNode) s.get("transferability").get("whereApplied").get(0)).put("place", "x".repeat(201)));
    assertBothRefuse(s -> ((ObjectNode) s.get("initiative").get("title")).put("en", "🚀".repeat(4_001)));

    ObjectNode atTheLimits = sipa();
    ((ObjectNode) atTheLimits.get("organisation")).put("name", "é".repeat(200)).put("contact", "a".repeat(245) + "@ideis.fr");
    ((ObjectNode) atTheLimits.get("initiative").get("title")).put("en", "🚀".repeat(4_000));
    assertThat(SheetSchema.errors(atTheLimits)).isEmpty();
    assertThat(json.check(atTheLimits).problems()).isEmpty();
  }

  @Test
  void namesTheFieldAndTheLimitOfAnOverlongText() {
    ObjectNode sheet = sipa();
    ((ObjectNode) sheet.get("organisation")).put("name", "x".repeat(10_240));
    assertThat(json.check(sheet).problems()).singleElement().satisfies(problem -> {
      assertThat(problem.code()).isEqualTo(ProblemCode.TOO_LONG);
      assertThat(problem.describe()).isEqualTo("$.organisation.name: is 10240 characters long: the limit is 200, shorten it");
    });
  }

  /** The schema cannot say that text is well-formed UTF-16: the engine alone refuses a lone surrogate. */
  @Test
  void refusesABrokenCharacterWhereTheSchemaCannotSeeIt() {
    ObjectNode sheet = sipa();
    ((ObjectNode) sheet.get("initiative").get("title")).put("en", "broken\uD83D pair");
    assertThat(json.check(sheet).problems()).singleElement().satisfies(problem -> {
      assertThat(problem.code()).isEqualTo(ProblemCode.MALFORMED);
      assertThat(problem.describe())
          .isEqualTo("$.initiative.title.en: holds a broken character (a lone UTF-16 surrogate at index 6): re-type the text");
    });
  }

  @Test
  void refusesAMalformedDate() {
    assertBothRefuse(s -> ((ObjectNode) s.get("initiative").get("period")).put("start", "01/09/2016"));
  }
}
