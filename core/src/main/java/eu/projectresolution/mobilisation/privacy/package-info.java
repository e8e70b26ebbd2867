/**
 * The personal-data lifecycle of the people a programme reaches, as the GDPR asks of it: their consents
 * per purpose ({@link eu.projectresolution.mobilisation.privacy.ConsentRecord}), the erasure of their
 * identifying data with an audit entry that holds none of it ({@link
 * eu.projectresolution.mobilisation.privacy.Erasure}, {@link
 * eu.projectresolution.mobilisation.privacy.ErasureRecord}), what a retention purge erased ({@link
 * eu.projectresolution.mobilisation.privacy.PurgeReport}), who read their details and why ({@link
 * eu.projectresolution.mobilisation.privacy.PersonalDataAccess}) and everything held about one person
 * in one document ({@link eu.projectresolution.mobilisation.privacy.PersonalDataExport}).
 *
 * <p>None of these values holds a name, a phone number, an e-mail address, a birth date or a note:
 * they are keyed by the pseudonymous {@link eu.projectresolution.mobilisation.beneficiary.BeneficiaryId}
 * and survive the erasure of the details they are about.
 */
@MobilisationStyle
package eu.projectresolution.mobilisation.privacy;

import eu.projectresolution.mobilisation.internal.MobilisationStyle;
