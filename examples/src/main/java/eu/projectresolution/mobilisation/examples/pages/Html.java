package eu.projectresolution.mobilisation.examples.pages;

import eu.projectresolution.mobilisation.examples.report.ReportHtml;
import java.util.Collection;
import java.util.function.Function;

/** Small pieces of HTML the pages share: escaped text, options of a list, a field with its label. */
final class Html {
  private Html() {}

  /** Text safe inside an element or an attribute. */
  static String esc(Object text) {
    return ReportHtml.escape(String.valueOf(text));
  }

  /** The options of a {@code <select>}: an empty first one named {@code none}, then each value. */
  static <T> String options(Collection<T> values, Function<T, String> code, Function<T, String> label, String chosen,
      String none) {
    StringBuilder html = new StringBuilder();
    if (none != null) {
      html.append("<option value=\"\">").append(esc(none)).append("</option>");
    }
    for (T value : values) {
      String c = code.apply(value);
      html.append("<option value=\"").append(esc(c)).append('"').append(c.equals(chosen) ? " selected" : "").append('>')
          .append(esc(label.apply(value))).append("</option>");
    }
    return html.toString();
  }

  /** A labelled field: {@code <label for=id>label</label>} then the control. */
  static String field(String id, String label, String control) {
    return "<div class=\"field\"><label for=\"" + id + "\">" + esc(label) + "</label>" + control + "</div>\n";
  }

  /** A text, number or date input. */
  static String input(String type, String id, String value, String more) {
    return "<input type=\"" + type + "\" id=\"" + id + "\" name=\"" + id + "\" value=\"" + esc(value == null ? "" : value)
        + "\"" + (more.isEmpty() ? "" : " " + more) + ">";
  }
}
