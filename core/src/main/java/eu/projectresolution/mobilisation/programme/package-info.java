/**
 * A mobilisation programme as its operator declares it: who runs it, on which territory, for which
 * period, from which sites, with which partners and mainstream schemes, which targets and baselines,
 * which staff and which budget. SIPA (IDEIS and DÉFI, Pays de Montbéliard, 1 Sept 2016 - 31 Aug 2019)
 * is the reference example.
 *
 * <p>A programme holds declarations only. Every figure about what the programme achieved is computed
 * from the records its beneficiaries' pathways produce, never typed in here.
 */
@MobilisationStyle
package eu.projectresolution.mobilisation.programme;

import eu.projectresolution.mobilisation.internal.MobilisationStyle;
