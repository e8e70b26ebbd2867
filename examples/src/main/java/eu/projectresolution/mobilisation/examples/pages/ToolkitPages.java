package eu.projectresolution.mobilisation.examples.pages;

import static eu.projectresolution.mobilisation.examples.pages.Html.esc;

import eu.projectresolution.mobilisation.TenantId;
import eu.projectresolution.mobilisation.VersionConflict;
import eu.projectresolution.mobilisation.port.MobilisationStorage;
import eu.projectresolution.mobilisation.port.PracticeSheets;
import eu.projectresolution.mobilisation.practice.Criterion;
import eu.projectresolution.mobilisation.practice.Domain;
import eu.projectresolution.mobilisation.practice.PracticeSheet;
import eu.projectresolution.mobilisation.practice.PracticeSheetId;
import eu.projectresolution.mobilisation.practice.PracticeSheetQuery;
import eu.projectresolution.mobilisation.practice.RankedPractice;
import eu.projectresolution.mobilisation.practice.Ranking;
import eu.projectresolution.mobilisation.practice.Review;
import eu.projectresolution.mobilisation.practice.SipaPracticeSheet;
import eu.projectresolution.mobilisation.practice.TargetGroup;
import eu.projectresolution.mobilisation.practice.Toolkit;
import eu.projectresolution.mobilisation.programme.CountryCode;
import eu.projectresolution.mobilisation.programme.Language;
import eu.projectresolution.mobilisation.programme.TerritoryType;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The toolkit of practice sheets: its search and its ranking, each sheet's page with the reviews that
 * rank it, and the check of an uploaded sheet, which, when valid, may join the toolkit. The sheets are
 * kept in the server's store for the toolkit's own tenant, SIPA's sheet from the start, and so are the
 * reviews that rank them.
 */
final class ToolkitPages {
  /** The toolkit's owner in the store: the author's collection, apart from any partner's records. */
  static final TenantId TOOLKIT = TenantId.of("toolkit");

  private final PracticeSheets sheets;

  ToolkitPages(MobilisationStorage store) {
    this.sheets = store.practiceSheets();
    if (sheets.latest(TOOLKIT, SipaPracticeSheet.ID).isEmpty()) {
      try {
        sheets.add(TOOLKIT, SipaPracticeSheet.load());
      } catch (VersionConflict alreadyThere) {
        // Another server on the same store added it meanwhile: nothing to do.
      }
    }
  }

  void register(WebPages.Registrar pages) {
    pages.add(HandlerType.GET, "/toolkit", this::toolkit);
    pages.add(HandlerType.GET, "/toolkit/sheets/{sheetId}", this::sheet);
    pages.add(HandlerType.POST, "/toolkit/sheets/{sheetId}/reviews", this::review);
    new SheetValidation(sheets).register(pages);
  }

  private Toolkit toolkit() {
    return Toolkit.ofVersions(sheets.list(TOOLKIT));
  }

  private List<Review> allReviews() {
    return sheets.reviews(TOOLKIT);
  }

  private void toolkit(Context ctx, PageContext page) {
    Language language = Language.of(page.language());
    PracticeSheetQuery.Builder query = PracticeSheetQuery.builder();
    List<String> errors = new ArrayList<>();
    String text = ReportPage.blankless(ctx.queryParam("q"));
    if (text != null) {
      query.text(text);
    }
    choice(ctx, "domain", Domain.class, page, errors).ifPresent(query::domain);
    choice(ctx, "group", TargetGroup.class, page, errors).ifPresent(query::targetGroup);
    choice(ctx, "territory", TerritoryType.class, page, errors).ifPresent(query::territoryType);
    String country = ReportPage.blankless(ctx.queryParam("country"));
    if (country != null) {
      try {
        query.country(CountryCode.of(country.toUpperCase(java.util.Locale.ROOT)));
      } catch (IllegalArgumentException e) {
        errors.add(page.text("toolkit.bad_country", country));
      }
    }
    Words w = new Words(page);
    StringBuilder html = new StringBuilder("<p>").append(esc(page.text("toolkit.intro"))).append("</p>\n")
        .append("<form method=\"get\" action=\"/toolkit\" class=\"grid\" id=\"search\">\n")
        .append(Html.field("q", page.text("toolkit.text"), Html.input("search", "q", ctx.queryParam("q"), "maxlength=\"200\"")))
        .append(select("domain", page, Domain.values(), ctx))
        .append(select("group", page, TargetGroup.values(), ctx))
        .append(select("territory", page, TerritoryType.values(), ctx))
        .append(Html.field("country", page.text("toolkit.country"), Html.input("text", "country", ctx.queryParam("country"),
            "maxlength=\"2\" size=\"3\" placeholder=\"FR\"")))
        .append("<div class=\"field\"><button type=\"submit\" id=\"search-button\">").append(esc(page.text("toolkit.search")))
        .append("</button></div>\n</form>\n");
    Toolkit toolkit = toolkit();
    Ranking ranking = toolkit.rank(allReviews());
    int status = 200;
    if (!errors.isEmpty()) {
      status = 400;
      errors.forEach(e -> html.append("<p class=\"error\">").append(esc(e)).append("</p>\n"));
    } else {
      PracticeSheetQuery built;
      try {
        built = query.build();
      } catch (IllegalArgumentException e) {
        built = null;
        status = 400;
        html.append("<p class=\"error\">").append(esc(e.getMessage())).append("</p>\n");
      }
      if (built != null) {
        List<PracticeSheet> found = toolkit.find(built);
        html.append("<h2>").append(esc(page.text("toolkit.found", found.size(), toolkit.sheets().size()))).append("</h2>\n");
        html.append("<table class=\"list\" id=\"results\">\n<thead><tr><th>").append(esc(page.text("toolkit.sheet")))
            .append("</th><th>").append(esc(page.text("toolkit.organisation"))).append("</th><th>")
            .append(esc(page.text("toolkit.rank"))).append("</th></tr></thead>\n<tbody>\n");
        for (PracticeSheet sheet : found) {
          html.append("<tr class=\"result\"><td><a href=\"/toolkit/sheets/").append(esc(sheet.id().value())).append("\">")
              .append(esc(sheet.title(language))).append("</a></td><td>").append(esc(sheet.organisation().name()))
              .append(" (").append(esc(sheet.organisation().city())).append(", ").append(esc(sheet.organisation().country()))
              .append(")</td><td>").append(ranking.ranked(sheet.id()).map(r -> String.valueOf(r.rank())).orElse("–"))
              .append("</td></tr>\n");
        }
        html.append("</tbody>\n</table>\n");
      }
    }
    html.append(rankingHtml(ranking, page, w, language));
    WebPages.html(ctx, status, page.page(page.text("toolkit.title"), html.toString(), 0, ""));
  }

