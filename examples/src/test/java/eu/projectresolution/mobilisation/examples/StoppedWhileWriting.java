package eu.projectresolution.mobilisation.examples;

import eu.projectresolution.mobilisation.TenantId;
import eu.projectresolution.mobilisation.beneficiary.BeneficiaryId;
import eu.projectresolution.mobilisation.beneficiary.Gender;
import eu.projectresolution.mobilisation.beneficiary.Profile;
import eu.projectresolution.mobilisation.capture.CaptureChannel;
import eu.projectresolution.mobilisation.capture.Contact;
import eu.projectresolution.mobilisation.engine.Capture;
import eu.projectresolution.mobilisation.engine.CommandResult;
import eu.projectresolution.mobilisation.engine.MobilisationEngine;
import eu.projectresolution.mobilisation.examples.sipa.SipaProgramme;
import eu.projectresolution.mobilisation.examples.text.Words;
import eu.projectresolution.mobilisation.programme.StaffRole;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * The program {@link StoppedCommandTest} runs: a command writing to the store the command line opens
 * (the embedded H2 database of {@code --data-dir}, given as the only argument) when the JVM is asked
 * to stop, as Ctrl-C, {@code kill} or a time limit ask it. A shutdown hook holds the JVM open while the
 * command writes {@value #COMMANDS} more captures, printing {@code acknowledged <id>} for each, then
 * {@code done}, or {@code failed: <why>} at the first that fails.
 */
final class StoppedWhileWriting {
  static final int COMMANDS = 50;
  static final TenantId TENANT = TenantId.of("ideis");
  static final String SCHEMA = "stopped";

  private StoppedWhileWriting() {}

  public static void main(String[] args) throws InterruptedException {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    StoreOptions options = new StoreOptions();
    options.dataDir = Path.of(args[0]);
    Store store = options.open(SCHEMA, true, 2, Words.ENGLISH);
    MobilisationEngine engine = MobilisationEngine.builder().storage(store.storage()).clock(SipaProgramme.CLOCK).build();
    check(engine.registerProgramme(TENANT, SipaProgramme.declaration(0.01)));
    capture(engine);

    CountDownLatch stopping = new CountDownLatch(1);
    CountDownLatch written = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      stopping.countDown();
      try {
        written.await(1, TimeUnit.MINUTES);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }));
    new Thread(() -> System.exit(143), "stop").start(); // what SIGTERM does: run the shutdown hooks, then halt
    stopping.await();
    try {
      for (int i = 0; i < COMMANDS; i++) {
        BeneficiaryId person = capture(engine);
        out.println("acknowledged " + person.value());
      }
      out.println("done");
    } catch (RuntimeException e) {
      out.println("failed: " + e.getMessage());
    } finally {
      written.countDown();
    }
  }

  private static BeneficiaryId capture(MobilisationEngine engine) {
    BeneficiaryId person = BeneficiaryId.random();
    check(engine.capture(TENANT, Capture.builder().beneficiaryId(person).programmeId(SipaProgramme.ID)
        .profile(Profile.builder().birthYear(1998).gender(Gender.WOMAN).neet(true).build())
        .contact(Contact.builder().on(LocalDate.of(2017, 3, 14)).channel(CaptureChannel.DOOR_TO_DOOR)
            .staffRole(StaffRole.RESIDENT_LIAISON_COUNSELLOR).consentToRecontact(true).build())
        .build()));
    return person;
  }

  private static void check(CommandResult result) {
    if (result.refused()) {
      throw new IllegalStateException(result.refusal().orElseThrow().message());
    }
  }
}
