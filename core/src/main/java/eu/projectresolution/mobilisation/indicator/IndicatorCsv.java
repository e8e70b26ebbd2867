package eu.projectresolution.mobilisation.indicator;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Exports an indicator report as CSV through Jackson's CSV module: UTF-8 with a byte-order mark (so
 * that spreadsheet programs read accents right), a header row, then one row per figure with the
 * report's programme and period, the figure's code, label, gender, unit, value, numerator, denominator,
 * currency, rule and version, and the reason it is not computable.
 *
 * <pre>{@code
 * byte[] forExcelInFrench = IndicatorCsv.toBytes(report, IndicatorCsv.Format.SEMICOLON, Locale.FRENCH);
 * }</pre>
 *
 * <p>The header row is in the reader's language ({@code code;libellé;valeur...} in French, from
 * {@link FigureLabels}); in English it is the columns' identifiers, {@link #COLUMNS}, which never
 * change: the columns come in that order in every language, so a program reads them by position.
 */
public final class IndicatorCsv {
  /** The column separator and the decimal mark. */
  public enum Format {
    /** Comma-separated, decimal point: the international default. */
    COMMA(',', '.'),
    /**
     * Semicolon-separated with a decimal comma, as Excel expects with French, Spanish, Italian, German
     * and most continental European settings.
     */
    SEMICOLON(';', ',');

    private final char separator;
    private final char decimalMark;

    Format(char separator, char decimalMark) {
      this.separator = separator;
      this.decimalMark = decimalMark;
    }

    public char separator() {
      return separator;
    }

    public char decimalMark() {
      return decimalMark;
    }
  }

  /** The columns, in order. */
  public static final List<String> COLUMNS =
      List.of(
          "programme", "period_start", "period_end", "code", "label", "gender", "unit", "value", "numerator",
          "denominator", "currency", "rule", "rule_version", "not_computable_reason");

  private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  private IndicatorCsv() {}

  /** Writes the report to {@code out}, which is left open. */
  public static void write(IndicatorReport report, OutputStream out, Format format) throws IOException {
    write(report, out, format, Locale.ENGLISH);
  }

  /**
   * Writes the report to {@code out}, which is left open, with the header row in {@code language}
   * (the rows are the report's own: translate it first with {@link FigureLabels#translate}).
   */
  public static void write(IndicatorReport report, OutputStream out, Format format, Locale language) throws IOException {
    requireNonNull(report, "report");
    requireNonNull(out, "out");
    requireNonNull(format, "format");
    FigureLabels words = FigureLabels.of(requireNonNull(language, "language"));
    List<String> headers = COLUMNS.stream().map(words::column).toList();
    CsvSchema.Builder columns = CsvSchema.builder();
    headers.forEach(columns::addColumn);
    CsvSchema schema =
        columns.build().withHeader().withColumnSeparator(format.separator()).withLineSeparator("\r\n");
    out.write(BOM);
    Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    // The caller owns the stream: Jackson must not close it.
    CsvMapper mapper = CsvMapper.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();
    try (SequenceWriter rows = mapper.writer(schema).writeValues(writer)) {
      for (Figure figure : report.figures()) {
        Map<String, String> row = row(report, figure, format);
        Map<String, String> headed = new LinkedHashMap<>();
        for (int i = 0; i < COLUMNS.size(); i++) {
          headed.put(headers.get(i), row.get(COLUMNS.get(i)));
        }
        rows.write(headed);
      }
    }
    writer.flush();
  }

  /** The report as the bytes of a CSV file. */
  public static byte[] toBytes(IndicatorReport report, Format format) {
    return toBytes(report, format, Locale.ENGLISH);
  }

  /** The report as the bytes of a CSV file, its header row in {@code language}. */
  public static byte[] toBytes(IndicatorReport report, Format format, Locale language) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try {
      write(report, bytes, format, language);
    } catch (IOException e) {
      throw new UncheckedIOException("writing to memory failed", e);
    }
    return bytes.toByteArray();
  }

  private static Map<String, String> row(IndicatorReport report, Figure figure, Format format) {
    Map<String, String> row = new LinkedHashMap<>();
    row.put("programme", report.programmeId().value());
    row.put("period_start", report.period().start().toString());
    row.put("period_end", report.period().end().toString());
    row.put("code", figure.code().value());
    row.put("label", figure.label());
    row.put("gender", figure.gender().map(Enum::name).orElse(""));
    row.put("unit", figure.unit().name());
    row.put("value", number(figure.value(), format));
    row.put("numerator", number(figure.numerator(), format));
    row.put("denominator", number(figure.denominator(), format));
    row.put("currency", figure.currency().map(c -> c.getCurrencyCode()).orElse(""));
    row.put("rule", figure.rule().name());
    row.put("rule_version", Integer.toString(figure.rule().version()));
    row.put("not_computable_reason", figure.notComputableReason().orElse(""));
    return row;
  }

  private static String number(Optional<BigDecimal> value, Format format) {
    return value.map(v -> v.toPlainString().replace('.', format.decimalMark())).orElse("");
  }
}
