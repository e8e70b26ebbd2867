package eu.projectresolution.mobilisation.practice;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
  void refusesAMalformedDate() {
    assertBothRefuse(s -> ((ObjectNode) s.get("initiative").get("period")).put("start", "01/09/2016"));
  }
}
