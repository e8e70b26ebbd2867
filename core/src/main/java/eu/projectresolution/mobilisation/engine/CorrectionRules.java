package eu.projectresolution.mobilisation.engine;

import eu.projectresolution.mobilisation.Refusal;
import eu.projectresolution.mobilisation.RefusalCode;
import eu.projectresolution.mobilisation.pathway.Corrections;
import eu.projectresolution.mobilisation.pathway.PathwayEvent;
import eu.projectresolution.mobilisation.pathway.PathwayEvents;
import eu.projectresolution.mobilisation.pathway.ReferralId;
import eu.projectresolution.mobilisation.pathway.ReferralStatus;
import eu.projectresolution.mobilisation.pathway.Stage;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The rules by which the engine refuses a correction or a void: what may be corrected, and how, so that
 * the corrected pathway is one the engine would have accepted had it been recorded that way. Each is a
 * named value with its refusal code, like those of {@link RefusalRules}.
 */
final class CorrectionRules {
  private CorrectionRules() {}

  /** A correction names an event of the pathway as it reads now: not a correction, not voided. */
  static final RefusalRule<CorrectEvent> EVENT_TO_CORRECT_RECORDED =
      RefusalRule.of("a correction names an event of the pathway", RefusalCode.UNKNOWN_EVENT,
          ctx -> unknownEvent(ctx, ctx.command().correctedVersion(), "correctedVersion"));

  /** A void names an event of the pathway as it reads now: not a correction, not already voided. */
  static final RefusalRule<VoidEvent> EVENT_TO_VOID_RECORDED =
      RefusalRule.of("a void names an event of the pathway", RefusalCode.UNKNOWN_EVENT,
          ctx -> unknownEvent(ctx, ctx.command().voidedVersion(), "voidedVersion"));

  private static Optional<Refusal> unknownEvent(CommandContext<?> ctx, long version, String field) {
    if (ctx.effectiveEvent(version).isPresent()) {
      return Optional.empty();
    }
    return Optional.of(Refusal.of(RefusalCode.UNKNOWN_EVENT,
        "Beneficiary " + ctx.beneficiary() + " has no event " + version + " to change: give the version of an event "
            + "the pathway shows (not a correction, not a voided event; the pathway is at version "
            + ctx.capturedPathway().version() + ")",
        field));
  }

  /** A correction fits the kind of event it corrects (an exit's reason for an exit, a site for a welcome...). */
  static final RefusalRule<CorrectEvent> CORRECTION_OF_THE_RIGHT_KIND =
      RefusalRule.of("a correction fits the kind of event", RefusalCode.CORRECTION_NOT_APPLICABLE,
          ctx -> {
            PathwayEvent original = original(ctx);
            Correction correction = ctx.command().correction();
            String problem;
            try {
              if (correction.applyTo(original).isPresent()) {
                return Optional.empty();
              }
              problem = "this correction is for " + correction.corrects();
            } catch (IllegalArgumentException invalid) {
              problem = invalid.getMessage();
            }
            return Optional.of(Refusal.of(RefusalCode.CORRECTION_NOT_APPLICABLE,
                "Event " + original.header().version() + " of beneficiary " + ctx.beneficiary() + " is a "
                    + kindOf(original) + ": " + problem,
                "correction"));
          });

  /** A corrected day keeps the pathway in the order it happened, and an exit followed up keeps its day. */
  static final RefusalRule<CorrectEvent> CORRECTED_DAY_IN_ORDER =
      RefusalRule.of("a corrected day keeps the events in order", RefusalCode.CORRECTION_NOT_APPLICABLE,
          ctx -> {
            if (!(ctx.command().correction() instanceof Correction.OfDay day)) {
              return Optional.empty();
            }
            long version = ctx.command().correctedVersion();
            List<PathwayEvent> effective = Corrections.effective(ctx.events());
            LocalDate earliest = LocalDate.MIN;
            LocalDate latest = LocalDate.MAX;
            boolean followedUp = false;
            for (PathwayEvent event : effective) {
              long v = event.header().version();
              if (v < version) {
                earliest = event.header().occurredOn();
              } else if (v > version) {
                latest = latest.isBefore(event.header().occurredOn()) ? latest : event.header().occurredOn();
                followedUp |= event instanceof PathwayEvents.FollowUpRecorded;
              }
            }
            LocalDate to = day.occurredOn();
            String who = "event " + version + " of beneficiary " + ctx.beneficiary();
            if (original(ctx) instanceof PathwayEvents.Exited && followedUp) {
              return Optional.of(Refusal.of(RefusalCode.CORRECTION_NOT_APPLICABLE,
                  "The exit " + who + " has follow-ups, observed from its day: void them, correct the day, and record "
                      + "them again",
                  "correction.occurredOn"));
            }
            if (to.isBefore(earliest) || to.isAfter(latest)) {
              return Optional.of(Refusal.of(RefusalCode.CORRECTION_NOT_APPLICABLE,
                  "The day " + to + " for " + who + " is out of order: it must be from " + earliest + " (the event "
                      + "before) to " + (latest.equals(LocalDate.MAX) ? "today" : latest + " (the event after)"),
                  "correction.occurredOn"));
            }
            return RecordChecks.notInFuture(to, ctx.today(), who, "correction.occurredOn")
                .or(() -> RecordChecks.withinProgramme(ctx.programme(), to, who, "correction.occurredOn"))
                .map(refusal -> Refusal.of(RefusalCode.CORRECTION_NOT_APPLICABLE, refusal.message(), refusal.field()));
          });

