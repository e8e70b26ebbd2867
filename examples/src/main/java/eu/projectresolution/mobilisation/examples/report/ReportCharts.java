package eu.projectresolution.mobilisation.examples.report;

import eu.projectresolution.mobilisation.beneficiary.Gender;
import eu.projectresolution.mobilisation.capture.CaptureChannel;
import eu.projectresolution.mobilisation.indicator.Figure;
import eu.projectresolution.mobilisation.indicator.FigureCode;
import eu.projectresolution.mobilisation.indicator.FigureCodes;
import eu.projectresolution.mobilisation.indicator.IndicatorReport;
import eu.projectresolution.mobilisation.outcome.RuleRef;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.geom.Rectangle2D;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.ViewBox;

/**
 * The charts of the HTML report, drawn with JFreeChart as SVG so that they can be embedded in the page
 * and the file opens offline: the funnel, captures by channel, situations before and after, positive
 * exits by rule set, and the ESF+ indicators by gender. Every bar is a figure of the report.
 */
public final class ReportCharts {
  static {
    // Charts are drawn off screen: never ask for a display.
    if (System.getProperty("java.awt.headless") == null) {
      System.setProperty("java.awt.headless", "true");
    }
  }

  /** The charts in the order the report shows them, by id. */
  public static final List<String> IDS = List.of(
      "chart-funnel", "chart-channels", "chart-before-after", "chart-positive-exits", "chart-esf-plus-by-gender");

