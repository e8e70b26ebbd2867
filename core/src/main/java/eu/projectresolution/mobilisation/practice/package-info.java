/**
 * Practice sheets and the ReSolution toolkit.
 *
 * <p>ReSolution collects innovative practices for reaching and (re)mobilising people far from
 * employment in a fixed form, the practice sheet ("fiche de renseignement"), and selects the most
 * innovative and transferable ones for a toolkit for professionals. This package holds:
 *
 * <ul>
 *   <li>the {@link eu.projectresolution.mobilisation.practice.PracticeSheet} and its five sections
 *       (organisation, initiative, implementation, impact, transferability), with every free text a
 *       multilingual {@link eu.projectresolution.mobilisation.practice.LocalizedText};
 *   <li>{@link eu.projectresolution.mobilisation.practice.PracticeSheetJson}, which reads a sheet
 *       exchanged as JSON and reports every problem at once, each with its JSON path;
 *   <li>{@link eu.projectresolution.mobilisation.practice.SipaPracticeSheet}, the SIPA practice
 *       (IDEIS, Montbéliard, 2016-2019) as shipped data;
 *   <li>the {@link eu.projectresolution.mobilisation.practice.Toolkit}: search over a catalogue of
 *       sheets and the ranking of candidates by reviewers' scores
 *       ({@link eu.projectresolution.mobilisation.practice.RankingRule}).
 * </ul>
 *
 * <p>Sheets are stored behind the {@link eu.projectresolution.mobilisation.port.PracticeSheets} port;
 * this package never calls it, so that the port can speak of sheets without a package cycle.
 */
@MobilisationStyle
package eu.projectresolution.mobilisation.practice;

import eu.projectresolution.mobilisation.internal.MobilisationStyle;