  /** A corrected welcome or partner step is at one of the programme's sites. */
  static final RefusalRule<CorrectEvent> CORRECTED_SITE_OF_THE_PROGRAMME =
      RefusalRule.of("a corrected welcome or partner step is at one of the programme's sites", RefusalCode.UNKNOWN_SITE,
          ctx -> ctx.command().correction() instanceof Correction.OfSite site
                  && ctx.programme().site(site.siteId()).isEmpty()
              ? Optional.of(Refusal.of(RefusalCode.UNKNOWN_SITE,
                  "Programme " + ctx.programme().id() + " has no site " + site.siteId()
                      + ": correct the event to one of its sites",
                  "correction.siteId"))
              : Optional.empty());

  /**
   * A corrected outcome of a referral is one its status could move to from the status before, and one
   * the statuses recorded after can follow.
   */
  static final RefusalRule<CorrectEvent> CORRECTED_OUTCOME_FOLLOWS_THE_REFERRAL =
      RefusalRule.of("a corrected referral outcome follows the referral's other statuses",
          RefusalCode.REFERRAL_STATUS_NOT_ALLOWED,
          ctx -> {
            if (!(ctx.command().correction() instanceof Correction.OfReferralOutcome outcome)
                || !(original(ctx) instanceof PathwayEvents.ReferralStatusRecorded recorded)) {
              return Optional.empty();
            }
            ReferralId referral = recorded.referralId();
            long version = recorded.header().version();
            ReferralStatus before = ReferralStatus.PROPOSED;
            Optional<ReferralStatus> after = Optional.empty();
            for (PathwayEvent event : Corrections.effective(ctx.events())) {
              if (event instanceof PathwayEvents.ReferralStatusRecorded status && status.referralId().equals(referral)) {
                if (status.header().version() < version) {
                  before = status.status();
                } else if (status.header().version() > version && after.isEmpty()) {
                  after = Optional.of(status.status());
                }
              }
            }
            ReferralStatus to = outcome.status();
            if (!before.canMoveTo(to) || after.isPresent() && !to.canMoveTo(after.get())) {
              return Optional.of(Refusal.of(RefusalCode.REFERRAL_STATUS_NOT_ALLOWED,
                  "Referral " + referral + " of beneficiary " + ctx.beneficiary() + " was " + before
                      + " before event " + version + (after.map(a -> " and became " + a + " after it").orElse(""))
                      + ": it cannot have become " + to + " there",
                  "correction.status"));
            }
            return Optional.empty();
          });

  /**
   * An event others build on is not voided from under them: never the capture, and a move along the
   * pathway (or a referral, whose outcomes refer to it) only while it is the latest event.
   */
  static final RefusalRule<VoidEvent> VOIDABLE =
      RefusalRule.of("an event others build on is not voided", RefusalCode.EVENT_NOT_VOIDABLE,
          ctx -> {
            long version = ctx.command().voidedVersion();
            PathwayEvent voided = ctx.effectiveEvent(version).orElseThrow();
            List<PathwayEvent> effective = Corrections.effective(ctx.events());
            boolean latest = effective.get(effective.size() - 1).header().version() == version;
            String who = "Event " + version + " of beneficiary " + ctx.beneficiary() + " is a " + kindOf(voided);
            if (voided instanceof PathwayEvents.Captured) {
              return Optional.of(Refusal.of(RefusalCode.EVENT_NOT_VOIDABLE,
                  who + ": a pathway always starts with its capture; correct its day or channel instead",
                  "voidedVersion"));
            }
            if (!latest && !standsAlone(voided)) {
              return Optional.of(Refusal.of(RefusalCode.EVENT_NOT_VOIDABLE,
                  who + ", and later events build on it: void the later events first, from the latest",
                  "voidedVersion"));
            }
            return Optional.empty();
          });

  /** The stage the pathway is in once the void's event is left out: that of the latest event left. */
  static Stage stageWithout(CommandContext<VoidEvent> ctx) {
    long version = ctx.command().voidedVersion();
    List<PathwayEvent> effective = Corrections.effective(ctx.events());
    for (int i = effective.size() - 1; i >= 0; i--) {
      if (effective.get(i).header().version() != version) {
        return effective.get(i).header().stage();
      }
    }
    throw new IllegalStateException("a pathway keeps its capture");
  }

  /** The event a correction applies to, as last corrected. */
  static PathwayEvent original(CommandContext<? extends CorrectEvent> ctx) {
    return ctx.effectiveEvent(ctx.command().correctedVersion()).orElseThrow();
  }

  /** Kinds of event that neither move the pathway nor are referred to by later events. */
  private static boolean standsAlone(PathwayEvent event) {
    return event instanceof PathwayEvents.ContactRecorded
        || event instanceof PathwayEvents.AppointmentRecorded
        || event instanceof PathwayEvents.SatisfactionRecorded
        || event instanceof PathwayEvents.SituationObserved
        || event instanceof PathwayEvents.ProfileUpdated
        || event instanceof PathwayEvents.EntryStatusRecorded
        || event instanceof PathwayEvents.FollowUpRecorded;
  }

  private static String kindOf(PathwayEvent event) {
    String name = event.getClass().getSimpleName();
    return name.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.ROOT);
  }
}
