package eu.projectresolution.mobilisation.transfer;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The built-in requirements in a reader's language, from their values rather than their English
 * {@link Requirement#describe()}: one sentence pattern per kind, the vocabularies' values in words. A
 * requirement of a partner's own kind keeps its own words.
 */
final class RequirementWords {
  private final TransferWords words;

  RequirementWords(TransferWords words) {
    this.words = words;
  }

  String describe(Requirement requirement) {
    if (requirement instanceof PartnersPresent r) {
      return words.text("requirement.partners", or(r.anyOf()));
    } else if (requirement instanceof TerritoryTypeIn r) {
      return words.text("requirement.territoryType", or(r.anyOf()));
    } else if (requirement instanceof MinimumDensity r) {
      return words.text("requirement.density", words.decimal(r.minimumInhabitantsPerSquareKilometre(), 1));
    } else if (requirement instanceof MaximumTravelTime r) {
      return words.text("requirement.travelTime", r.maximumMinutes(), words.name(r.to()));
    } else if (requirement instanceof MinimumStaff r) {
      return words.text("requirement.staff", fte(r.minimumFullTimeEquivalent()), words.name(r.role()));
    } else if (requirement instanceof StaffPerPeople r) {
      return words.text("requirement.staffPerPeople", fte(r.minimumFullTimeEquivalent()), words.name(r.role()),
          words.whole(r.per()), words.name(r.of()));
    } else if (requirement instanceof MinimumBudgetPerPersonReached r) {
      return words.text("requirement.budgetPerPersonReached", words.money(r.minimum()));
    } else if (requirement instanceof WorkingLanguage r) {
      return words.text("requirement.language",
          words.joinOr(r.anyOf().stream().sorted().map(words::language).toList()));
    } else if (requirement instanceof MainstreamSchemesAvailable r) {
      return words.text("requirement.mainstreamSchemes", or(r.anyOf()));
    }
    return requirement.describe();
  }

  String observed(Requirement requirement, TransferContext context) {
    if (requirement instanceof PartnersPresent r) {
      return context.partners().isEmpty()
          ? words.text("observed.partners.none")
          : words.text("observed.partners", and(context.partners()));
    } else if (requirement instanceof TerritoryTypeIn) {
      return words.text("observed.territoryType", words.name(context.territoryType()));
    } else if (requirement instanceof MinimumDensity) {
      return words.text("observed.density", words.decimal(context.density(), 1));
    } else if (requirement instanceof MaximumTravelTime r) {
      return words.text("observed.travelTime", context.travelMinutesTo(r.to()), words.name(r.to()));
    } else if (requirement instanceof MinimumStaff r) {
      return words.text("observed.staff", fte(context.fullTimeEquivalent(r.role())), words.name(r.role()));
    } else if (requirement instanceof StaffPerPeople r) {
      Optional<BigDecimal> needed = r.neededIn(context);
      String available = fte(context.fullTimeEquivalent(r.role()));
      return needed
          .map(n -> words.text("observed.staffPerPeople", available, words.name(r.role()),
              words.whole(r.people(context).getAsLong()), words.name(r.of()), fte(n)))
          .orElse(words.text("observed.staffPerPeople.unknown", available, words.name(r.role())));
    } else if (requirement instanceof MinimumBudgetPerPersonReached) {
      return words.text("observed.budgetPerPersonReached", words.money(context.budgetPerPersonReached()));
    } else if (requirement instanceof WorkingLanguage) {
      return context.languages().isEmpty()
          ? words.text("observed.language.none")
          : words.text("observed.language",
              String.join(", ", context.languages().stream().sorted().map(words::language).toList()));
    } else if (requirement instanceof MainstreamSchemesAvailable) {
      return context.mainstreamSchemes().isEmpty()
          ? words.text("observed.mainstreamSchemes.none")
          : words.text("observed.mainstreamSchemes", and(context.mainstreamSchemes()));
    }
    return requirement.observedIn(context);
  }

  private String fte(BigDecimal fullTimeEquivalent) {
    return words.decimal(fullTimeEquivalent, 3);
  }

  private String or(Collection<? extends Enum<?>> values) {
    return words.joinOr(names(values));
  }

  private String and(Collection<? extends Enum<?>> values) {
    return String.join(", ", names(values));
  }

  private List<String> names(Collection<? extends Enum<?>> values) {
    return values.stream().sorted().map(words::name).collect(Collectors.toList());
  }
}
