/**
 * The engine a host calls: {@link eu.projectresolution.mobilisation.engine.MobilisationEngine} takes
 * commands (capture a person, welcome them, orient, accompany, refer, record an exit...) and answers
 * queries (a person's pathway, a programme's people by stage, an outreach event's attendance register).
 *
 * <p>Every command is a value with a {@link eu.projectresolution.mobilisation.CommandId}; the engine
 * answers with a {@link eu.projectresolution.mobilisation.engine.CommandResult}: accepted with the
 * events it appended, or refused with a {@link eu.projectresolution.mobilisation.Refusal} and nothing
 * written.
 */
@MobilisationStyle
package eu.projectresolution.mobilisation.engine;

import eu.projectresolution.mobilisation.internal.MobilisationStyle;
