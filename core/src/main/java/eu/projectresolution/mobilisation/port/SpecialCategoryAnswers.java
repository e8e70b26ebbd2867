package eu.projectresolution.mobilisation.port;

import eu.projectresolution.mobilisation.TenantId;
import eu.projectresolution.mobilisation.beneficiary.BeneficiaryId;
import eu.projectresolution.mobilisation.privacy.SpecialCategoryAnswer;
import java.util.List;

/**
 * The people's answers to special-category questions, kept beside their {@link PersonalData} rather
 * than in their pathways. They are written with the events that recorded them, in the same atomic step
 * ({@link Pathways.Append#answers()}), and removed by an erasure ({@link Erasures#erase}); nothing else
 * changes them.
 */
public interface SpecialCategoryAnswers {
  /** The person's answers, by the version of the event that recorded them; empty once erased. */
  List<SpecialCategoryAnswer> of(TenantId tenant, BeneficiaryId beneficiary);
}
