package eu.projectresolution.mobilisation.examples.transfer;

import eu.projectresolution.mobilisation.EngineFailure;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * The partners' transfer contexts shipped as examples, beside this class in the examples' resources: a
 * municipality of 2,000 inhabitants in rural Castilla-La Mancha (in Spanish, with the Spanish country
 * pack) and a neighbourhood of Turin's northern outskirts (in Italian, with the Italian pack). Each is a
 * context file as a partner writes it, to copy and change.
 */
public final class ExampleContexts {
  /** The municipality of rural Castilla-La Mancha: 2,000 inhabitants, 45 minutes from the employment office, 1.5 FTE. */
  public static final String CASTILLA_LA_MANCHA_RURAL = "castilla-la-mancha-rural";

  /** A neighbourhood of Turin's northern outskirts. */
  public static final String TORINO_PERIFERIA_NORD = "torino-periferia-nord";

  /** The names of the shipped example contexts. */
  public static final List<String> NAMES = List.of(CASTILLA_LA_MANCHA_RURAL, TORINO_PERIFERIA_NORD);

  private ExampleContexts() {}

  /** The JSON of the example context named {@code name}, if there is one. */
  public static Optional<String> json(String name) {
    if (!NAMES.contains(name)) {
      return Optional.empty();
    }
    String resource = "context-" + name + ".json";
    try (InputStream in = ExampleContexts.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new EngineFailure("resource " + resource + " is missing from the examples' jar");
      }
      return Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new EngineFailure("could not read resource " + resource + ": " + e.getMessage(), e);
    }
  }
}