  private static String rankingHtml(Ranking ranking, PageContext page, Words w, Language language) {
    NumberFormat score = NumberFormat.getNumberInstance(page.language());
    score.setMinimumFractionDigits(2);
    score.setMaximumFractionDigits(2);
    StringBuilder html = new StringBuilder("<h2 id=\"ranking-title\">").append(esc(page.text("toolkit.ranking"))).append("</h2>\n")
        .append("<p class=\"note\">").append(esc(page.text("toolkit.ranking_rule"))).append("</p>\n");
    if (!ranking.ranked().isEmpty()) {
      html.append("<table class=\"list\" id=\"ranking\">\n<thead><tr><th>").append(esc(page.text("toolkit.rank"))).append("</th><th>")
          .append(esc(page.text("toolkit.sheet"))).append("</th><th>").append(esc(page.text("toolkit.overall"))).append("</th><th>")
          .append(esc(page.text("toolkit.innovation"))).append("</th><th>").append(esc(page.text("toolkit.transferability")))
          .append("</th><th>").append(esc(page.text("toolkit.reviews"))).append("</th></tr></thead>\n<tbody>\n");
      for (RankedPractice ranked : ranking.ranked()) {
        html.append("<tr><td>").append(ranked.rank()).append("</td><td><a href=\"/toolkit/sheets/").append(esc(ranked.sheet().value()))
            .append("\">").append(esc(ranked.title().in(language))).append("</a></td><td>").append(score.format(ranked.overall()))
            .append("</td><td>").append(score.format(ranked.innovation())).append("</td><td>")
            .append(score.format(ranked.transferability())).append("</td><td>").append(ranked.reviews()).append("</td></tr>\n");
      }
      html.append("</tbody>\n</table>\n");
    }
    if (!ranking.unranked().isEmpty()) {
      html.append("<ul id=\"unranked\">\n");
      ranking.unranked().forEach(u -> html.append("<li>").append(esc(u.title().in(language))).append(": ")
          .append(esc(u.reviews() == 0 ? page.text("toolkit.no_review")
              : page.text("toolkit.missing", String.join(", ", u.missingCriteria().stream().map(w::criterion).toList()))))
          .append("</li>\n"));
      html.append("</ul>\n");
    }
    return html.toString();
  }

  private void sheet(Context ctx, PageContext page) {
    Optional<PracticeSheet> found = sheetOf(ctx);
    if (found.isEmpty()) {
      WebPages.html(ctx, 404, page.page(page.text("sheet.missing_title"), "<p class=\"error\">" + esc(page.text("sheet.missing"))
          + " <a href=\"/toolkit\">" + esc(page.text("menu.toolkit")) + "</a></p>\n", 0, ""));
      return;
    }
    showSheet(ctx, page, found.get(), null, 200);
  }

