package eu.projectresolution.mobilisation.privacy;

import static java.util.Objects.requireNonNull;

import eu.projectresolution.mobilisation.beneficiary.BeneficiaryId;
import eu.projectresolution.mobilisation.beneficiary.EntryStatus;
import eu.projectresolution.mobilisation.beneficiary.LegalBasis;
import eu.projectresolution.mobilisation.beneficiary.Profile;
import eu.projectresolution.mobilisation.beneficiary.SensitiveAnswer;
import eu.projectresolution.mobilisation.beneficiary.SpecialCategory;
import eu.projectresolution.mobilisation.pathway.Corrections;
import eu.projectresolution.mobilisation.pathway.PathwayEvent;
import eu.projectresolution.mobilisation.pathway.PathwayEvents;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * How special-category answers are kept apart from the pathway: {@link #split} takes them out of an
 * event the engine is about to record (leaving the mark that a question was answered), and {@link
 * #restore} puts the kept answers back into a stream read from the store, so that the facts computed
 * from it are those of the event as given.
 *
 * <p>A refugee status has no "not asked": {@link Profile#refugee()} is a yes or a default no. So only a
 * yes is kept apart (as {@link SpecialCategory#REFUGEE}, under {@link LegalBasis#LEGAL_OBLIGATION}, the
 * ESF+ monitoring the profile serves), and the event's profile says no, without a mark, since a mark
 * only on some profiles would tell the answer. Events recorded before answers were kept apart hold them
 * inline: {@link #restore} leaves such events as they are, and {@link #split(List)} takes the answers
 * out of a whole stream of them, as an erasure or a retention purge does before it erases the answers
 * ({@code Pathways.keepAnswersApart}).
 */
public final class SpecialCategoriesApart {
  private SpecialCategoriesApart() {}

  /** An event as it is stored, and the answers taken out of it, each at the event's version. */
  public record Split(PathwayEvent event, List<SpecialCategoryAnswer> answers) {
    public Split {
      requireNonNull(event, "event");
      answers = List.copyOf(answers);
    }

    /** A stream as it is stored, and the answers taken out of its events, each at its event's version. */
    public record OfStream(List<PathwayEvent> events, List<SpecialCategoryAnswer> answers) {
      public OfStream {
        events = List.copyOf(events);
        answers = List.copyOf(answers);
      }

      /** Whether answers were taken out: whether the stream held some inside its events. */
      public boolean tookAnswersOut() {
        return !answers.isEmpty();
      }
    }
  }

  /** {@code event} without its special-category answers, and the answers, at the event's version. */
  public static Split split(PathwayEvent event) {
    requireNonNull(event, "event");
    BeneficiaryId who = event.header().beneficiaryId();
    long version = event.header().version();
    List<SpecialCategoryAnswer> answers = new ArrayList<>();
    PathwayEvent stored = strip(event, who, version, answers);
    return answers.isEmpty() ? new Split(event, List.of()) : new Split(stored, answers);
  }

  /**
   * A person's whole stream with the answers its events hold inside taken out of each ({@link #split}),
   * and those answers, each at its event's version: how a stream recorded before answers were kept apart
   * is stored once they are. A stream recorded since holds none inside: it comes back as it is, with no
   * answer.
   */
  public static Split.OfStream split(List<PathwayEvent> stream) {
    requireNonNull(stream, "stream");
    List<PathwayEvent> events = new ArrayList<>(stream.size());
    List<SpecialCategoryAnswer> answers = new ArrayList<>();
    for (PathwayEvent event : stream) {
      Split split = split(event);
      events.add(split.event());
      answers.addAll(split.answers());
    }
    return answers.isEmpty() ? new Split.OfStream(stream, List.of()) : new Split.OfStream(events, answers);
  }

  private static PathwayEvent strip(PathwayEvent event, BeneficiaryId who, long version, List<SpecialCategoryAnswer> out) {
    if (event instanceof PathwayEvents.Captured captured && captured.profile().refugee()) {
      out.add(refugee(who, version));
      return PathwayEvents.Captured.of(captured.header(), captured.programmeId(), notRefugee(captured.profile()),
          captured.contact());
    }
    if (event instanceof PathwayEvents.ProfileUpdated updated && updated.profile().refugee()) {
      out.add(refugee(who, version));
      return PathwayEvents.ProfileUpdated.of(updated.header(), notRefugee(updated.profile()));
    }
    if (event instanceof PathwayEvents.EntryStatusRecorded recorded) {
      Map<SpecialCategory, SensitiveAnswer> given = recorded.entryStatus().specialCategoryAnswers();
      if (given.isEmpty()) {
        return event;
      }
      given.forEach((category, answer) -> out.add(SpecialCategoryAnswer.of(who, version, category, answer)));
      Set<SpecialCategory> marks = EnumSet.noneOf(SpecialCategory.class);
      marks.addAll(recorded.entryStatus().keptApart());
      marks.addAll(given.keySet());
      return PathwayEvents.EntryStatusRecorded.of(recorded.header(),
          recorded.entryStatus().withSpecialCategoryAnswers(Map.of(), marks));
    }
    if (event instanceof Corrections.EventCorrected corrected) {
      PathwayEvent replacement = strip(corrected.replacement(), who, version, out);
      return replacement == corrected.replacement()
          ? event
          : Corrections.EventCorrected.of(corrected.header(), corrected.correctedVersion(), replacement, corrected.reason());
    }
    return event;
  }

  private static SpecialCategoryAnswer refugee(BeneficiaryId who, long version) {
    return SpecialCategoryAnswer.of(who, version, SpecialCategory.REFUGEE, SensitiveAnswer.yes(LegalBasis.LEGAL_OBLIGATION));
  }

  private static Profile notRefugee(Profile profile) {
    return Profile.builder().from(profile).refugee(false).build();
  }

  /**
   * The stream with the kept answers put back into the events that recorded them: each answer into the
   * event at its version. Answers erased are simply missing: the event then reads as not answered.
   */
  public static List<PathwayEvent> restore(List<PathwayEvent> stream, List<SpecialCategoryAnswer> answers) {
    requireNonNull(stream, "stream");
    if (answers.isEmpty()) {
      return stream;
    }
    Map<Long, Map<SpecialCategory, SensitiveAnswer>> byVersion = new HashMap<>();
    for (SpecialCategoryAnswer answer : answers) {
      byVersion.computeIfAbsent(answer.version(), v -> new EnumMap<>(SpecialCategory.class))
          .put(answer.category(), answer.answer());
    }
    List<PathwayEvent> restored = new ArrayList<>(stream.size());
    for (PathwayEvent event : stream) {
      Map<SpecialCategory, SensitiveAnswer> kept = byVersion.get(event.header().version());
      restored.add(kept == null ? event : putBack(event, kept));
    }
    return restored;
  }

  private static PathwayEvent putBack(PathwayEvent event, Map<SpecialCategory, SensitiveAnswer> kept) {
    boolean refugee = Optional.ofNullable(kept.get(SpecialCategory.REFUGEE)).map(SensitiveAnswer::isYes).orElse(false);
    if (event instanceof PathwayEvents.Captured captured && refugee) {
      return PathwayEvents.Captured.of(captured.header(), captured.programmeId(),
          Profile.builder().from(captured.profile()).refugee(true).build(), captured.contact());
    }
    if (event instanceof PathwayEvents.ProfileUpdated updated && refugee) {
      return PathwayEvents.ProfileUpdated.of(updated.header(), Profile.builder().from(updated.profile()).refugee(true).build());
    }
    if (event instanceof PathwayEvents.EntryStatusRecorded recorded) {
      EntryStatus status = recorded.entryStatus();
      Map<SpecialCategory, SensitiveAnswer> answers = new EnumMap<>(SpecialCategory.class);
      answers.putAll(status.specialCategoryAnswers());
      for (SpecialCategory category : status.keptApart()) {
        SensitiveAnswer answer = kept.get(category);
        if (answer != null) {
          answers.put(category, answer);
        }
      }
      return PathwayEvents.EntryStatusRecorded.of(recorded.header(),
          status.withSpecialCategoryAnswers(answers, status.keptApart()));
    }
    if (event instanceof Corrections.EventCorrected corrected) {
      return Corrections.EventCorrected.of(corrected.header(), corrected.correctedVersion(),
          putBack(corrected.replacement(), kept), corrected.reason());
    }
    return event;
  }
}
