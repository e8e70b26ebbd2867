package eu.projectresolution.mobilisation.readme;

import eu.projectresolution.mobilisation.programme.CountryCode;
import eu.projectresolution.mobilisation.programme.Language;
import eu.projectresolution.mobilisation.programme.PartnerKind;
import eu.projectresolution.mobilisation.transfer.Adaptation;
import eu.projectresolution.mobilisation.transfer.AdaptationId;
import eu.projectresolution.mobilisation.transfer.Finding;
import eu.projectresolution.mobilisation.transfer.Requirement;
import eu.projectresolution.mobilisation.transfer.RequirementId;
import eu.projectresolution.mobilisation.transfer.SipaTransfer;
import eu.projectresolution.mobilisation.transfer.TransferRule;
import eu.projectresolution.mobilisation.transfer.WorkingLanguage;
import java.util.List;

/** Example of {@code docs/transferability.md}: a partner's own transfer rule, written in Java, for SIPA's Recrut'Café in Flanders. */
final class FlemishRecruiters {
  private FlemishRecruiters() {}

  // README:begin transfer-java-rule
  static final Requirement DUTCH =
      WorkingLanguage.of(RequirementId.of("recruiters-language"), Language.of("nl"));

  static final Adaptation INTERPRETER =
      Adaptation.builder()
          .id(AdaptationId.of("interpreter"))
          .element(SipaTransfer.RECRUT_CAFE)
          .addCompensates(DUTCH.id())
          .description("An interpreter from a neighbourhood association at every Recrut'Café")
          .build();

  /** In Flanders, employers and agencies recruit in Dutch. */
  static final TransferRule RULE =
      (element, context) -> {
        if (!element.id().equals(SipaTransfer.RECRUT_CAFE)
            || !context.country().equals(CountryCode.of("BE"))
            || DUTCH.isMetBy(context)) {
          return List.of();
        }
        return context.partners().contains(PartnerKind.ASSOCIATION)
            ? List.of(Finding.adapt(DUTCH, INTERPRETER, "Recruiters work in Dutch; an association interprets."))
            : List.of(Finding.notTransferable(DUTCH, "Recruiters work in Dutch and nobody can interpret."));
      };
  // README:end transfer-java-rule
}
