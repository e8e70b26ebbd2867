package eu.projectresolution.mobilisation.contract;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.projectresolution.mobilisation.TenantId;
import eu.projectresolution.mobilisation.json.MobilisationJson;
import eu.projectresolution.mobilisation.port.BeneficiarySummary;
import eu.projectresolution.mobilisation.port.MobilisationStorage;
import eu.projectresolution.mobilisation.programme.Programme;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything a tenant has in a store, as JSON text: two snapshots are equal exactly when nothing
 * observable through the ports changed ("a refused command writes nothing").
 */
public final class StoreSnapshot {
  private static final ObjectMapper JSON = MobilisationJson.objectMapper();

  private StoreSnapshot() {}

  /** The basis of the facts an engine with the standard rule sets computes. */
  private static final String CURRENT = eu.projectresolution.mobilisation.indicator.IndicatorFacts
      .of(eu.projectresolution.mobilisation.pathway.PathwayModel.sipa(),
          eu.projectresolution.mobilisation.outcome.OutcomeRules.standard())
      .basis();

  public static String of(MobilisationStorage storage, TenantId tenant) {
    Map<String, Object> all = new LinkedHashMap<>();
    List<Programme> programmes = storage.programmes().list(tenant);
    all.put("programmes", programmes);
    for (Programme programme : programmes) {
      String key = programme.id().value();
      List<BeneficiarySummary> people = storage.beneficiaries().ofProgramme(tenant, programme.id());
      all.put(key + ".beneficiaries", people);
      for (BeneficiarySummary person : people) {
        all.put(key + ".events." + person.beneficiaryId(), storage.pathways().events(tenant, person.beneficiaryId()));
        all.put(key + ".personal." + person.beneficiaryId(), storage.personalData().find(tenant, person.beneficiaryId()));
        all.put(key + ".consents." + person.beneficiaryId(), storage.consents().of(tenant, person.beneficiaryId()));
        all.put(key + ".erasures." + person.beneficiaryId(), storage.erasures().of(tenant, person.beneficiaryId()));
      }
      all.put(key + ".stages", storage.beneficiaries().countByStage(tenant, programme.id()));
      all.put(key + ".outreach", storage.outreachEvents().ofProgramme(tenant, programme.id()));
      storage.outreachEvents().ofProgramme(tenant, programme.id())
          .forEach(e -> all.put(key + ".attendance." + e.id(), storage.beneficiaries().attendance(tenant, e.id())));
      all.put(key + ".actions", storage.collaborativeActions().ofProgramme(tenant, programme.id()));
      all.put(key + ".siteEvents", storage.siteEvents().ofProgramme(tenant, programme.id()));
      // The facts, as a report over the programme's period counts them, and whose are not current.
      List<String> tallies = new java.util.ArrayList<>();
      storage.indicatorSources()
          .tallies(tenant, programme.id(), programme.period(), java.util.Optional.empty(), java.util.Optional.empty())
          .forEach(t -> tallies.add(t.basis() + " " + t.tally().text() + " x" + t.people()));
      java.util.Collections.sort(tallies);
      all.put(key + ".facts", tallies);
      all.put(key + ".factsNotCurrent", storage.indicatorSources()
          .factsNotUnder(tenant, programme.id(), CURRENT, java.util.Optional.empty(), Integer.MAX_VALUE));
    }
    try {
      return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(all);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
