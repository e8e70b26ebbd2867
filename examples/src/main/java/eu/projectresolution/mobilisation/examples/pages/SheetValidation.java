package eu.projectresolution.mobilisation.examples.pages;

import static eu.projectresolution.mobilisation.examples.pages.Html.esc;

import eu.projectresolution.mobilisation.document.DocumentProblem;
import eu.projectresolution.mobilisation.port.PracticeSheets;
import eu.projectresolution.mobilisation.practice.PracticeSheet;
import eu.projectresolution.mobilisation.practice.PracticeSheetJson;
import eu.projectresolution.mobilisation.practice.SheetCheck;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The check of a practice sheet the author uploads: every problem with its JSON path, its code and what
 * to do, as {@code sheet validate} lists them; a valid sheet may join the toolkit (as a new version when
 * the toolkit has one with its id).
 */
final class SheetValidation {
  private final PracticeSheets sheets;

  SheetValidation(PracticeSheets sheets) {
    this.sheets = sheets;
  }

  void register(WebPages.Registrar pages) {
    pages.add(HandlerType.GET, "/sheets/validate", (ctx, page) -> WebPages.html(ctx, 200,
        page.page(page.text("validate.title"), form(page), 0, "")));
    pages.add(HandlerType.POST, "/sheets/validate", this::validate);
  }

  private static String form(PageContext page) {
    return "<p>" + esc(page.text("validate.intro")) + "</p>\n"
        + "<form method=\"post\" action=\"/sheets/validate\" enctype=\"multipart/form-data\">\n"
        + Html.field("sheet-file", page.text("validate.file"),
            "<input type=\"file\" id=\"sheet-file\" name=\"sheet\" accept=\".json,application/json\" required>")
        + "<div class=\"field\"><input type=\"checkbox\" id=\"add-to-toolkit\" name=\"add\" value=\"yes\"> <label for=\"add-to-toolkit\""
        + " style=\"display:inline\">" + esc(page.text("validate.add")) + "</label></div>\n"
        + "<button type=\"submit\" id=\"validate\">" + esc(page.text("validate.button")) + "</button>\n</form>\n";
  }

  private void validate(Context ctx, PageContext page) {
    UploadedFile file = ctx.uploadedFile("sheet");
    StringBuilder html = new StringBuilder();
    int status = 200;
    if (file == null || file.size() == 0) {
      status = 400;
      html.append("<p class=\"error\" id=\"no-file\">").append(esc(page.text("validate.no_file"))).append("</p>\n");
    } else {
      SheetCheck check = PracticeSheetJson.create().check(read(file));
      html.append("<p>").append(esc(page.text("validate.checked", file.filename()))).append("</p>\n");
      if (check.isValid()) {
        PracticeSheet sheet = check.sheetOrThrow();
        html.append("<p class=\"ok\" id=\"sheet-valid\">").append(esc(page.text("validate.valid", sheet.id().value()))).append("</p>\n");
        if ("yes".equals(ctx.formParam("add"))) {
          long version = sheets.latest(ToolkitPages.TOOLKIT, sheet.id())
              .map(latest -> sheets.replace(ToolkitPages.TOOLKIT, sheet, latest.version()).version())
              .orElseGet(() -> sheets.add(ToolkitPages.TOOLKIT, sheet).version());
          html.append("<p id=\"sheet-added\"><a href=\"/toolkit/sheets/").append(esc(sheet.id().value())).append("\">")
              .append(esc(page.text("validate.added", version))).append("</a></p>\n");
        }
      } else {
        status = 422;
        html.append("<p class=\"error\" id=\"problem-count\">").append(esc(page.text("validate.problems", check.problems().size())))
            .append("</p>\n<table class=\"list\" id=\"problems\">\n<thead><tr><th>").append(esc(page.text("validate.path")))
            .append("</th><th>").append(esc(page.text("validate.problem"))).append("</th><th>").append(esc(page.text("validate.code")))
            .append("</th></tr></thead>\n<tbody>\n");
        for (DocumentProblem problem : check.problems()) {
          html.append("<tr class=\"problem\"><td><code class=\"path\">").append(esc(problem.path())).append("</code></td><td class=\"message\">")
              .append(esc(problem.message())).append("</td><td><code class=\"code\">").append(esc(problem.code()))
              .append("</code></td></tr>\n");
        }
        html.append("</tbody>\n</table>\n");
      }
    }
    html.append("<h2>").append(esc(page.text("validate.again"))).append("</h2>\n").append(form(page));
    WebPages.html(ctx, status, page.page(page.text("validate.title"), html.toString(), 0, ""));
  }

  private static String read(UploadedFile file) {
    try (InputStream in = file.content()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
