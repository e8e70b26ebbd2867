/**
 * Transferability: can a practice work in another territory, and how?
 *
 * <p>ReSolution keeps a practice in its toolkit only if it can be transferred. This package answers the
 * question element by element, with reasons a partner can test, argue with and extend:
 *
 * <ul>
 *   <li>a {@link eu.projectresolution.mobilisation.transfer.PracticeDecomposition} splits a practice into
 *       {@link eu.projectresolution.mobilisation.transfer.PracticeElement}s, essential or optional, each
 *       with its {@link eu.projectresolution.mobilisation.transfer.Requirement}s (partner kinds present,
 *       territory type, density, travel time, staff, budget per person reached, working language,
 *       mainstream schemes to refer people to);
 *   <li>a {@link eu.projectresolution.mobilisation.transfer.TransferContext} describes the target
 *       territory;
 *   <li>{@link eu.projectresolution.mobilisation.transfer.TransferRules} evaluate every element against
 *       the context and return a {@link eu.projectresolution.mobilisation.transfer.TransferabilityAssessment}:
 *       each element {@link eu.projectresolution.mobilisation.transfer.Verdict#TRANSFERABLE TRANSFERABLE},
 *       {@link eu.projectresolution.mobilisation.transfer.Verdict#ADAPT ADAPT} (naming the
 *       {@link eu.projectresolution.mobilisation.transfer.Adaptation}) or
 *       {@link eu.projectresolution.mobilisation.transfer.Verdict#NOT_TRANSFERABLE NOT_TRANSFERABLE} (naming
 *       the unmet requirement), the practice's verdict and a score.
 * </ul>
 *
 * <p>Rules are data — a JSON rule file ({@link eu.projectresolution.mobilisation.transfer.TransferRuleFile},
 * validated against {@code transfer-rules.schema.json}) — plus a Java extension point,
 * {@link eu.projectresolution.mobilisation.transfer.TransferRule}, so a partner adds rules without
 * forking. {@link eu.projectresolution.mobilisation.transfer.SipaTransfer} ships SIPA's decomposition and
 * rules with three contexts: its home ground (Pays de Montbéliard, 2016-2019) and the two kinds of
 * territory of its spread to Nord Franche-Comté.
 *
 * <p>Staff may be required in proportion to the people served
 * ({@link eu.projectresolution.mobilisation.transfer.StaffPerPeople}), as SIPA's are. A context may name a
 * {@linkplain eu.projectresolution.mobilisation.countrypack country pack}; the assessment then reports
 * what it says about the target ({@link eu.projectresolution.mobilisation.transfer.LocalGround}).
 * {@link eu.projectresolution.mobilisation.transfer.TransferWords} words an assessment in English, French,
 * Spanish or Italian.
 */
@MobilisationStyle
package eu.projectresolution.mobilisation.transfer;

import eu.projectresolution.mobilisation.internal.MobilisationStyle;
