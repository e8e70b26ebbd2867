package eu.projectresolution.mobilisation.examples.pages;

import static eu.projectresolution.mobilisation.examples.pages.Html.esc;

import eu.projectresolution.mobilisation.examples.i18n.WordBundle;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A page being answered: its reader's language and the page's own address, from which the language
 * switch of every page is made. Lays a page's content out in the pages' frame: the menu, the language
 * switch, the title and, while something runs, the refresh.
 */
final class PageContext {
  static final String BUNDLE = "eu.projectresolution.mobilisation.examples.pages.pages";

  private static final String STYLE =
      """
      body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,"DejaVu Sans",sans-serif;margin:0;color:#222;line-height:1.45}
      header.site{background:#1f4e79;color:#fff;padding:.6rem 1.5rem;display:flex;flex-wrap:wrap;gap:1rem;align-items:center;\
      justify-content:space-between}header.site a{color:#fff;margin-right:1rem;text-decoration:none}\
      header.site a[aria-current]{text-decoration:underline}
      nav.languages a{margin-right:.5rem}main{max-width:1000px;margin:0 auto;padding:1rem 1.5rem}
      .field{margin:.5rem 0}.field label{display:block;font-weight:600;font-size:.9rem}\
      input,select,button{font:inherit;padding:.25rem .4rem}fieldset{border:1px solid #ccc;margin:1rem 0}
      .grid{display:grid;grid-template-columns:repeat(auto-fill,minmax(220px,1fr));gap:.2rem 1rem}
      table.list{border-collapse:collapse;width:100%;font-size:.92rem}table.list th,table.list td{border-bottom:1px solid #ddd;\
      padding:.3rem .4rem;text-align:left;vertical-align:top}table.list th{background:#f3f6f9}
      .verdict-TRANSFERABLE{color:#24723f;font-weight:600}.verdict-ADAPT{color:#9a5b00;font-weight:600}\
      .verdict-NOT_TRANSFERABLE{color:#a4262c;font-weight:600}
      .error{background:#fdecea;border-left:4px solid #a4262c;padding:.5rem 1rem}.ok{background:#e8f5ec;\
      border-left:4px solid #24723f;padding:.5rem 1rem}.note{color:#555;font-size:.9rem}
      progress{width:100%;height:1.2rem}code{color:#1f4e79}
      @media print{header.site,form,nav{display:none}main{max-width:none}}
      """;

  /** The menu: each page's path and the key of its name. */
  private static final List<Map.Entry<String, String>> MENU = List.of(
      Map.entry("/", "menu.home"), Map.entry("/run", "menu.run"), Map.entry("/report", "menu.report"),
      Map.entry("/toolkit", "menu.toolkit"), Map.entry("/sheets/validate", "menu.validate"),
      Map.entry("/transfer", "menu.transfer"));

  private final WordBundle words;
  private final String path;
  private final Map<String, List<String>> query;

  PageContext(Locale language, String path, Map<String, List<String>> query) {
    this.words = WordBundle.of(BUNDLE, language);
    this.path = path;
    this.query = query;
  }

  Locale language() {
    return words.locale();
  }

  WordBundle words() {
    return words;
  }

  String text(String key, Object... values) {
    return words.text(key, values);
  }

  /** The page, laid out: {@code refreshSeconds} above 0 makes the browser load it again after that long. */
  String page(String title, String content, int refreshSeconds, String moreStyle) {
    StringBuilder html = new StringBuilder(content.length() + 4096);
    html.append("<!DOCTYPE html>\n<html lang=\"").append(language().getLanguage()).append("\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    if (refreshSeconds > 0) {
      html.append("<meta http-equiv=\"refresh\" content=\"").append(refreshSeconds).append("\">\n");
    }
    html.append("<title>").append(esc(title)).append(" · ").append(esc(text("app.name"))).append("</title>\n<style>")
        .append(STYLE).append(moreStyle).append("</style>\n</head>\n<body>\n<header class=\"site\">\n<nav class=\"main\" aria-label=\"")
        .append(esc(text("menu.label"))).append("\">");
    for (Map.Entry<String, String> item : MENU) {
      html.append("<a href=\"").append(item.getKey()).append('"').append(item.getKey().equals(path) ? " aria-current=\"page\"" : "")
          .append('>').append(esc(text(item.getValue()))).append("</a>");
    }
    html.append("</nav>\n<nav class=\"languages\" aria-label=\"").append(esc(text("languages.label"))).append("\">");
    for (Locale shipped : WordBundle.SHIPPED) {
      String code = shipped.getLanguage();
      html.append("<a id=\"lang-").append(code).append("\" hreflang=\"").append(code).append("\" lang=\"").append(code)
          .append("\" href=\"").append(esc(switchTo(code))).append('"')
          .append(code.equals(language().getLanguage()) ? " aria-current=\"true\"" : "").append('>')
          .append(esc(shipped.getDisplayLanguage(shipped))).append("</a>");
    }
    html.append("</nav>\n</header>\n<main>\n<h1 id=\"page-title\">").append(esc(title)).append("</h1>\n").append(content)
        .append("</main>\n</body>\n</html>\n");
    return html.toString();
  }

  /** This page's address in another language: the same path and query, with {@code lang} changed. */
  String switchTo(String code) {
    String rest = query.entrySet().stream()
        .filter(e -> !e.getKey().equals(PageAccess.LANGUAGE) && !e.getKey().equals(PageAccess.TOKEN))
        .flatMap(e -> e.getValue().stream().map(v -> encode(e.getKey()) + "=" + encode(v)))
        .collect(Collectors.joining("&"));
    return path + "?" + (rest.isEmpty() ? "" : rest + "&") + PageAccess.LANGUAGE + "=" + code;
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }
}