  private static final Color[] PALETTE = {
    new Color(0x1f4e79), new Color(0xe07b39), new Color(0x4d9a6a), new Color(0xb9475b), new Color(0x8a6fb0),
    new Color(0x6c757d)
  };
  private static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 15);
  private static final Font TEXT = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
  static final int WIDTH = 860;

  /** How many times the largest bar may be the smallest before the scale turns logarithmic. */
  static final double SPREAD_FOR_LOG_SCALE = 25;

  private ReportCharts() {}

  /** A chart of the report: its id, its title, and the SVG element drawing it. */
  public record Chart(String id, String title, String svg) {}

  /** A chart before it is drawn: JFreeChart's model of it and the height it needs. */
  record Plan(String id, String title, JFreeChart chart, int height) {}

  /** The charts in English. */
  public static List<Chart> of(IndicatorReport report) {
    return of(report, ReportLanguage.of(Locale.ENGLISH));
  }

  /** The charts in {@code language}: titles, axes, bars and legends. */
  public static List<Chart> of(IndicatorReport report, ReportLanguage language) {
    return plans(report, language).stream().map(ReportCharts::draw).toList();
  }

  static List<Plan> plans(IndicatorReport report, ReportLanguage language) {
    return List.of(funnel(report, language), channels(report, language), beforeAfter(report, language),
        positiveExits(report, language), esfByGender(report, language));
  }

  static Plan funnel(IndicatorReport report, ReportLanguage w) {
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    String people = w.text("people");
    for (FigureCode code : List.of(FigureCodes.FUNNEL_CAPTURED, FigureCodes.FUNNEL_WELCOMED, FigureCodes.FUNNEL_ORIENTED,
        FigureCodes.FUNNEL_ACCOMPANIED, FigureCodes.FUNNEL_EXITED)) {
      String stage = code.value().substring("funnel.".length());
      add(data, report, code, people, w.text("stage." + stage));
    }
    String title = w.text("funnel.title");
    JFreeChart chart = ChartFactory.createBarChart(title, null, people, data, PlotOrientation.HORIZONTAL, false, false, false);
    boolean log = keepSmallBarsReadable(chart, data);
    style(chart, w.text("funnel.subtitle") + (log ? " (" + w.text("log_scale") + ")" : ""));
    labels(chart, w, 0);
    return new Plan("chart-funnel", title, chart, 340);
  }

  static Plan channels(IndicatorReport report, ReportLanguage w) {
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    String outside = w.text("channels.series.outside");
    String atSites = w.text("channels.series.sites");
    for (CaptureChannel channel : CaptureChannel.values()) {
      Optional<Figure> figure = report.figure(FigureCodes.capturedThrough(channel)).filter(Figure::computable);
      double n = figure.map(FigureText::number).orElse(0.0);
      String name = w.channel(channel);
      data.addValue(channel.outsideSites() ? bar(n) : null, outside, name);
      data.addValue(channel.outsideSites() ? null : bar(n), atSites, name);
    }
    String title = w.text("channels.title");
    JFreeChart chart = ChartFactory.createStackedBarChart(title, null, w.text("people"), data, PlotOrientation.HORIZONTAL,
        true, false, false);
    // Stacked bars cannot stand on a logarithmic scale (they start from zero): each bar's least length and
    // its value printed beside it keep the small channels readable.
    style(chart, report.figure(FigureCodes.CAPTURED_OUTSIDE_SITES).filter(Figure::computable)
        .map(f -> w.text("channels.outside", w.text("channels.subtitle"), w.value(f)))
        .orElse(w.text("channels.subtitle")));
    labels(chart, w, 0);
    return new Plan("chart-channels", title, chart, 380);
  }

  static Plan beforeAfter(IndicatorReport report, ReportLanguage w) {
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    String pes = w.text("before_after.pes");
    String accompaniment = w.text("before_after.accompaniment");
    String association = w.text("before_after.association");
    String atEntry = w.text("before_after.at_entry");
    String after = w.text("before_after.after_exit");
    add(data, report, FigureCodes.PES_REGISTRATION_AT_ENTRY, atEntry, pes);
    add(data, report, FigureCodes.PES_REGISTRATION_AFTER_EXIT, after, pes);
    add(data, report, FigureCodes.NEVER_ACCOMPANIED_BEFORE, atEntry, accompaniment);
    add(data, report, FigureCodes.ACCOMPANIED_BY_ANOTHER_SCHEME_AFTER_EXIT, after, accompaniment);
    add(data, report, FigureCodes.ASSOCIATION_MEMBERSHIP_AT_ENTRY, atEntry, association);
    add(data, report, FigureCodes.ASSOCIATION_MEMBERSHIP_AFTER_EXIT, after, association);
    String title = w.text("before_after.title");
    // The axis's name goes in the subtitle: drawn upright beside a vertical axis, it becomes a shape in
    // the SVG, which neither a screen reader nor a search in the page can read.
    JFreeChart chart = ChartFactory.createBarChart(title, null, null, data, PlotOrientation.VERTICAL, true, false, false);
    style(chart, report.figure(FigureCodes.PES_REGISTRATION_AT_ENTRY).filter(Figure::computable)
        .flatMap(Figure::denominator).map(n -> w.text("before_after.cohort", w.number(n)) + ". ").orElse("")
        + w.text("before_after.axis"));
    ((CategoryPlot) chart.getPlot()).getRangeAxis().setRange(0, 100);
    labels(chart, w, 1);
    return new Plan("chart-before-after", title, chart, 380);
  }

  static Plan positiveExits(IndicatorReport report, ReportLanguage w) {
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    for (RuleRef set : report.ruleSets()) {
      String category = w.ruleSet(set);
      switch (ReportLanguage.family(set.name())) {
        case "sipa" -> add(data, report, FigureCodes.SIPA_POSITIVE_EXITS, w.text("positive.sipa"), category);
        case "fr.iae" -> {
          add(data, report, FigureCode.of("fr.iae.durable_employment"), w.text("positive.iae_durable"), category);
          add(data, report, FigureCode.of("fr.iae.transition_employment"), w.text("positive.iae_transition"), category);
          add(data, report, FigureCode.of("fr.iae.other_positive_exits"), w.text("positive.iae_other"), category);
        }
        case "esf-plus" -> {
          add(data, report, FigureCode.of("EECR04"), w.text("positive.esf_employment"), category);
          add(data, report, FigureCode.of("EECR02"), w.text("positive.esf_education"), category);
        }
        default -> {
          // A partner's rule set: no known positive category to draw.
        }
      }
    }
    String title = w.text("positive.title");
    JFreeChart chart = ChartFactory.createStackedBarChart(title, null, w.text("people"), data, PlotOrientation.HORIZONTAL,
        true, false, false);
    style(chart, w.text("positive.subtitle"));
    labels(chart, w, 0);
    BarRenderer renderer = (BarRenderer) ((CategoryPlot) chart.getPlot()).getRenderer();
    renderer.setDefaultItemLabelPaint(Color.WHITE);
    renderer.setDefaultPositiveItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.CENTER, TextAnchor.CENTER));
    return new Plan("chart-positive-exits", title, chart, 330);
  }

  /**
   * The ESF+ common indicators, one bar per indicator split by gender; each bar is named by its code
   * and what it counts (the codes alone mean nothing to most readers).
   */
  static Plan esfByGender(IndicatorReport report, ReportLanguage w) {
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    int rows = 0;
    for (Figure figure : report.figures()) {
      String code = figure.code().value();
      if (figure.gender().isPresent() || !code.matches("EEC[OR]\\d\\d") || code.equals("EECO01") || !figure.computable()) {
        continue;
      }
      rows++;
      String label = w.label(figure);
      String category = shortLabel(label.startsWith(code) ? label : code + " " + label);
      for (Gender gender : ReportSections.GENDERS) {
        double n = ReportSections.byGender(report, figure, gender).map(FigureText::number).orElse(0.0);
        data.addValue(bar(n), w.reportWords().text("gender." + gender.name()), category);
      }
    }
    String title = w.text("esf.title");
    JFreeChart chart = ChartFactory.createStackedBarChart(title, null, w.text("esf.axis"), data, PlotOrientation.HORIZONTAL,
        true, false, false);
    style(chart, report.figure("EECO01").filter(Figure::computable)
        .map(f -> w.text("esf.total", w.value(f)) + ReportSections.GENDERS.stream()
            .map(g -> ReportSections.byGender(report, f, g)
                .map(v -> ", " + w.reportWords().text("gender." + g.name()).toLowerCase(w.locale()) + " " + w.value(v))
                .orElse(""))
            .reduce("", String::concat))
        .orElse(w.text("esf.none")));
    CategoryAxis axis = ((CategoryPlot) chart.getPlot()).getDomainAxis();
    axis.setMaximumCategoryLabelWidthRatio(0.55f);
    axis.setMaximumCategoryLabelLines(3);
    return new Plan("chart-esf-plus-by-gender", title, chart, 140 + 44 * Math.max(rows, 4));
  }

  /** The start of a long label, cut at a word, for a bar's name; the tables give the whole of it. */
  private static String shortLabel(String label) {
    int most = 90;
    if (label.length() <= most) {
      return label;
    }
    int cut = label.lastIndexOf(' ', most);
    return label.substring(0, cut > 0 ? cut : most) + "…";
  }

  /**
   * Counts that span orders of magnitude (17,000 people captured, 537 accompanied, 40 exited in a small
   * period) would draw the small bars a pixel wide: such a chart of plain bars gets a logarithmic scale,
   * which its subtitle names. Says whether it did.
   */
  private static boolean keepSmallBarsReadable(JFreeChart chart, DefaultCategoryDataset data) {
    double largest = 0;
    double smallest = Double.MAX_VALUE;
    for (int row = 0; row < data.getRowCount(); row++) {
      for (int column = 0; column < data.getColumnCount(); column++) {
        Number value = data.getValue(row, column);
        if (value != null && value.doubleValue() > 0) {
          largest = Math.max(largest, value.doubleValue());
          smallest = Math.min(smallest, value.doubleValue());
        }
      }
    }
    if (largest == 0 || largest / smallest < SPREAD_FOR_LOG_SCALE) {
      return false;
    }
    CategoryPlot plot = (CategoryPlot) chart.getPlot();
    LogAxis axis = new LogAxis(plot.getRangeAxis().getLabel());
    axis.setBase(10);
    axis.setSmallestValue(0.8);
    axis.setRange(0.8, largest * 3);
    axis.setTickUnit(new NumberTickUnit(1)); // a gridline at each power of ten: 1, 10, 100, 1,000...
    axis.setNumberFormatOverride(NumberFormat.getIntegerInstance(Locale.ENGLISH));
    plot.setRangeAxis(axis);
    return true;
  }

  private static void add(DefaultCategoryDataset data, IndicatorReport report, FigureCode code, String series, String category) {
    report.figure(code).filter(Figure::computable).ifPresent(f -> data.addValue(bar(FigureText.number(f)), series, category));
  }

  /**
   * A bar's value, none for zero: every bar is drawn at least a few pixels long, so that one person among
   * thousands shows, and a zero must then draw nothing rather than a sliver.
   */
  private static Double bar(double value) {
    return value == 0 ? null : value;
  }

  private static void style(JFreeChart chart, String subtitle) {
    chart.setBackgroundPaint(Color.WHITE);
    chart.getTitle().setFont(TITLE);
    chart.getTitle().setPaint(new Color(0x222222));
    if (!subtitle.isEmpty()) {
      chart.addSubtitle(new TextTitle(subtitle, TEXT));
    }
    if (chart.getLegend() != null) {
      chart.getLegend().setItemFont(TEXT);
      chart.getLegend().setFrame(org.jfree.chart.block.BlockBorder.NONE);
    }
    CategoryPlot plot = (CategoryPlot) chart.getPlot();
    plot.setBackgroundPaint(Color.WHITE);
    plot.setRangeGridlinePaint(new Color(0xdddddd));
    plot.setRangeGridlineStroke(new BasicStroke(1f));
    plot.setOutlineVisible(false);
    CategoryAxis axis = plot.getDomainAxis();
    axis.setTickLabelFont(TEXT);
    axis.setMaximumCategoryLabelWidthRatio(0.45f);
    axis.setMaximumCategoryLabelLines(2);
    if (plot.getOrientation() == PlotOrientation.VERTICAL) {
      axis.setCategoryLabelPositions(CategoryLabelPositions.STANDARD);
      axis.setMaximumCategoryLabelLines(3);
      axis.setMaximumCategoryLabelWidthRatio(0.9f);
    }
    plot.getRangeAxis().setTickLabelFont(TEXT);
    plot.getRangeAxis().setLabelFont(TEXT);
    BarRenderer renderer = (BarRenderer) plot.getRenderer();
    renderer.setBarPainter(new StandardBarPainter());
    renderer.setShadowVisible(false);
    renderer.setDrawBarOutline(false);
    renderer.setMaximumBarWidth(0.12);
    // A bar of one person among thousands still shows.
    renderer.setMinimumBarLength(3);
    renderer.setItemMargin(0.05);
    for (int s = 0; s < PALETTE.length; s++) {
      renderer.setSeriesPaint(s, PALETTE[s]);
    }
  }

  /** Prints each bar's value on it, with {@code digits} decimals, as the language writes numbers. */
  private static void labels(JFreeChart chart, ReportLanguage language, int digits) {
    CategoryPlot plot = (CategoryPlot) chart.getPlot();
    BarRenderer renderer = (BarRenderer) plot.getRenderer();
    NumberFormat format = NumberFormat.getNumberInstance(language.locale());
    format.setMinimumFractionDigits(digits);
    format.setMaximumFractionDigits(digits);
    if (plot.getRangeAxis() instanceof LogAxis log) {
      log.setNumberFormatOverride(NumberFormat.getIntegerInstance(language.locale()));
    } else if (plot.getRangeAxis() instanceof NumberAxis axis) {
      axis.setNumberFormatOverride(NumberFormat.getNumberInstance(language.locale()));
    }
    renderer.setDefaultItemLabelGenerator(new NonZeroLabels(format, digits == 1 ? " %" : ""));
    renderer.setDefaultItemLabelsVisible(true);
    renderer.setDefaultItemLabelFont(TEXT);
    renderer.setDefaultItemLabelPaint(new Color(0x222222));
    boolean horizontal = plot.getOrientation() == PlotOrientation.HORIZONTAL;
    renderer.setDefaultPositiveItemLabelPosition(
        horizontal
            ? new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT)
            : new ItemLabelPosition(ItemLabelAnchor.OUTSIDE12, TextAnchor.BOTTOM_CENTER));
    plot.getRangeAxis().setUpperMargin(0.12);
  }

  /** Value labels, except on the empty segments of stacked bars. */
  private static final class NonZeroLabels extends StandardCategoryItemLabelGenerator {
    private static final long serialVersionUID = 1L;

    NonZeroLabels(NumberFormat format, String unit) {
      super("{2}" + unit, format);
    }

    @Override
    public String generateLabel(CategoryDataset dataset, int row, int column) {
      Number value = dataset.getValue(row, column);
      return value == null || value.doubleValue() == 0 ? null : super.generateLabel(dataset, row, column);
    }
  }

  private static Chart draw(Plan plan) {
    SVGGraphics2D svg = new SVGGraphics2D(WIDTH, plan.height());
    // Several charts share one page: their clip paths and gradients need ids of their own.
    svg.setDefsKeyPrefix(plan.id() + "-");
    plan.chart().draw(svg, new Rectangle2D.Double(0, 0, WIDTH, plan.height()));
    String element = svg.getSVGElement(plan.id() + "-svg", false, new ViewBox(0, 0, WIDTH, plan.height()), null, null);
    return new Chart(plan.id(), plan.title(), element);
  }
}
