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
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
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

  private ReportCharts() {}

  /** A chart of the report: its id, its title, and the SVG element drawing it. */
  public record Chart(String id, String title, String svg) {}

  /** A chart before it is drawn: JFreeChart's model of it and the height it needs. */
  record Plan(String id, String title, JFreeChart chart, int height) {}

  public static List<Chart> of(IndicatorReport report) {
    return plans(report).stream().map(ReportCharts::draw).toList();
  }

  static List<Plan> plans(IndicatorReport report) {
    return List.of(funnel(report), channels(report), beforeAfter(report), positiveExits(report), esfByGender(report));
  }

  static Plan funnel(IndicatorReport report) {
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    add(data, report, FigureCodes.FUNNEL_CAPTURED, "People", "Captured");
    add(data, report, FigureCodes.FUNNEL_WELCOMED, "People", "Welcomed");
    add(data, report, FigureCode.of("funnel.oriented"), "People", "Oriented");
    add(data, report, FigureCodes.FUNNEL_ACCOMPANIED, "People", "Accompanied");
    add(data, report, FigureCodes.FUNNEL_EXITED, "People", "Exited");
    String title = "The funnel: how far the people captured went";
    JFreeChart chart = ChartFactory.createBarChart(title, null, "people", data, PlotOrientation.HORIZONTAL, false, false, false);
    style(chart, "Of the people captured during the period, those who also reached each later stage");
    labels(chart, "#,##0");
    return new Plan("chart-funnel", title, chart, 340);
  }

  static Plan channels(IndicatorReport report) {
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    for (CaptureChannel channel : CaptureChannel.values()) {
      Optional<Figure> figure = report.figure(FigureCodes.capturedThrough(channel)).filter(Figure::computable);
      double n = figure.map(FigureText::number).orElse(0.0);
      String name = channelName(channel);
      data.addValue(channel.outsideSites() ? n : 0, "outside the sites", name);
      data.addValue(channel.outsideSites() ? 0 : n, "at the sites", name);
    }
    String title = "Captures by channel";
    JFreeChart chart = ChartFactory.createStackedBarChart(title, null, "people", data, PlotOrientation.HORIZONTAL, true, false, false);
    style(chart, "People first reached during the period, by how they were met"
        + report.figure(FigureCodes.CAPTURED_OUTSIDE_SITES).filter(Figure::computable)
            .map(f -> "; outside the sites: " + FigureText.value(f)).orElse(""));
    labels(chart, "#,##0");
    return new Plan("chart-channels", title, chart, 380);
  }

  static Plan beforeAfter(IndicatorReport report) {
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    String pes = "Registered with the public employment service";
    String accompaniment = "Never accompanied before; accompanied by another scheme after";
    String association = "Member of a local association";
    add(data, report, FigureCodes.PES_REGISTRATION_AT_ENTRY, "at entry", pes);
    add(data, report, FigureCodes.PES_REGISTRATION_AFTER_EXIT, "at or after exit", pes);
    add(data, report, FigureCodes.NEVER_ACCOMPANIED_BEFORE, "at entry", accompaniment);
    add(data, report, FigureCodes.ACCOMPANIED_BY_ANOTHER_SCHEME_AFTER_EXIT, "at or after exit", accompaniment);
    add(data, report, FigureCodes.ASSOCIATION_MEMBERSHIP_AT_ENTRY, "at entry", association);
    add(data, report, FigureCodes.ASSOCIATION_MEMBERSHIP_AFTER_EXIT, "at or after exit", association);
    String title = "Before and after the accompaniment";
    JFreeChart chart = ChartFactory.createBarChart(title, null, "% of the people accompanied who exited", data,
        PlotOrientation.VERTICAL, true, false, false);
    style(chart, report.figure(FigureCodes.PES_REGISTRATION_AT_ENTRY).filter(Figure::computable)
        .flatMap(Figure::denominator).map(n -> "Same cohort at entry and after: " + FigureText.whole(n)
            + " accompanied people who exited with their situation at entry recorded").orElse(""));
    ((CategoryPlot) chart.getPlot()).getRangeAxis().setRange(0, 100);
    labels(chart, "0.0'%'");
    return new Plan("chart-before-after", title, chart, 380);
  }

  static Plan positiveExits(IndicatorReport report) {
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    for (RuleRef set : report.ruleSets()) {
      String category = ruleSetName(set);
      switch (set.name()) {
        case "sipa" -> add(data, report, FigureCodes.SIPA_POSITIVE_EXITS, "positive exit (SIPA)", category);
        case "fr.iae" -> {
          add(data, report, FigureCode.of("fr.iae.durable_employment"), "durable employment (IAE)", category);
          add(data, report, FigureCode.of("fr.iae.transition_employment"), "transition employment (IAE)", category);
          add(data, report, FigureCode.of("fr.iae.other_positive_exits"), "other positive exit (IAE)", category);
        }
        case "esf-plus" -> {
          add(data, report, FigureCode.of("EECR04"), "in employment upon leaving (EECR04)", category);
          add(data, report, FigureCode.of("EECR02"), "in education or training upon leaving (EECR02)", category);
        }
        default -> {
          // A partner's rule set: no known positive category to draw.
        }
      }
    }
    String title = "Positive exits by rule set";
    JFreeChart chart = ChartFactory.createStackedBarChart(title, null, "people", data, PlotOrientation.HORIZONTAL, true, false, false);
    style(chart, "The same exits, read by each rule set's definition of a positive outcome");
    labels(chart, "#,##0");
    BarRenderer renderer = (BarRenderer) ((CategoryPlot) chart.getPlot()).getRenderer();
    renderer.setDefaultItemLabelPaint(Color.WHITE);
    renderer.setDefaultPositiveItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.CENTER, TextAnchor.CENTER));
    return new Plan("chart-positive-exits", title, chart, 330);
  }

  static Plan esfByGender(IndicatorReport report) {
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    int rows = 0;
    for (Figure figure : report.figures()) {
      String code = figure.code().value();
      if (figure.gender().isPresent() || !code.matches("EEC[OR]\\d\\d") || code.equals("EECO01") || !figure.computable()) {
        continue;
      }
      rows++;
      for (Gender gender : ReportSections.GENDERS) {
        double n = ReportSections.byGender(report, figure, gender).map(FigureText::number).orElse(0.0);
        data.addValue(n, ReportText.genderName(gender), code);
      }
    }
    String title = "ESF+ indicators by gender";
    JFreeChart chart = ChartFactory.createStackedBarChart(title, null, "participants", data, PlotOrientation.HORIZONTAL, true, false, false);
    style(chart, report.figure("EECO01").filter(Figure::computable)
        .map(f -> "EECO01 total participants: " + FigureText.value(f) + ReportSections.GENDERS.stream()
            .map(g -> ReportSections.byGender(report, f, g).map(v -> ", " + ReportText.genderName(g).toLowerCase(Locale.ROOT)
                + " " + FigureText.value(v)).orElse(""))
            .reduce("", String::concat))
        .orElse("Outputs EECO and results EECR; see the tables for what each code counts"));
    return new Plan("chart-esf-plus-by-gender", title, chart, 140 + 24 * Math.max(rows, 4));
  }

  private static void add(DefaultCategoryDataset data, IndicatorReport report, FigureCode code, String series, String category) {
    report.figure(code).filter(Figure::computable).ifPresent(f -> data.addValue(FigureText.number(f), series, category));
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
    renderer.setItemMargin(0.05);
    for (int s = 0; s < PALETTE.length; s++) {
      renderer.setSeriesPaint(s, PALETTE[s]);
    }
  }

  /** Prints each bar's value on it, in {@code pattern} (a {@link DecimalFormat} pattern). */
  private static void labels(JFreeChart chart, String pattern) {
    BarRenderer renderer = (BarRenderer) ((CategoryPlot) chart.getPlot()).getRenderer();
    renderer.setDefaultItemLabelGenerator(
        new NonZeroLabels(new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Locale.ENGLISH))));
    renderer.setDefaultItemLabelsVisible(true);
    renderer.setDefaultItemLabelFont(TEXT);
    renderer.setDefaultItemLabelPaint(new Color(0x222222));
    boolean horizontal = ((CategoryPlot) chart.getPlot()).getOrientation() == PlotOrientation.HORIZONTAL;
    renderer.setDefaultPositiveItemLabelPosition(
        horizontal
            ? new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT)
            : new ItemLabelPosition(ItemLabelAnchor.OUTSIDE12, TextAnchor.BOTTOM_CENTER));
    ((CategoryPlot) chart.getPlot()).getRangeAxis().setUpperMargin(0.12);
  }

  /** Value labels, except on the empty segments of stacked bars. */
  private static final class NonZeroLabels extends StandardCategoryItemLabelGenerator {
    private static final long serialVersionUID = 1L;

    NonZeroLabels(DecimalFormat format) {
      super("{2}", format);
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

  private static String channelName(CaptureChannel channel) {
    return switch (channel) {
      case OUTREACH_EVENT -> "Outreach event (Recrut'Café...)";
      case DOOR_TO_DOOR -> "Door to door";
      case MEDIATOR_REFERRAL -> "Sent by a mediator";
      case PARTNER_REFERRAL -> "Sent by a partner";
      case POSTER_OR_FLYER -> "Poster or flyer";
      case COLLABORATIVE_ACTION -> "Collaborative action";
      case WALK_IN -> "Walked in";
      case SITE_EVENT -> "Event at a site";
    };
  }

  static String ruleSetName(RuleRef set) {
    return switch (set.name()) {
      case "sipa" -> "SIPA";
      case "fr.iae" -> "France IAE";
      case "esf-plus" -> "ESF+";
      default -> set.name();
    } + " v" + set.version();
  }
}
