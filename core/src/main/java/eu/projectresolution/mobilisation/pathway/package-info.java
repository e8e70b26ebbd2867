/**
 * Accompaniment pathways: the route a person takes from the first contact to an exit, as an
 * event-sourced state machine.
 *
 * <p>A {@link eu.projectresolution.mobilisation.pathway.PathwayModel} declares the
 * {@link eu.projectresolution.mobilisation.pathway.Stage}s and the moves allowed between them; SIPA's
 * model ({@link eu.projectresolution.mobilisation.pathway.PathwayModel#sipa()}) is captured → welcomed →
 * oriented → accompanied → referred → exited, with lost contact and drop-out possible from any open
 * stage and re-entry after an exit. Every accepted command appends immutable
 * {@link eu.projectresolution.mobilisation.pathway.PathwayEvent}s; the
 * {@link eu.projectresolution.mobilisation.pathway.Pathway} is the fold of those events, which gives an
 * audit trail, idempotent retries and optimistic concurrency.
 */
@MobilisationStyle
package eu.projectresolution.mobilisation.pathway;

import eu.projectresolution.mobilisation.internal.MobilisationStyle;
