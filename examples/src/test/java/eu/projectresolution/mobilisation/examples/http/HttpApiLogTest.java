package eu.projectresolution.mobilisation.examples.http;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import eu.projectresolution.mobilisation.beneficiary.BeneficiaryId;
import eu.projectresolution.mobilisation.beneficiary.PersonalDetails;
import eu.projectresolution.mobilisation.contract.Fixtures;
import eu.projectresolution.mobilisation.engine.Capture;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** The server's log says which route answered what, and never what a request said about a person. */
class HttpApiLogTest {
  @Test
  void logsTheRouteAndStatusNeverTheBodyNorTheIds() {
    LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
    Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
    Level level = root.getLevel();
    ListAppender<ILoggingEvent> log = new ListAppender<>();
    log.setContext(context);
    log.start();
    root.addAppender(log);
    root.setLevel(Level.INFO); // as with --verbose
    BeneficiaryId id = BeneficiaryId.random();
    try (ApiServer server = ApiServer.onH2()) {
      server.post("/api/v1/programmes", ApiServer.IDEIS_KEY, Fixtures.sipa());
      PersonalDetails amina = PersonalDetails.builder().givenName("Amina").familyName("Benali").phone("+33 6 39 98 12 34").build();
      Capture capture = Capture.builder().from(Fixtures.capture(id, LocalDate.of(2017, 3, 14))).personalDetails(amina).build();

      assertThat(server.post("/api/v1/commands/capture", ApiServer.IDEIS_KEY, capture).status()).isEqualTo(200);
      assertThat(server.post("/api/v1/commands/capture", ApiServer.IDEIS_KEY,
          Map.of("beneficiaryId", id.toString(), "personalDetails", Map.of("familyName", "Benali", "born", "1998"))).status()).isEqualTo(400);
      assertThat(server.get("/api/v1/pathways/" + id, ApiServer.IDEIS_KEY).status()).isEqualTo(200);
    } finally {
      root.detachAppender(log);
      root.setLevel(level);
    }

    String written = String.join("\n", log.list.stream().map(e -> e.getFormattedMessage()
        + (e.getThrowableProxy() == null ? "" : " " + e.getThrowableProxy().getMessage())).toList());
    assertThat(written).contains("POST /api/v1/commands/capture 200", "POST /api/v1/commands/capture 400",
        "GET /api/v1/pathways/{beneficiaryId} 200");
    assertThat(written).doesNotContain("Benali", "Amina", "39 98", id.toString());
  }
}
