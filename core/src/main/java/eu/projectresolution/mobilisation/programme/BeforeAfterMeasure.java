package eu.projectresolution.mobilisation.programme;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A before/after measure a programme declares ({@code Programme.beforeAfterMeasures}): which answer of
 * the person's situation is read at entry (the latest welcome that recorded a situation before the
 * exit) and which after the exit (the latest situation observed on or after it), for the people
 * accompanied who exited during the report's period. SIPA measured three such effects: registered with
 * the public employment service 75 % at entry and 92 % after; members of a local association 16 % and
 * 30 %. Each side read gives one figure of the report, coded {@code before_after.<code>.at_entry} and
 * {@code before_after.<code>.after_exit}: the share of that cohort for whom the answer holds.
 *
 * <pre>{@code
 * BeforeAfterMeasure licence = BeforeAfterMeasure.of("driving_licence",
 *     SituationAnswer.of("holds_driving_licence"), SituationAnswer.of("holds_driving_licence"),
 *     Map.of(Language.ENGLISH, "Holds a driving licence", Language.SPANISH, "Tiene permiso de conducir"));
 * Programme.builder()...
 *     .addSituationAnswers(SituationAnswer.of("holds_driving_licence"))
 *     .addBeforeAfterMeasures(BeforeAfterMeasure.PES_REGISTRATION, licence)
 *     .build();
 * }</pre>
 *
 * <p>A side may be left out when a question is asked only at entry or only afterwards (SIPA's "never
 * accompanied before" is asked at entry). A programme that declares no measure gets SIPA's, {@link
 * #SIPA}, with the figure codes reports have always had.
 *
 * @param code 1 to 60 lower-case letters, digits or '_' ({@code "driving_licence"})
 * @param atEntry the answer read in the situation at entry, if this measure reads one
 * @param afterExit the answer read in the situation after exit, if this measure reads one (at least one side)
 * @param labels what the answer says when it holds, per language ({@code en} "Holds a driving licence"):
 *     at least one; the report adds "at entry" or "at or after exit" and its cohort
 */
public record BeforeAfterMeasure(
    String code, Optional<SituationAnswer> atEntry, Optional<SituationAnswer> afterExit, Map<Language, String> labels) {
  private static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9_]{0,59}");

  /** Registered with the public employment service, at entry and after exit. */
  public static final BeforeAfterMeasure PES_REGISTRATION = sipa("pes_registration",
      SituationAnswer.REGISTERED_WITH_PUBLIC_EMPLOYMENT_SERVICE, SituationAnswer.REGISTERED_WITH_PUBLIC_EMPLOYMENT_SERVICE,
      "Registered with the public employment service", "Inscrit au service public de l'emploi",
      "Inscrito en el servicio público de empleo", "Iscritto al servizio pubblico per l'impiego");
  /** Never accompanied by any scheme before the programme: asked at entry only. */
  public static final BeforeAfterMeasure NEVER_ACCOMPANIED_BEFORE = sipa("never_accompanied_before",
      SituationAnswer.NEVER_ACCOMPANIED_BEFORE, null,
      "Never accompanied by any scheme before the programme", "Jamais accompagné par un dispositif avant le programme",
      "Nunca acompañado por ningún dispositivo antes del programa", "Mai accompagnato da alcun servizio prima del programma");
  /** Accompanied by another scheme: read after exit only. */
  public static final BeforeAfterMeasure ACCOMPANIED_BY_ANOTHER_SCHEME = sipa("accompanied_by_another_scheme",
      null, SituationAnswer.ACCOMPANIED_BY_ANOTHER_SCHEME,
      "Accompanied by another scheme", "Accompagné par un autre dispositif", "Acompañado por otro dispositivo",
      "Accompagnato da un altro servizio");
  /** Member of a local association, at entry and after exit. */
  public static final BeforeAfterMeasure ASSOCIATION_MEMBERSHIP = sipa("association_membership",
      SituationAnswer.MEMBER_OF_LOCAL_ASSOCIATION, SituationAnswer.MEMBER_OF_LOCAL_ASSOCIATION,
      "Member of a local association", "Membre d'une association locale", "Miembro de una asociación local",
      "Membro di un'associazione locale");

  /** SIPA's measures, those of a programme that declares none, in the order its reports give them. */
  public static final List<BeforeAfterMeasure> SIPA =
      List.of(PES_REGISTRATION, NEVER_ACCOMPANIED_BEFORE, ACCOMPANIED_BY_ANOTHER_SCHEME, ASSOCIATION_MEMBERSHIP);

  public BeforeAfterMeasure {
    checkArgument(code != null && CODE.matcher(code).matches(),
        "beforeAfterMeasures.code \"%s\" is not valid: use 1 to 60 lower-case letters, digits or '_', starting with a"
            + " letter or digit (e.g. \"driving_licence\")", code);
    atEntry = atEntry == null ? Optional.empty() : atEntry;
    afterExit = afterExit == null ? Optional.empty() : afterExit;
    checkArgument(atEntry.isPresent() || afterExit.isPresent(),
        "beforeAfterMeasures[%s] reads no answer: give the answer read at entry, after exit, or both", code);
    labels = DeclaredLabels.copy(labels);
    DeclaredLabels.check(labels, "beforeAfterMeasures[" + code + "].labels");
  }

  /** A measure reading {@code atEntry} at entry and {@code afterExit} after the exit. */
  public static BeforeAfterMeasure of(
      String code, SituationAnswer atEntry, SituationAnswer afterExit, Map<Language, String> labels) {
    return new BeforeAfterMeasure(code, Optional.of(atEntry), Optional.of(afterExit), labels);
  }

  /** The answers this measure reads, at entry then after exit. */
  public List<SituationAnswer> answers() {
    return java.util.stream.Stream.concat(atEntry.stream(), afterExit.stream()).toList();
  }

  /** What the answer says in {@code language}, else in English, French, Spanish or Italian. */
  public String label(Language language) {
    return language.pickFrom(labels);
  }

  private static BeforeAfterMeasure sipa(
      String code, SituationAnswer atEntry, SituationAnswer afterExit, String en, String fr, String es, String it) {
    return new BeforeAfterMeasure(code, Optional.ofNullable(atEntry), Optional.ofNullable(afterExit),
        Map.of(Language.ENGLISH, en, Language.FRENCH, fr, Language.SPANISH, es, Language.ITALIAN, it));
  }
}
