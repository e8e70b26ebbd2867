package eu.projectresolution.mobilisation.examples.transfer;

import eu.projectresolution.mobilisation.examples.scenario.Scenario;
import eu.projectresolution.mobilisation.examples.scenario.ScenarioContext;
import eu.projectresolution.mobilisation.examples.sipa.SipaProgramme;
import eu.projectresolution.mobilisation.examples.text.Words;
import eu.projectresolution.mobilisation.programme.Programme;
import eu.projectresolution.mobilisation.transfer.SipaTransfer;
import eu.projectresolution.mobilisation.transfer.TransferContext;
import eu.projectresolution.mobilisation.transfer.TransferWords;
import eu.projectresolution.mobilisation.transfer.TransferabilityAssessment;
import java.io.PrintWriter;
import java.util.List;

/**
 * Would SIPA work elsewhere? Since 1 October 2019 it has been spreading in Nord Franche-Comté with five
 * local partners, in two kinds of territory: priority urban neighbourhoods (QPV) and rural areas. This
 * scenario asks the engine's transferability rules about both and prints, element by element, whether
 * it carries over as it is, with which adaptation, or not at all, and why, in the language of
 * {@code --language}: every word comes from core's {@link TransferWords} (SIPA's elements, adaptations and
 * whys included) and the two territories' names and notes from the program's words. The territories are
 * SIPA's programme's own spread, so the assessment names the public employment service and the schemes of
 * the country pack the programme declares ({@link Programme#countryPack()}: France's).
 */
public final class TransferNordFrancheComte implements Scenario {
  public static final String NAME = "transfer-nord-franche-comte";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public String summary() {
    return "Would SIPA work in Nord Franche-Comté? Element by element, for a QPV and for a rural area";
  }

  @Override
  public String tenant() {
    return "ideis";
  }

  @Override
  public boolean keepsRecords() {
    return false;
  }

  /**
   * The two territories, QPV first, named and described in the language of {@code words}, in the country of
   * the SIPA programme (naming the country pack it declares).
   */
  public static List<TransferContext> contexts(Words words) {
    Programme sipa = SipaProgramme.declaration(1);
    return List.of(in(SipaTransfer.nordFrancheComteQpv(), "qpv", words).inCountryOf(sipa),
        in(SipaTransfer.nordFrancheComteRural(), "rural", words).inCountryOf(sipa));
  }

  /** The two assessments, QPV first, of {@link #contexts}. */
  public static List<TransferabilityAssessment> assess(Words words) {
    return contexts(words).stream().map(c -> SipaTransfer.rules().assess(SipaTransfer.practice(), c)).toList();
  }

  @Override
  public void run(ScenarioContext context) {
    PrintWriter out = context.out();
    List<TransferContext> contexts = contexts(context.words());
    TransferWords words = TransferWords.of(context.words().locale());
    for (int i = 0; i < contexts.size(); i++) {
      if (i > 0) {
        out.println();
      }
      TransferText.print(SipaTransfer.rules().assess(SipaTransfer.practice(), contexts.get(i)), contexts.get(i), words, out);
    }
    out.flush();
  }

  private static TransferContext in(TransferContext context, String key, Words words) {
    return TransferContext.builder().from(context)
        .name(words.text("transfer_nfc." + key + ".name"))
        .note(words.text("transfer_nfc." + key + ".note"))
        .build();
  }
}
