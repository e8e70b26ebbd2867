package eu.projectresolution.mobilisation.examples.text;

import static com.google.common.base.Preconditions.checkArgument;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * A plain-text table for a terminal: columns of given widths, long cells wrapped on word boundaries
 * within their column, a header underlined with dashes.
 *
 * <pre>
 * Element                        Verdict       Adaptation
 * -----------------------------  ------------  ------------------------------
 * Fixed reception sites          ADAPT         Itinerant reception days in
 *                                              town halls, or a mobile office
 * </pre>
 */
public final class TextTable {
  private final List<String> headers;
  private final int[] widths;
  private final boolean[] rightAligned;
  private final List<List<String>> rows = new ArrayList<>();

  private TextTable(List<String> headers, int[] widths, boolean[] rightAligned) {
    this.headers = headers;
    this.widths = widths;
    this.rightAligned = rightAligned;
  }

  /** A table with these column headers and widths (in characters). */
  public static TextTable of(List<String> headers, int... widths) {
    checkArgument(headers.size() == widths.length, "%s headers but %s widths", headers.size(), widths.length);
    return new TextTable(List.copyOf(headers), widths.clone(), new boolean[widths.length]);
  }

  /** Aligns the numbers of column {@code column} (0-based) to the right. */
  public TextTable alignRight(int column) {
    rightAligned[column] = true;
    return this;
  }

  public TextTable row(String... cells) {
    checkArgument(cells.length == widths.length, "%s cells for %s columns", cells.length, widths.length);
    rows.add(List.of(cells));
    return this;
  }

  public void print(PrintWriter out) {
    printRow(out, headers);
    StringBuilder rule = new StringBuilder();
    for (int c = 0; c < widths.length; c++) {
      rule.append(c == 0 ? "" : "  ").append("-".repeat(widths[c]));
    }
    out.println(rule);
    rows.forEach(row -> printRow(out, row));
  }

  private void printRow(PrintWriter out, List<String> cells) {
    List<List<String>> wrapped = new ArrayList<>();
    int height = 1;
    for (int c = 0; c < widths.length; c++) {
      List<String> lines = wrap(cells.get(c), widths[c]);
      wrapped.add(lines);
      height = Math.max(height, lines.size());
    }
    for (int l = 0; l < height; l++) {
      StringBuilder line = new StringBuilder();
      for (int c = 0; c < widths.length; c++) {
        String text = l < wrapped.get(c).size() ? wrapped.get(c).get(l) : "";
        String pad = " ".repeat(Math.max(0, widths[c] - text.length()));
        line.append(c == 0 ? "" : "  ").append(rightAligned[c] ? pad + text : text + pad);
      }
      out.println(line.toString().stripTrailing());
    }
  }

  /** {@code text} cut into lines of at most {@code width} characters, on spaces where possible. */
  public static List<String> wrap(String text, int width) {
    List<String> lines = new ArrayList<>();
    for (String paragraph : text.split("\n", -1)) {
      // A paragraph's leading spaces (an indented sub-line) are kept on each of its lines.
      String indent = paragraph.substring(0, paragraph.length() - paragraph.stripLeading().length());
      StringBuilder line = new StringBuilder(indent);
      for (String word : paragraph.strip().split(" +")) {
        int room = Math.max(1, width - indent.length());
        while (word.length() > room) {
          if (line.length() > indent.length()) {
            lines.add(line.toString());
            line.setLength(0);
            line.append(indent);
          }
          lines.add(indent + word.substring(0, room));
          word = word.substring(room);
        }
        if (line.length() > indent.length() && line.length() + 1 + word.length() > width) {
          lines.add(line.toString());
          line.setLength(0);
          line.append(indent);
        }
        if (!word.isEmpty()) {
          line.append(line.length() == indent.length() ? "" : " ").append(word);
        }
      }
      lines.add(line.toString());
    }
    return lines;
  }
}
