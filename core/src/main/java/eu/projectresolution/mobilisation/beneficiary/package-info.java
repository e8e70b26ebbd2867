/**
 * The people a programme reaches ("publics éloignés de l'emploi"), known to the engine only by a
 * pseudonymous {@link eu.projectresolution.mobilisation.beneficiary.BeneficiaryId}: their
 * {@link eu.projectresolution.mobilisation.beneficiary.Profile} (birth year, gender, NEET, long-term
 * unemployed, refugee...) and the {@link eu.projectresolution.mobilisation.beneficiary.Situation}s
 * observed along the way hold no name, address, phone or exact birth date.
 *
 * <p>Identifying data lives only in {@link eu.projectresolution.mobilisation.beneficiary.PersonalDetails}
 * behind the {@link eu.projectresolution.mobilisation.port.PersonalData} port, so that a person can be
 * erased without touching any statistic.
 */
@MobilisationStyle
package eu.projectresolution.mobilisation.beneficiary;

import eu.projectresolution.mobilisation.internal.MobilisationStyle;
