package eu.projectresolution.mobilisation.examples.pages;

import static eu.projectresolution.mobilisation.examples.pages.Html.esc;

import eu.projectresolution.mobilisation.programme.CountryCode;
import eu.projectresolution.mobilisation.programme.Language;
import eu.projectresolution.mobilisation.programme.Money;
import eu.projectresolution.mobilisation.programme.PartnerKind;
import eu.projectresolution.mobilisation.programme.SchemeKind;
import eu.projectresolution.mobilisation.programme.StaffRole;
import eu.projectresolution.mobilisation.programme.Staffing;
import eu.projectresolution.mobilisation.programme.TerritoryType;
import eu.projectresolution.mobilisation.transfer.Adaptation;
import eu.projectresolution.mobilisation.transfer.ElementVerdict;
import eu.projectresolution.mobilisation.transfer.SipaTransfer;
import eu.projectresolution.mobilisation.transfer.TransferContext;
import eu.projectresolution.mobilisation.transfer.TransferWords;
import eu.projectresolution.mobilisation.transfer.TransferabilityAssessment;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Whether SIPA would work in a territory the author describes in a form (starting from one of the
 * contexts shipped with the engine), element by element: each element's verdict, the adaptations it
 * needs and why.
 */
final class TransferPage {
  /** The shipped contexts a form can start from, by the name the form gives them. */
  private static final Map<String, Supplier<TransferContext>> STARTS = new LinkedHashMap<>();

  static {
    STARTS.put("rural", SipaTransfer::nordFrancheComteRural);
    STARTS.put("qpv", SipaTransfer::nordFrancheComteQpv);
    STARTS.put("home", SipaTransfer::homeContext);
  }

  void register(WebPages.Registrar pages) {
    pages.add(HandlerType.GET, "/transfer", this::form);
    pages.add(HandlerType.POST, "/transfer", this::assess);
  }

  private void form(Context ctx, PageContext page) {
    String start = STARTS.containsKey(ctx.queryParam("start")) ? ctx.queryParam("start") : "rural";
    WebPages.html(ctx, 200, page.page(page.text("transfer.title"),
        startChoice(page, start) + formHtml(page, fieldsOf(STARTS.get(start).get())), 0, ""));
  }

  private void assess(Context ctx, PageContext page) {
    Map<String, List<String>> fields = ctx.formParamMap();
    List<String> errors = new ArrayList<>();
    Optional<TransferContext> context = contextOf(fields, page, errors);
    StringBuilder html = new StringBuilder();
    int status = 200;
    if (context.isEmpty()) {
      status = 400;
      html.append("<div class=\"error\" id=\"form-errors\"><ul>\n");
      errors.forEach(e -> html.append("<li>").append(esc(e)).append("</li>\n"));
      html.append("</ul></div>\n");
    } else {
      html.append(assessment(SipaTransfer.rules().assess(SipaTransfer.practice(), context.get()), context.get(), page));
    }
    html.append("<h2>").append(esc(page.text("transfer.again"))).append("</h2>\n").append(formHtml(page, fields));
    WebPages.html(ctx, status, page.page(page.text("transfer.title"), html.toString(), 0, ""));
  }

