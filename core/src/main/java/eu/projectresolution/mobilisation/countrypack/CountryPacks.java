package eu.projectresolution.mobilisation.countrypack;

import static java.util.Objects.requireNonNull;

import eu.projectresolution.mobilisation.EngineFailure;
import eu.projectresolution.mobilisation.programme.Programme;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The country packs a host can choose from: the ones it was given, then any found on the classpath by id.
 *
 * <pre>{@code
 * CountryPacks packs = CountryPacks.standard();                       // fr, es, it, be and partners' files
 * CountryPacks mine = packs.with(CountryPack.read(myPackFile));       // plus a pack read by the host
 * Optional<CountryPack> spain = mine.find("es");
 * }</pre>
 *
 * <p>{@link #standard()} finds a pack with id {@code xx} in the classpath resource
 * {@code eu/projectresolution/mobilisation/countrypack/xx.json}: the four shipped packs live there in core's
 * jar, and a partner adds its own country, or its own version of one, by putting a file of that name on the
 * classpath ahead of core's jar (in its own jar, or in a directory of the classpath), without Java. A file
 * found is read once and kept; one that does not follow {@code country-pack.schema.json} is refused with an
 * {@link InvalidCountryPack} listing every problem. Immutable and thread-safe.
 */
public final class CountryPacks {
  /** The ids of the packs shipped with the engine. */
  public static final List<String> SHIPPED = List.of("fr", "es", "it", "be");

  /** What a pack id is: lower-case letters, digits and hyphens. */
  static final String ID_PATTERN = "^[a-z0-9]+(-[a-z0-9]+)*$";

  private static final CountryPacks STANDARD = new CountryPacks(Map.of());
  private static final Map<String, Optional<CountryPack>> FOUND = new ConcurrentHashMap<>();

  private final Map<String, CountryPack> given;

  private CountryPacks(Map<String, CountryPack> given) {
    this.given = Map.copyOf(given);
  }

  /** The shipped packs and any a partner put on the classpath. */
  public static CountryPacks standard() {
    return STANDARD;
  }

  /** These packs and {@code pack}, which replaces a pack of the same id. */
  public CountryPacks with(CountryPack pack) {
    requireNonNull(pack, "pack");
    Map<String, CountryPack> all = new LinkedHashMap<>(given);
    all.put(pack.id(), pack);
    return new CountryPacks(all);
  }

  /** The pack with this id: one given to {@link #with}, else the classpath's; empty if there is none. */
  public Optional<CountryPack> find(String id) {
    requireNonNull(id, "id");
    CountryPack mine = given.get(id);
    if (mine != null) {
      return Optional.of(mine);
    }
    if (!id.matches(ID_PATTERN)) {
      return Optional.empty();
    }
    return FOUND.computeIfAbsent(id, CountryPacks::load);
  }

  /**
   * The country pack {@code programme} declares ({@link Programme#countryPack()}), among these packs; empty
   * when it declares none. The engine calls it when a programme is registered or updated, so that a stored
   * programme never names a pack that is not there.
   *
   * @throws IllegalArgumentException naming {@code programme.countryPack} and the known packs, when none of these
   *     packs has the id the programme declares
   */
  public Optional<CountryPack> packOf(Programme programme) {
    requireNonNull(programme, "programme");
    return programme.countryPack().map(id -> find(id).orElseThrow(() -> new IllegalArgumentException(
        "programme.countryPack of programme " + programme.id() + " names pack \"" + id + "\", which is not known:"
            + " use one of " + knownIds() + ", or put " + id + ".json in eu/projectresolution/mobilisation/countrypack"
            + " on the classpath")));
  }

  /** The ids known without searching the classpath: the shipped ones and those given, for messages. */
  public List<String> knownIds() {
    Set<String> ids = new TreeSet<>(SHIPPED);
    ids.addAll(given.keySet());
    return List.copyOf(ids);
  }

  private static Optional<CountryPack> load(String id) {
    String name = id + ".json";
    try (InputStream in = CountryPacks.class.getResourceAsStream(name)) {
      if (in == null) {
        return Optional.empty();
      }
      CountryPack pack = CountryPack.read(in);
      if (!pack.id().equals(id)) {
        throw new EngineFailure("the country pack file " + name + " on the classpath has id \"" + pack.id()
            + "\": a pack's file is named after its id, rename the file or correct the id");
      }
      return Optional.of(pack);
    } catch (IOException e) {
      throw new UncheckedIOException("could not read the country pack " + name + " from the classpath", e);
    }
  }

  @Override
  public String toString() {
    return "CountryPacks" + knownIds();
  }
}