  private void showSheet(Context ctx, PageContext page, PracticeSheet sheet, String error, int status) {
    Language language = Language.of(page.language());
    Words w = new Words(page);
    Ranking ranking = toolkit().rank(allReviews());
    String html = SheetPage.html(sheet, language, page, w)
        + ranking.ranked(sheet.id()).map(r -> "<p id=\"sheet-rank\">" + esc(page.text("sheet.rank", r.rank(), ranking.ranked().size()))
            + "</p>\n").orElse("<p id=\"sheet-rank\">" + esc(page.text("toolkit.no_rank")) + "</p>\n")
        + reviewForm(sheet, page, w, error);
    WebPages.html(ctx, status, page.page(sheet.title(language), html, 0, ""));
  }

  private String reviewForm(PracticeSheet sheet, PageContext page, Words w, String error) {
    StringBuilder html = new StringBuilder("<h2>").append(esc(page.text("review.title"))).append("</h2>\n");
    List<Review> given = sheets.reviews(TOOLKIT).stream().filter(r -> r.sheet().equals(sheet.id())).toList();
    html.append("<p>").append(esc(page.text("review.count", given.size()))).append("</p>\n");
    if (error != null) {
      html.append("<p class=\"error\" id=\"review-error\">").append(esc(error)).append("</p>\n");
    }
    html.append("<form method=\"post\" action=\"/toolkit/sheets/").append(esc(sheet.id().value())).append("/reviews\">\n")
        .append(Html.field("reviewer", page.text("review.reviewer"), Html.input("text", "reviewer", "", "maxlength=\"200\" required")))
        .append("<div class=\"grid\">\n");
    List<String> scores = new ArrayList<>();
    for (int i = 0; i <= Review.MAX_SCORE; i++) {
      scores.add(String.valueOf(i));
    }
    for (Criterion criterion : Criterion.values()) {
      String id = "score-" + criterion.name();
      html.append(Html.field(id, w.criterion(criterion), "<select id=\"" + id + "\" name=\"" + id + "\">"
          + Html.options(scores, s -> s, s -> s, "", page.text("review.unscored")) + "</select>"));
    }
    html.append("</div>\n<button type=\"submit\" id=\"send-review\">").append(esc(page.text("review.send"))).append("</button>\n</form>\n");
    return html.toString();
  }

  private void review(Context ctx, PageContext page) {
    Optional<PracticeSheet> found = sheetOf(ctx);
    if (found.isEmpty()) {
      WebPages.html(ctx, 404, page.page(page.text("sheet.missing_title"), "<p class=\"error\">" + esc(page.text("sheet.missing"))
          + "</p>\n", 0, ""));
      return;
    }
    PracticeSheet sheet = found.get();
    Review.Builder review = Review.builder().sheet(sheet.id()).reviewer(String.valueOf(ctx.formParam("reviewer")).strip());
    for (Criterion criterion : Criterion.values()) {
      String score = ReportPage.blankless(ctx.formParam("score-" + criterion.name()));
      if (score != null) {
        try {
          review.putScores(criterion, Integer.parseInt(score));
        } catch (NumberFormatException e) {
          showSheet(ctx, page, sheet, page.text("review.bad_score"), 400);
          return;
        }
      }
    }
    Review built;
    try {
      built = review.build();
    } catch (IllegalArgumentException | IllegalStateException e) {
      showSheet(ctx, page, sheet, page.text("review.incomplete"), 400);
      return;
    }
    // A reviewer's new scores replace their earlier ones.
    sheets.putReview(TOOLKIT, built);
    WebPages.seeOther(ctx, "/toolkit/sheets/" + sheet.id().value());
  }

  private Optional<PracticeSheet> sheetOf(Context ctx) {
    PracticeSheetId id;
    try {
      id = PracticeSheetId.of(ctx.pathParam("sheetId"));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
    return sheets.latest(TOOLKIT, id).map(v -> v.sheet());
  }

  private static <E extends Enum<E>> Optional<E> choice(Context ctx, String name, Class<E> type, PageContext page,
      List<String> errors) {
    String value = ReportPage.blankless(ctx.queryParam(name));
    if (value == null) {
      return Optional.empty();
    }
    Optional<E> found = ReportPage.enumValue(type, value);
    if (found.isEmpty()) {
      errors.add(page.text("report.unknown", page.text("toolkit." + name)));
    }
    return found;
  }

  private static String select(String name, PageContext page, Enum<?>[] values, Context ctx) {
    String prefix = values[0].getDeclaringClass().getSimpleName();
    return Html.field(name, page.text("toolkit." + name), "<select id=\"" + name + "\" name=\"" + name + "\">"
        + Html.options(Arrays.asList(values), Enum::name, v -> page.words().name(prefix, v), ctx.queryParam(name),
            page.text("report.all")) + "</select>");
  }

  /** The names of the practice's vocabularies in the reader's language. */
  record Words(PageContext page) {
    String criterion(Criterion criterion) {
      return page.words().name("Criterion", criterion);
    }

    String name(Enum<?> value) {
      return page.words().name(value.getDeclaringClass().getSimpleName(), value);
    }
  }
}
