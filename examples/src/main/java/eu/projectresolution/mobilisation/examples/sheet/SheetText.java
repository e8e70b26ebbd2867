package eu.projectresolution.mobilisation.examples.sheet;

import eu.projectresolution.mobilisation.examples.text.TextTable;
import eu.projectresolution.mobilisation.practice.CoordinationRole;
import eu.projectresolution.mobilisation.practice.Evaluation;
import eu.projectresolution.mobilisation.practice.ExpectedImpact;
import eu.projectresolution.mobilisation.practice.Impact;
import eu.projectresolution.mobilisation.practice.Implementation;
import eu.projectresolution.mobilisation.practice.Initiative;
import eu.projectresolution.mobilisation.programme.Language;
import eu.projectresolution.mobilisation.practice.LocalizedText;
import eu.projectresolution.mobilisation.practice.Organisation;
import eu.projectresolution.mobilisation.practice.PlaceApplied;
import eu.projectresolution.mobilisation.practice.PracticeSheet;
import eu.projectresolution.mobilisation.practice.ResultOrigin;
import eu.projectresolution.mobilisation.practice.ResultStatement;
import eu.projectresolution.mobilisation.practice.SignatureTool;
import eu.projectresolution.mobilisation.practice.Testimonial;
import eu.projectresolution.mobilisation.practice.ToolRole;
import eu.projectresolution.mobilisation.practice.Transferability;
import eu.projectresolution.mobilisation.examples.text.Words;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A practice sheet as plain text, section by section as the ReSolution form lays it out, in one
 * language (falling back to another where a text is missing in it).
 */
public final class SheetText {
  private static final int WIDTH = 100;
  private static final int LABEL = 24;

  private final PrintWriter out;
  private final Language language;
  private final Words words;

  private SheetText(PrintWriter out, Language language, Words words) {
    this.out = out;
    this.language = language;
    this.words = words;
  }

  /** Prints the sheet's texts in {@code language}, its headings and labels in English. */
  public static void print(PracticeSheet sheet, Language language, PrintWriter out) {
    print(sheet, language, Words.ENGLISH, out);
  }

  /** Prints the sheet's texts in {@code language}, its headings and labels in the language of {@code words}. */
  public static void print(PracticeSheet sheet, Language language, Words words, PrintWriter out) {
    new SheetText(out, language, words).sheet(sheet);
    out.flush();
  }

  private void sheet(PracticeSheet sheet) {
    out.println(words.text("sheet.title", sheet.id(), sheet.title(language)));
    organisation(sheet.organisation());
    initiative(sheet.initiative());
    implementation(sheet.implementation());
    impact(sheet.impact());
    transferability(sheet.transferability());
  }

  private void organisation(Organisation organisation) {
    heading("1. Organisation, country");
    field("Organisation", organisation.name());
    field("City, country", organisation.city() + ", " + organisation.country());
    organisation.contact().ifPresent(c -> field("Contact", c));
    organisation.website().ifPresent(w -> field("Website", w.toString()));
  }

  private void initiative(Initiative initiative) {
    heading("2. Description of the initiative");
    field("Title", words.text("sheet.original_language", text(initiative.title()), initiative.originalLanguage()));
    field("Domains", initiative.domains().stream().map(this::words).collect(Collectors.joining(", "))
        + initiative.otherDomain().map(o -> words.text("sheet.other", text(o))).orElse(""));
    list("Partners", initiative.partners());
    field("Coverage", words(initiative.coverage()));
    field("Period", words.text("sheet.period", words.date(initiative.period().start()), words.date(initiative.period().end())));
    if (!initiative.territoryTypes().isEmpty()) {
      field("Territories", initiative.territoryTypes().stream().map(this::words).collect(Collectors.joining(", ")));
    }
    field("Summary", text(initiative.summary()));
  }

  private void implementation(Implementation implementation) {
    heading("3. Implementation of the initiative");
    field("Target groups", implementation.targetGroups().stream().map(this::words).collect(Collectors.joining(", ")));
    implementation.otherPeopleFarFromEmployment().ifPresent(o -> field("Other people", text(o)));
    implementation.otherProfessionals().ifPresent(o -> field("Other professionals", text(o)));
    list("Objectives", implementation.objectives());
    list("Key activities", implementation.keyActivities());
    for (SignatureTool tool : implementation.signatureTools()) {
      field("Signature tool", text(tool.name()));
      list("  goals", tool.goals());
      tool.pilot().ifPresent(p -> field("  pilot", text(p)));
      list("  actors", tool.actors());
      list("  organisation", tool.organisationSteps());
      for (ToolRole role : tool.roles()) {
        field("  role of", text(role.holder()) + role.context().map(c -> " (" + text(c) + ")").orElse(""));
        list("", role.duties());
      }
      list("  added value", tool.addedValue());
    }
    list("Professionals involved", implementation.professionalsInvolved());
    if (!implementation.coordination().isEmpty()) {
      field("Coordination", implementation.coordination().stream()
          .map(this::coordinationText).collect(Collectors.joining(", ")));
    }
    implementation.resources().ifPresent(r -> field("Resources",
        r.fullTimeEquivalent().map(f -> f.stripTrailingZeros().toPlainString() + " FTE").orElse("")
            + (r.fullTimeEquivalent().isPresent() && r.budget().isPresent() ? ", " : "")
            + r.budget().map(b -> b.currency().getCurrencyCode() + " " + String.format(Locale.ENGLISH, "%,.2f", b.amount())).orElse("")));
  }