  private static String assessment(TransferabilityAssessment assessment, TransferContext context, PageContext page) {
    // The elements' names, adaptations and reasons in the reader's language, as `transfer assess` prints them.
    TransferWords words = TransferWords.of(page.language());
    NumberFormat score = NumberFormat.getPercentInstance(page.language());
    StringBuilder html = new StringBuilder("<section id=\"assessment\">\n<h2>")
        .append(esc(page.text("transfer.result", words.practiceName(assessment), assessment.context()))).append("</h2>\n")
        .append("<p id=\"verdict\" class=\"verdict-").append(assessment.verdict()).append("\" data-verdict=\"")
        .append(assessment.verdict()).append("\">").append(esc(page.words().name("Verdict", assessment.verdict())))
        .append("</p>\n<p id=\"score\">").append(esc(page.text("transfer.score", score.format(assessment.score()),
            assessment.scorePoints(), assessment.maximumPoints()))).append("</p>\n");
    html.append("<table class=\"list\" id=\"elements\">\n<thead><tr><th>").append(esc(page.text("transfer.element")))
        .append("</th><th>").append(esc(page.text("transfer.verdict"))).append("</th><th>").append(esc(page.text("transfer.adaptations")))
        .append("</th><th>").append(esc(page.text("transfer.reason"))).append("</th></tr></thead>\n<tbody>\n");
    for (ElementVerdict element : assessment.elements()) {
      html.append("<tr class=\"element\" data-element=\"").append(esc(element.element())).append("\"><td>")
          .append(esc(words.elementName(assessment.practice(), element))).append("<br><small>")
          .append(esc(page.text(element.essential() ? "transfer.essential" : "transfer.optional"))).append("</small></td>")
          .append("<td class=\"verdict verdict-").append(element.verdict()).append("\">")
          .append(esc(page.words().name("Verdict", element.verdict()))).append("</td><td class=\"adaptations\">");
      if (element.adaptations().isEmpty()) {
        html.append("–");
      } else {
        html.append("<ul>");
        for (Adaptation adaptation : element.adaptations()) {
          html.append("<li>").append(esc(words.adaptation(assessment.practice(), adaptation))).append("</li>");
        }
        html.append("</ul>");
      }
      html.append("</td><td class=\"reason\">").append(esc(words.reason(assessment.practice(), element, context))).append("</td></tr>\n");
    }
    return html.append("</tbody>\n</table>\n</section>\n").toString();
  }

  private static String startChoice(PageContext page, String chosen) {
    StringBuilder html = new StringBuilder("<p>").append(esc(page.text("transfer.intro"))).append("</p>\n")
        .append("<form method=\"get\" action=\"/transfer\" id=\"start-from\">")
        .append(Html.field("start", page.text("transfer.start"), "<select id=\"start\" name=\"start\">"
            + Html.options(List.copyOf(STARTS.keySet()), s -> s, s -> STARTS.get(s).get().name(), chosen, null) + "</select>"))
        .append("<button type=\"submit\" id=\"load-start\">").append(esc(page.text("transfer.load"))).append("</button></form>\n");
    return html.toString();
  }

  /** The form's fields as a shipped context fills them. */
  private static Map<String, List<String>> fieldsOf(TransferContext context) {
    Map<String, List<String>> fields = new LinkedHashMap<>();
    fields.put("name", List.of(context.name()));
    fields.put("country", List.of(context.country().value()));
    fields.put("territoryType", List.of(context.territoryType().name()));
    fields.put("population", List.of(String.valueOf(context.population())));
    fields.put("area", List.of(context.areaSquareKilometres().toPlainString()));
    fields.put("travelPes", List.of(String.valueOf(context.travelMinutesToPublicEmploymentOffice())));
    fields.put("travelSite", List.of(String.valueOf(context.travelMinutesToSite())));
    fields.put("partner", context.partners().stream().map(Enum::name).toList());
    for (StaffRole role : StaffRole.values()) {
      BigDecimal fte = context.fullTimeEquivalent(role);
      fields.put("fte." + role.name(), List.of(fte.signum() == 0 ? "" : fte.stripTrailingZeros().toPlainString()));
    }
    fields.put("budget", List.of(context.budget().amount().toPlainString()));
    fields.put("currency", List.of(context.budget().currency().getCurrencyCode()));
    fields.put("peopleToReach", List.of(String.valueOf(context.peopleToReach())));
    fields.put("peopleToAccompany", List.of(context.peopleToAccompany().isPresent()
        ? String.valueOf(context.peopleToAccompany().getAsLong()) : ""));
    fields.put("languages", List.of(String.join(", ", context.languages().stream().map(Language::code).toList())));
    fields.put("scheme", context.mainstreamSchemes().stream().map(Enum::name).toList());
    return fields;
  }

