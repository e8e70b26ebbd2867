/**
 * Indicator reports: every figure a programme is funded against, computed from stored records only.
 *
 * <p>{@link eu.projectresolution.mobilisation.indicator.IndicatorReports} computes an {@link
 * eu.projectresolution.mobilisation.indicator.IndicatorReport} for a programme and a period, optionally
 * narrowed to a site, a capture channel or a {@link eu.projectresolution.mobilisation.indicator.TargetGroup}
 * ({@link eu.projectresolution.mobilisation.indicator.ReportScope}). Each {@link
 * eu.projectresolution.mobilisation.indicator.Figure} carries its value, numerator, denominator, unit and
 * the rule (name and version) that produced it; a figure whose cohort is empty is "not computable", with
 * the reason. Reports serialise to JSON with {@link eu.projectresolution.mobilisation.json.MobilisationJson}
 * and export to CSV with {@link eu.projectresolution.mobilisation.indicator.IndicatorCsv}.
 *
 * <p>What each person adds to every report is computed when their records change, by {@link
 * eu.projectresolution.mobilisation.indicator.IndicatorFacts}, and kept by the store beside the events;
 * a report only adds those facts up, so its cost does not grow with the events each person has.
 */
@MobilisationStyle
package eu.projectresolution.mobilisation.indicator;

import eu.projectresolution.mobilisation.internal.MobilisationStyle;