  private void impact(Impact impact) {
    heading("4. Results and impact of the initiative");
    for (ExpectedImpact expected : impact.expectedImpacts()) {
      field("Expected impact", text(expected.impact()));
      list("", expected.details());
    }
    for (ResultStatement result : impact.results()) {
      field(result.origin() == ResultOrigin.COMPUTED ? "Result (computed)" : "Result (declared)", text(result.text()));
    }
    impact.evaluation().ifPresent(this::evaluation);
    for (Testimonial testimonial : impact.testimonials()) {
      field("Testimonials", words(testimonial.source()) + testimonial.author().map(a -> ": " + text(a)).orElse(""));
      testimonial.about().ifPresent(a -> field("  about", text(a)));
      testimonial.text().ifPresent(t -> field("  says", text(t)));
      list("  strengths", testimonial.strengths());
      list("  weaknesses", testimonial.weaknesses());
      testimonial.mediaLinks().forEach(m -> field("  " + words(m.kind()), m.url().toString()));
    }
  }

  private void evaluation(Evaluation evaluation) {
    field("Evaluation", text(evaluation.summary()));
    list("", evaluation.findings());
  }

  private void transferability(Transferability transferability) {
    heading("5. Transferability / reproduction of the initiative");
    field("Applied elsewhere", words(transferability.appliedElsewhere()));
    for (PlaceApplied place : transferability.whereApplied()) {
      field("Where", place.place() + " (" + place.country()
          + place.since().map(s -> words.text("sheet.since", s)).orElse("")
          + (place.territoryTypes().isEmpty() ? "" : ", " + place.territoryTypes().stream().map(this::words).collect(Collectors.joining(", ")))
          + ")" + place.differences().map(d -> ": " + text(d)).orElse(""));
    }
    list("Enabling criteria", transferability.enablingCriteria());
    transferability.applicability().ifPresent(a -> field("Elsewhere?", text(a)));
    list("Transferable actions", transferability.transferableActions());
    list("Essential elements", transferability.essentialElements());
  }

  private String coordinationText(CoordinationRole role) {
    return role.headcount() + " " + text(role.role());
  }

  private String text(LocalizedText text) {
    return text.in(language);
  }

  private void heading(String title) {
    out.println();
    out.println(label(title));
  }

  /**
   * A heading or label in the words' language: the key is the English label's words ("Key activities",
   * "sheet.label.key_activities"), its indent kept.
   */
  private String label(String english) {
    String words = english.strip();
    if (words.isEmpty()) {
      return english;
    }
    String indent = english.substring(0, english.indexOf(words));
    String key = "sheet.label." + (indent.isEmpty() ? "" : "sub.")
        + words.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("^_|_$", "");
    return indent + this.words.find(key).orElse(words);
  }

  private void field(String english, String value) {
    String label = label(english);
    List<String> lines = TextTable.wrap(value, WIDTH - LABEL - 2);
    for (int i = 0; i < lines.size(); i++) {
      String first = i == 0 ? label : "";
      out.println(("  " + String.format("%-" + LABEL + "s", first) + lines.get(i)).stripTrailing());
    }
  }

  private void list(String english, List<LocalizedText> items) {
    String label = label(english);
    boolean first = true;
    for (LocalizedText item : items) {
      List<String> lines = TextTable.wrap(text(item), WIDTH - LABEL - 4);
      for (int i = 0; i < lines.size(); i++) {
        String lead = first && i == 0 ? label : "";
        out.println(("  " + String.format("%-" + LABEL + "s", lead) + (i == 0 ? "- " : "  ") + lines.get(i)).stripTrailing());
      }
      first = false;
    }
  }

  /** A value of the sheet's vocabulary in the words' language ({@code sheet.value.<NAME>}), else in English. */
  private String words(Enum<?> value) {
    String english = value.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    return this.words.find("sheet.value." + value.name()).orElse(english.equals("neets") ? "NEETs" : english);
  }
}
