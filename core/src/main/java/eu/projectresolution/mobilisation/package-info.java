/**
 * The ReSolution mobilisation engine: software for programmes that reach people far from employment
 * where they live, welcome them, give them a short adapted accompaniment, refer them to the mainstream
 * schemes that already exist and measure what became of them, as the SIPA practice (Montbéliard,
 * 2016-2019) did.
 *
 * <p>Start with {@link eu.projectresolution.mobilisation.engine.MobilisationEngine}. This package holds
 * what every concept shares: the {@link TenantId} that scopes every record to one partner organisation
 * and the root {@link MobilisationException}.
 */
package eu.projectresolution.mobilisation;