  private static String formHtml(PageContext page, Map<String, List<String>> fields) {
    StringBuilder html = new StringBuilder("<form method=\"post\" action=\"/transfer\" id=\"context-form\">\n<div class=\"grid\">\n")
        .append(Html.field("name", page.text("transfer.name"), Html.input("text", "name", one(fields, "name"), "maxlength=\"200\" required")))
        .append(Html.field("country", page.text("transfer.country"), Html.input("text", "country", one(fields, "country"),
            "maxlength=\"2\" size=\"3\" required")))
        .append(Html.field("territoryType", page.text("transfer.territoryType"), "<select id=\"territoryType\" name=\"territoryType\">"
            + Html.options(Arrays.asList(TerritoryType.values()), Enum::name, t -> page.words().name("TerritoryType", t),
                one(fields, "territoryType"), null) + "</select>"))
        .append(number("population", page, fields, "1"))
        .append(number("area", page, fields, "any"))
        .append(number("travelPes", page, fields, "1"))
        .append(number("travelSite", page, fields, "1"))
        .append(number("budget", page, fields, "any"))
        .append(Html.field("currency", page.text("transfer.currency"), Html.input("text", "currency", one(fields, "currency"),
            "maxlength=\"3\" size=\"4\"")))
        .append(number("peopleToReach", page, fields, "1"))
        // Optional: the staff of the accompaniment is scaled to it; without it that requirement is unmet.
        .append(Html.field("peopleToAccompany", page.text("transfer.peopleToAccompany"),
            Html.input("number", "peopleToAccompany", one(fields, "peopleToAccompany"), "min=\"1\" step=\"1\"")))
        .append(Html.field("languages", page.text("transfer.languages"), Html.input("text", "languages", one(fields, "languages"), "")))
        .append("</div>\n");
    html.append("<fieldset><legend>").append(esc(page.text("transfer.staff"))).append("</legend><div class=\"grid\">\n");
    for (StaffRole role : StaffRole.values()) {
      String id = "fte." + role.name();
      html.append(Html.field(id, page.words().name("StaffRole", role), Html.input("number", id, one(fields, id), "min=\"0\" step=\"0.1\"")));
    }
    html.append("</div></fieldset>\n")
        .append(checkboxes("partner", "PartnerKind", PartnerKind.values(), page, fields))
        .append(checkboxes("scheme", "SchemeKind", SchemeKind.values(), page, fields))
        .append("<button type=\"submit\" id=\"assess\">").append(esc(page.text("transfer.assess"))).append("</button>\n</form>\n");
    return html.toString();
  }

  private static String number(String name, PageContext page, Map<String, List<String>> fields, String step) {
    return Html.field(name, page.text("transfer." + name), Html.input("number", name, one(fields, name),
        "min=\"0\" step=\"" + step + "\" required"));
  }

  private static String checkboxes(String name, String prefix, Enum<?>[] values, PageContext page, Map<String, List<String>> fields) {
    List<String> checked = fields.getOrDefault(name, List.of());
    StringBuilder html = new StringBuilder("<fieldset><legend>").append(esc(page.text("transfer." + name))).append("</legend><div class=\"grid\">\n");
    for (Enum<?> value : values) {
      String id = name + "-" + value.name();
      html.append("<div><input type=\"checkbox\" id=\"").append(id).append("\" name=\"").append(name).append("\" value=\"")
          .append(value.name()).append('"').append(checked.contains(value.name()) ? " checked" : "").append("> <label for=\"")
          .append(id).append("\">").append(esc(page.words().name(prefix, value))).append("</label></div>\n");
    }
    return html.append("</div></fieldset>\n").toString();
  }

