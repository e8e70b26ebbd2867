package eu.projectresolution.mobilisation.transfer;

import eu.projectresolution.mobilisation.EngineFailure;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * SIPA's transferability, shipped as data: its decomposition into elements, its rules and three contexts.
 *
 * <pre>{@code
 * TransferabilityAssessment rural =
 *     SipaTransfer.rules().assess(SipaTransfer.practice(), SipaTransfer.nordFrancheComteRural());
 * rural.element(SipaTransfer.FIXED_RECEPTION_SITES).orElseThrow().adaptations();
 * // [itinerant-reception-days: Itinerant reception days in town halls, or a mobile office, instead of fixed sites]
 * }</pre>
 *
 * <p>The files live next to this class in core's resources: {@code sipa-rules.json} (the rule file,
 * following {@code transfer-rules.schema.json}) and {@code context-*.json} (following
 * {@code transfer-context.schema.json}). Each context file says, field by field, where its figures come
 * from or that they are illustrative. The values are read once and shared: they are immutable.
 */
public final class SipaTransfer {
  /** Resident-liaison counsellors reaching people in the neighbourhoods (essential). */
  public static final PracticeElementId RESIDENT_LIAISON_OUTREACH = PracticeElementId.of("resident-liaison-outreach");
  /** The Recrut'Café with employers and temporary work agencies (optional). */
  public static final PracticeElementId RECRUT_CAFE = PracticeElementId.of("recrut-cafe");
  /** Fixed reception sites with a first-reception space (essential). */
  public static final PracticeElementId FIXED_RECEPTION_SITES = PracticeElementId.of("fixed-reception-sites");
  /** Short adapted accompaniment without conditions, 3 to 4 appointments (essential). */
  public static final PracticeElementId ADAPTED_ACCOMPANIMENT = PracticeElementId.of("adapted-accompaniment");
  /** The referral network to mainstream schemes (essential). */
  public static final PracticeElementId REFERRAL_NETWORK = PracticeElementId.of("referral-network");
  /** User–partner committees (optional). */
  public static final PracticeElementId USER_PARTNER_COMMITTEES = PracticeElementId.of("user-partner-committees");
  /** Collaborative actions with local actors (optional). */
  public static final PracticeElementId COLLABORATIVE_ACTIONS = PracticeElementId.of("collaborative-actions");
  /** A final festive event such as Festi'Job (optional). */
  public static final PracticeElementId FESTIVE_FINAL_EVENT = PracticeElementId.of("festive-final-event");

  private SipaTransfer() {}

  /** The SIPA rule file: decomposition and adaptations. */
  public static TransferRuleFile ruleFile() {
    return Loaded.RULE_FILE;
  }

  /** SIPA split into its eight elements, with their requirements. */
  public static PracticeDecomposition practice() {
    return Loaded.RULE_FILE.practice();
  }

  /** SIPA's transferability rules: its requirements checked, with the adaptations the rule file names. */
  public static TransferRules rules() {
    return Loaded.RULES;
  }

  /** SIPA's own ground: the Pays de Montbéliard, 2016-2019, 3 sites, 11 FTE, EUR 1,366,568.14. */
  public static TransferContext homeContext() {
    return Loaded.HOME;
  }

  /** A priority urban neighbourhood (QPV) of Nord Franche-Comté, where SIPA has spread since October 2019. */
  public static TransferContext nordFrancheComteQpv() {
    return Loaded.QPV;
  }

  /** A rural area of Nord Franche-Comté, the other kind of territory of SIPA's spread. */
  public static TransferContext nordFrancheComteRural() {
    return Loaded.RURAL;
  }

  private static final class Loaded {
    static final TransferRuleFile RULE_FILE = TransferRuleFile.fromJson(resource("sipa-rules.json"));
    static final TransferRules RULES = RULE_FILE.rules();
    static final TransferContext HOME =
        TransferContext.fromJson(resource("context-pays-de-montbeliard-2016-2019.json"));
    static final TransferContext QPV = TransferContext.fromJson(resource("context-nord-franche-comte-qpv.json"));
    static final TransferContext RURAL = TransferContext.fromJson(resource("context-nord-franche-comte-rural.json"));

    private static String resource(String name) {
      try (InputStream in = SipaTransfer.class.getResourceAsStream(name)) {
        if (in == null) {
          throw new EngineFailure("resource " + name + " is missing from the classpath next to SipaTransfer");
        }
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new EngineFailure("could not read resource " + name + ": " + e.getMessage(), e);
      }
    }
  }
}
