/**
 * Capture ("captation", "aller vers"): reaching people in their living environment and bringing them
 * to a site. A {@link eu.projectresolution.mobilisation.capture.Contact} records how a person was met —
 * through which {@link eu.projectresolution.mobilisation.capture.CaptureChannel}, where, by whom, with
 * which partner, and whether they agreed to be contacted again. An
 * {@link eu.projectresolution.mobilisation.capture.OutreachEvent} such as a Recrut'Café (a convivial
 * recruiting session in a building hall) is prepared with partners, and its
 * {@link eu.projectresolution.mobilisation.capture.AttendanceRegister} lets counsellors come back to
 * every participant with an adapted proposal.
 */
@MobilisationStyle
package eu.projectresolution.mobilisation.capture;

import eu.projectresolution.mobilisation.internal.MobilisationStyle;
