package eu.projectresolution.mobilisation.examples.scenario;

import eu.projectresolution.mobilisation.examples.sipa.RecrutCafe;
import eu.projectresolution.mobilisation.examples.sipa.SipaMontbeliard;
import eu.projectresolution.mobilisation.examples.transfer.TransferNordFrancheComte;
import java.util.List;
import java.util.Optional;

/** The scenarios the program can run, by name. */
public final class Scenarios {
  private static final List<Scenario> ALL = List.of(new SipaMontbeliard(), new RecrutCafe(), new TransferNordFrancheComte());

  private Scenarios() {}

  public static List<Scenario> all() {
    return ALL;
  }

  public static Optional<Scenario> find(String name) {
    return ALL.stream().filter(s -> s.name().equals(name)).findFirst();
  }

  /** The names, comma-separated, for messages. */
  public static String names() {
    return String.join(", ", ALL.stream().map(Scenario::name).toList());
  }
}
