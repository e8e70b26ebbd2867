package org.example.host;

import eu.projectresolution.mobilisation.engine.Welcome;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A host's own type, outside the engine's packages, holding one of the engine's values: what a host's
 * web layer sends and receives. Tests show that the engine's JSON module leaves the host's own fields
 * to the host's mapper.
 */
public record HostCase(String caseNumber, LocalDate openedOn, Optional<String> note, Welcome command) {}
