package eu.projectresolution.mobilisation.engine;

import static java.util.Objects.requireNonNull;

import eu.projectresolution.mobilisation.TenantId;
import eu.projectresolution.mobilisation.beneficiary.BeneficiaryId;
import eu.projectresolution.mobilisation.beneficiary.CaseId;
import eu.projectresolution.mobilisation.beneficiary.MatchingKey;
import eu.projectresolution.mobilisation.port.PersonalData;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Imports a partner's records addressed by its own case ids ({@link CaseId}), as {@link
 * MobilisationEngine#importCommands} imports commands: each record is sent for the person its case id
 * is kept for; else for the person its {@link MatchingKey} recognises (someone the programme met before
 * the partner opened a case); else for a new person, under a new random pseudonymous id. Once the
 * import has written, each case id is kept for its person beside their personal data ({@link
 * PersonalData#putCaseId}), where erasing them erases it too.
 *
 * <pre>{@code
 * CaseImport cases = CaseImport.of(engine, storage.personalData());
 * ImportReport report = cases.run(tenant, List.of(
 *     new CaseImport.CaseRecord(CaseId.of("C-2017-0042"), Optional.of(key),
 *         person -> Capture.builder().commandId(idOfRow(17)).beneficiaryId(person)...build())),
 *     ImportMode.EACH_ON_ITS_OWN);
 * }</pre>
 *
 * <p>Sending the same records again writes nothing if their commands keep their command ids (derive
 * them from the partner's own record ids, never from who the person is): each case id now leads to its
 * person, and each command is answered {@link ImportReport.Status#ALREADY_RECORDED}. The case ids are
 * kept after the commands are written, in a step of their own: on a database, run the import in the
 * host's transaction ({@code JdbcStorage.inHostTransaction}) for both to commit together; otherwise a
 * process stopped between the two leaves a new person without their case id, and a record sent again
 * for them is recognised only by its matching key.
 */
public final class CaseImport {
  /**
   * One record of the partner's, addressed by its case id.
   *
   * @param matchingKey the key of the person's identity, to recognise someone known before their case
   *     (see {@link eu.projectresolution.mobilisation.beneficiary.IdentityMatcher}); empty if the record
   *     carries no identity
   * @param command the record's command for the person, given their pseudonymous id
   */
  public record CaseRecord(CaseId caseId, Optional<MatchingKey> matchingKey, Function<BeneficiaryId, PathwayCommand> command) {
    public CaseRecord {
      requireNonNull(caseId, "caseId");
      requireNonNull(matchingKey, "matchingKey");
      requireNonNull(command, "command");
    }
  }

  private final MobilisationEngine engine;
  private final PersonalData personalData;

  private CaseImport(MobilisationEngine engine, PersonalData personalData) {
    this.engine = requireNonNull(engine, "engine");
    this.personalData = requireNonNull(personalData, "personalData");
  }

  /**
   * Imports through {@code engine}, keeping the case ids in {@code personalData}, the port of the same
   * store as the engine's.
   */
  public static CaseImport of(MobilisationEngine engine, PersonalData personalData) {
    return new CaseImport(engine, personalData);
  }

  /** The person the partner's case id is kept for, if any. */
  public Optional<BeneficiaryId> personOf(TenantId tenant, CaseId caseId) {
    return personalData.findByCaseId(tenant, caseId);
  }

  /**
   * Imports {@code records} in {@code mode} and keeps the case ids of those recorded (or recorded
   * before); in {@link ImportMode#VALIDATE_ONLY}, keeps nothing.
   *
   * @return each record's outcome, in input order ({@link ImportReport.Outcome#index()} is the record's
   *     position), with the person it was sent for
   * @throws IllegalArgumentException if a record's command names another person than the one given, or
   *     as {@link MobilisationEngine#importCommands} throws
   */
  public ImportReport run(TenantId tenant, List<CaseRecord> records, ImportMode mode) {
    requireNonNull(tenant, "tenant");
    requireNonNull(mode, "mode");
    Map<CaseId, BeneficiaryId> people = new HashMap<>();
    List<PathwayCommand> commands = new ArrayList<>(records.size());
    for (CaseRecord record : records) {
      requireNonNull(record, "a record of the import is null");
      BeneficiaryId person = people.computeIfAbsent(record.caseId(), caseId -> personalData.findByCaseId(tenant, caseId)
          .or(() -> record.matchingKey().flatMap(key -> personalData.findByMatchingKey(tenant, key)))
          .orElseGet(BeneficiaryId::random));
      PathwayCommand command = requireNonNull(record.command().apply(person), "the command of a record");
      if (!command.beneficiaryId().equals(person)) {
        throw new IllegalArgumentException("the command of case " + record.caseId() + " is for beneficiary "
            + command.beneficiaryId() + ", not " + person + ": build it for the person given");
      }
      commands.add(command);
    }
    ImportReport report = engine.importCommands(tenant, commands, mode);
    for (ImportReport.Outcome outcome : report.outcomes()) {
      if (outcome.status() == ImportReport.Status.RECORDED || outcome.status() == ImportReport.Status.ALREADY_RECORDED) {
        personalData.putCaseId(tenant, outcome.beneficiaryId(), records.get(outcome.index()).caseId());
      }
    }
    return report;
  }
}
