package eu.projectresolution.mobilisation.contract;

import eu.projectresolution.mobilisation.ExpectedVersion;
import eu.projectresolution.mobilisation.TenantId;
import eu.projectresolution.mobilisation.beneficiary.BeneficiaryId;
import eu.projectresolution.mobilisation.beneficiary.MatchingKey;
import eu.projectresolution.mobilisation.beneficiary.PersonalDetails;
import eu.projectresolution.mobilisation.pathway.Corrections;
import eu.projectresolution.mobilisation.pathway.PathwayEvent;
import eu.projectresolution.mobilisation.pathway.PathwayEvents;
import eu.projectresolution.mobilisation.port.MobilisationStorage;
import eu.projectresolution.mobilisation.port.Pathways;
import eu.projectresolution.mobilisation.privacy.SpecialCategoriesApart;
import eu.projectresolution.mobilisation.privacy.SpecialCategoryAnswer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Pathways as an engine stored them before special-category answers were kept apart (before migration
 * V8 on a database): the answers inside the events (a refugee status in the profile, the answers of a
 * status at entry), no mark of what was answered, nothing in {@code SpecialCategoryAnswers}, and facts
 * out of date. Built from a pathway an engine recorded since, so that a test can compare a person
 * stored the old way with the same person stored the new way.
 */
public final class OlderEvents {
  private OlderEvents() {}

  /** {@code events} with {@code answers} put back inside them and the marks of what was answered removed. */
  public static List<PathwayEvent> of(List<PathwayEvent> events, List<SpecialCategoryAnswer> answers) {
    return SpecialCategoriesApart.restore(events, answers).stream().map(OlderEvents::withoutMarks).toList();
  }

  private static PathwayEvent withoutMarks(PathwayEvent event) {
    if (event instanceof PathwayEvents.EntryStatusRecorded recorded) {
      return PathwayEvents.EntryStatusRecorded.of(recorded.header(), recorded.entryStatus()
          .withSpecialCategoryAnswers(recorded.entryStatus().specialCategoryAnswers(), Set.of()));
    }
    if (event instanceof Corrections.EventCorrected corrected) {
      return Corrections.EventCorrected.of(corrected.header(), corrected.correctedVersion(),
          withoutMarks(corrected.replacement()), corrected.reason());
    }
    return event;
  }

  /**
   * Writes the pathway of {@code person} in tenant {@code from} of {@code source} into tenant {@code to}
   * of {@code target} as an older engine stored it: its events with the answers inside, command by
   * command, the capture with {@code details} and {@code key} if given; no answer kept apart, no facts.
   */
  public static void copy(
      MobilisationStorage source, TenantId from, MobilisationStorage target, TenantId to, BeneficiaryId person,
      Optional<PersonalDetails> details, Optional<MatchingKey> key) {
    List<PathwayEvent> older = of(source.pathways().events(from, person), source.specialCategoryAnswers().of(from, person));
    List<Pathways.Append> appends = new ArrayList<>();
    int start = 0;
    while (start < older.size()) {
      int end = start + 1;
      while (end < older.size() && older.get(end).header().commandId().equals(older.get(start).header().commandId())) {
        end++;
      }
      List<PathwayEvent> command = older.subList(start, end);
      appends.add(start == 0 && details.isPresent()
          ? Pathways.Append.capture(person, command, details.get(), key)
          : Pathways.Append.of(person, start == 0 ? ExpectedVersion.noStream() : ExpectedVersion.exactly(start), command));
      start = end;
    }
    target.pathways().appendAll(to, appends);
  }
}
