package eu.projectresolution.mobilisation.transfer;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import eu.projectresolution.mobilisation.internal.Checks;
import java.util.Optional;

/**
 * What a practice element needs from a target territory: a partner of some kind, a territory type, a
 * density, a travel time, some staff (absolute, or in proportion to the people served), a budget per
 * person reached, a working language, mainstream schemes to refer people to. A requirement is checked against a {@link TransferContext}; an unmet requirement
 * makes the element {@link Verdict#ADAPT ADAPT} when an {@link Adaptation} compensates it, else
 * {@link Verdict#NOT_TRANSFERABLE NOT_TRANSFERABLE}.
 *
 * <p>The built-in kinds are written in rule files with a {@code "type"}: {@code "partners"}
 * ({@link PartnersPresent}), {@code "territoryType"} ({@link TerritoryTypeIn}), {@code "density"}
 * ({@link MinimumDensity}), {@code "travelTime"} ({@link MaximumTravelTime}), {@code "staff"}
 * ({@link MinimumStaff}), {@code "staffPerPeople"} ({@link StaffPerPeople}),
 * {@code "budgetPerPersonReached"} ({@link MinimumBudgetPerPersonReached}),
 * {@code "language"} ({@link WorkingLanguage}) and {@code "mainstreamSchemes"}
 * ({@link MainstreamSchemesAvailable}). A partner may implement the interface in Java for a requirement
 * of its own; such a requirement can be used in Java-built decompositions and rules, not in JSON files.
 *
 * <p>Every built-in requirement is monotone: a context with more partners, more staff, more budget or
 * shorter travel times meets every requirement the original context met. Own implementations should be
 * too, and {@code TransferabilityContract} checks it.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
@JsonSubTypes({
  @JsonSubTypes.Type(value = PartnersPresent.class, name = "partners"),
  @JsonSubTypes.Type(value = TerritoryTypeIn.class, name = "territoryType"),
  @JsonSubTypes.Type(value = MinimumDensity.class, name = "density"),
  @JsonSubTypes.Type(value = MaximumTravelTime.class, name = "travelTime"),
  @JsonSubTypes.Type(value = MinimumStaff.class, name = "staff"),
  @JsonSubTypes.Type(value = StaffPerPeople.class, name = "staffPerPeople"),
  @JsonSubTypes.Type(value = MinimumBudgetPerPersonReached.class, name = "budgetPerPersonReached"),
  @JsonSubTypes.Type(value = WorkingLanguage.class, name = "language"),
  @JsonSubTypes.Type(value = MainstreamSchemesAvailable.class, name = "mainstreamSchemes")
})
public interface Requirement {
  /** Identifies the requirement within its element (or within an adaptation's conditions). */
  RequirementId id();

  /** Why the element needs it, in plain words, e.g. quoting the practice sheet. At most 2,000 characters. */
  Optional<String> why();

  /** Whether the target territory meets the requirement. */
  boolean isMetBy(TransferContext context);

  /** The requirement in plain words, e.g. "a partner of kind TEMPORARY_WORK_AGENCY". */
  String describe();

  /** What the context has instead, in plain words, e.g. "partners present: ASSOCIATION, MUNICIPALITY". */
  String observedIn(TransferContext context);
}
