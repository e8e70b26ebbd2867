package eu.projectresolution.mobilisation.practice;

import eu.projectresolution.mobilisation.EngineFailure;
import eu.projectresolution.mobilisation.MobilisationException;
import eu.projectresolution.mobilisation.programme.Language;
import java.io.IOException;
import java.io.InputStream;

/**
 * The SIPA practice sheet as IDEIS filled it in for ReSolution: Sites d'Information, de Projets et
 * d'Accompagnement, Pays de Montbéliard, 1 Sept 2016 to 31 Aug 2019. The French text is the original's;
 * titles, summary, objectives and several other texts are also in English.
 *
 * <pre>{@code
 * PracticeSheet sipa = SipaPracticeSheet.load();
 * sipa.title(Language.ENGLISH); // "Information, project and accompaniment sites - SIPA"
 * }</pre>
 *
 * <p>Its results are the ones the sheet declares ({@link ResultOrigin#DECLARED}); the engine recomputes
 * them from records separately.
 */
public final class SipaPracticeSheet {
  /** The classpath location of the sheet as JSON. */
  public static final String RESOURCE = "/eu/projectresolution/mobilisation/practice/sipa-montbeliard.json";

  /** The sheet's id. */
  public static final PracticeSheetId ID = PracticeSheetId.of("sipa-montbeliard");

  private SipaPracticeSheet() {}

  /**
   * Reads the shipped sheet.
   *
   * @throws MobilisationException if the resource is missing from the classpath (a broken build)
   */
  public static PracticeSheet load() {
    try (InputStream json = SipaPracticeSheet.class.getResourceAsStream(RESOURCE)) {
      if (json == null) {
        throw new EngineFailure("The SIPA practice sheet " + RESOURCE + " is missing from the classpath");
      }
      return PracticeSheetJson.create().read(json);
    } catch (IOException e) {
      throw new EngineFailure("Could not read the SIPA practice sheet " + RESOURCE, e);
    }
  }
}