  private static String one(Map<String, List<String>> fields, String name) {
    List<String> values = fields.getOrDefault(name, List.of());
    return values.isEmpty() ? "" : values.get(0);
  }

  /** The context the form describes, or empty with every field at fault named in {@code errors}. */
  private static Optional<TransferContext> contextOf(Map<String, List<String>> fields, PageContext page, List<String> errors) {
    Parser in = new Parser(fields, page, errors);
    TransferContext.Builder context = TransferContext.builder()
        .name(in.text("name"))
        .population(in.whole("population"))
        .areaSquareKilometres(in.decimal("area"))
        .travelMinutesToPublicEmploymentOffice((int) in.whole("travelPes"))
        .travelMinutesToSite((int) in.whole("travelSite"))
        .peopleToReach(in.whole("peopleToReach"));
    if (!one(fields, "peopleToAccompany").isBlank()) {
      context.peopleToAccompany(in.whole("peopleToAccompany"));
    }
    in.parse("country", () -> context.country(CountryCode.of(one(fields, "country").strip().toUpperCase(java.util.Locale.ROOT))));
    in.parse("territoryType", () -> context.territoryType(TerritoryType.valueOf(one(fields, "territoryType"))));
    in.parse("budget", () -> context.budget(Money.of(in.decimal("budget"), java.util.Currency.getInstance(
        one(fields, "currency").strip().toUpperCase(java.util.Locale.ROOT)))));
    in.parse("languages", () -> Arrays.stream(one(fields, "languages").split("[,; ]+")).filter(s -> !s.isBlank())
        .forEach(code -> context.addLanguages(Language.of(code.strip()))));
    for (String partner : fields.getOrDefault("partner", List.of())) {
      in.parse("partner", () -> context.addPartners(PartnerKind.valueOf(partner)));
    }
    for (String scheme : fields.getOrDefault("scheme", List.of())) {
      in.parse("scheme", () -> context.addMainstreamSchemes(SchemeKind.valueOf(scheme)));
    }
    for (StaffRole role : StaffRole.values()) {
      String value = one(fields, "fte." + role.name()).strip();
      if (!value.isEmpty()) {
        BigDecimal fte = in.decimal("fte." + role.name());
        if (fte.signum() > 0) {
          // One person per started full-time equivalent: the rules read the FTE, the headcount only describes.
          int headcount = Math.max(1, fte.setScale(0, RoundingMode.CEILING).intValueExact());
          context.addStaff(Staffing.of(role, headcount, fte));
        }
      }
    }
    if (!errors.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(context.build());
    } catch (IllegalArgumentException | IllegalStateException e) {
      errors.add(e.getMessage());
      return Optional.empty();
    }
  }

  /** Reads the form's fields, naming each one at fault in the reader's language. */
  private record Parser(Map<String, List<String>> fields, PageContext page, List<String> errors) {
    String text(String name) {
      String value = one(fields, name).strip();
      if (value.isEmpty()) {
        errors.add(page.text("transfer.required", label(name)));
        return "?";
      }
      return value;
    }

    long whole(String name) {
      try {
        return Long.parseLong(one(fields, name).strip());
      } catch (NumberFormatException e) {
        errors.add(page.text("transfer.bad_whole", label(name)));
        return 0;
      }
    }

    BigDecimal decimal(String name) {
      try {
        return new BigDecimal(one(fields, name).strip().replace(',', '.'));
      } catch (NumberFormatException e) {
        errors.add(page.text("transfer.bad_decimal", label(name)));
        return BigDecimal.ONE;
      }
    }

    void parse(String name, Runnable reading) {
      try {
        reading.run();
      } catch (IllegalArgumentException | NullPointerException e) {
        errors.add(page.text("transfer.bad_value", label(name)));
      }
    }

    private String label(String name) {
      return name.startsWith("fte.")
          ? page.words().name("StaffRole", StaffRole.valueOf(name.substring(4)))
          : page.text("transfer." + name);
    }
  }
}
