package eu.projectresolution.mobilisation.examples.sipa;

import eu.projectresolution.mobilisation.TenantId;
import eu.projectresolution.mobilisation.beneficiary.Situation;
import eu.projectresolution.mobilisation.capture.CaptureChannel;
import eu.projectresolution.mobilisation.pathway.AppointmentStatus;
import eu.projectresolution.mobilisation.pathway.Exit;
import eu.projectresolution.mobilisation.pathway.ObservedSituation;
import eu.projectresolution.mobilisation.pathway.Pathway;
import eu.projectresolution.mobilisation.pathway.ReferralStatus;
import eu.projectresolution.mobilisation.pathway.Stage;
import eu.projectresolution.mobilisation.port.BeneficiarySummary;
import eu.projectresolution.mobilisation.port.MobilisationStorage;
import eu.projectresolution.mobilisation.programme.ProgrammeId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Counts read back from a programme's stored records: every pathway folded from its events, and the
 * programme-level records. It is the scenario's own check that the records say what the sheet says;
 * the engine's indicator report computes the figures a funder reads.
 *
 * <p>Positive exits are read as the SIPA sheet defines them: an exit linked with a mainstream scheme
 * (registered with the public employment service, accompanied by another scheme, or a referral that
 * started) or straight into a job. Before/after rates are on the cohort of accompanied people whose
 * situation was observed at entry and at exit.
 */
public record RecordTally(
    long captured,
    long capturedOutsideSites,
    Map<CaptureChannel, Long> capturedByChannel,
    long welcomed,
    long oriented,
    long accompanied,
    long referrals,
    long peopleReferred,
    long exitsOfAccompanied,
    long positiveExits,
    long attendedAppointments,
    long missedAppointments,
    long surveyAnswers,
    long satisfied,
    long cohort,
    long registeredAtEntry,
    long registeredAfter,
    long neverAccompaniedBefore,
    long accompaniedByAnotherSchemeAfter,
    long membersAtEntry,
    long membersAfter,
    long outreachEvents,
    long collaborativeActions,
    long siteEvents) {

  /** Reads and counts every record of {@code programme}. */
  public static RecordTally of(MobilisationStorage storage, TenantId tenant, ProgrammeId programme) {
    List<BeneficiarySummary> people = storage.beneficiaries().ofProgramme(tenant, programme);
    long captured = 0;
    long outside = 0;
    Map<CaptureChannel, Long> byChannel = new EnumMap<>(CaptureChannel.class);
    long welcomed = 0;
    long oriented = 0;
    long accompanied = 0;
    long referrals = 0;
    long referred = 0;
    long exits = 0;
    long positive = 0;
    long attended = 0;
    long missed = 0;
    long answers = 0;
    long satisfied = 0;
    long cohort = 0;
    long registeredAtEntry = 0;
    long registeredAfter = 0;
    long never = 0;
    long otherSchemeAfter = 0;
    long membersAtEntry = 0;
    long membersAfter = 0;
    for (BeneficiarySummary person : people) {
      Pathway pathway = Pathway.fold(storage.pathways().events(tenant, person.beneficiaryId()));
      captured++;
      CaptureChannel channel = pathway.contacts().get(0).channel();
      byChannel.merge(channel, 1L, Long::sum);
      outside += channel.outsideSites() ? 1 : 0;
      welcomed += pathway.reached(Stage.WELCOMED) ? 1 : 0;
      oriented += pathway.reached(Stage.ORIENTED) ? 1 : 0;
      referrals += pathway.referrals().size();
      referred += pathway.referrals().isEmpty() ? 0 : 1;
      answers += pathway.satisfactionResponses().size();
      satisfied += pathway.satisfactionResponses().stream().filter(r -> r.satisfied()).count();
      if (!pathway.reached(Stage.ACCOMPANIED)) {
        continue;
      }
      accompanied++;
      attended += pathway.attendedAppointments();
      missed += pathway.appointments().stream().filter(a -> a.status() == AppointmentStatus.NO_SHOW).count();
      Optional<Exit> exit = pathway.latestExit();
      if (exit.isEmpty()) {
        continue;
      }
      exits++;
      Situation after = exit.get().situation();
      boolean startedReferral = pathway.referrals().stream().anyMatch(r -> r.status() == ReferralStatus.STARTED);
      if (after.registeredWithPublicEmploymentService() || after.accompaniedByAnotherScheme() || after.employed()
          || startedReferral) {
        positive++;
      }
      Optional<Situation> entry = pathway.situations().stream().findFirst().map(ObservedSituation::situation);
      if (entry.isEmpty() || pathway.situations().size() < 2) {
        continue;
      }
      cohort++;
      registeredAtEntry += count(entry.get(), Situation::registeredWithPublicEmploymentService);
      registeredAfter += count(after, Situation::registeredWithPublicEmploymentService);
      never += count(entry.get(), s -> !s.everAccompaniedBefore());
      otherSchemeAfter += count(after, Situation::accompaniedByAnotherScheme);
      membersAtEntry += count(entry.get(), Situation::memberOfLocalAssociation);
      membersAfter += count(after, Situation::memberOfLocalAssociation);
    }
    return new RecordTally(
        captured, outside, byChannel, welcomed, oriented, accompanied, referrals, referred, exits, positive, attended,
        missed, answers, satisfied, cohort, registeredAtEntry, registeredAfter, never, otherSchemeAfter, membersAtEntry,
        membersAfter,
        storage.outreachEvents().ofProgramme(tenant, programme).size(),
        storage.collaborativeActions().ofProgramme(tenant, programme).size(),
        storage.siteEvents().ofProgramme(tenant, programme).size());
  }

  private static long count(Situation situation, Predicate<Situation> fact) {
    return fact.test(situation) ? 1 : 0;
  }
}
