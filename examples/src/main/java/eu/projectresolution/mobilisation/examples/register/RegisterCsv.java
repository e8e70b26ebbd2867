package eu.projectresolution.mobilisation.examples.register;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import eu.projectresolution.mobilisation.capture.CaptureChannel;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads an attendance register ("état de présence") saved as CSV: UTF-8 with or without a byte-order
 * mark, values separated by commas or by semicolons (French Excel's choice), a header naming the
 * columns in English or French:
 *
 * <pre>
 * name;phone;email;consent;date;place;channel
 * Amina Benali;06 39 98 12 34;;yes;15/03/2018;Building hall B, Petite Hollande;recrut-cafe
 * </pre>
 *
 * <ul>
 *   <li>{@code name} (or {@code given name} and {@code family name}; {@code nom}, {@code prénom});
 *   <li>{@code phone} and/or {@code email} ({@code téléphone}, {@code courriel}): one is needed to
 *       contact the person again;
 *   <li>{@code consent} to be contacted again: yes/no, oui/non, true/false, 1/0, x for yes; it must be
 *       asked and written: an empty cell refuses the row (it is never taken for a no);
 *   <li>{@code date}: 2018-03-15 or 15/03/2018;
 *   <li>{@code place} ({@code lieu}): where the person was met, in words that identify nobody;
 *   <li>{@code channel} ({@code canal}): a capture channel such as {@code recrut-cafe},
 *       {@code door-to-door}, {@code mediator}, {@code walk-in} (see {@link CaptureChannel}).
 * </ul>
 *
 * <p>Each row is checked on its own: a bad row is reported with its line number and the reason, and
 * the good rows are kept. A file that cannot be read as a register at all (not UTF-8, no header, a
 * required column missing, broken quoting) is refused as a whole with a {@link BadRegister}.
 */
public final class RegisterCsv {
  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
  private static final Pattern PHONE = Pattern.compile("\\+?[0-9 .()\\-/]+");
  private static final List<DateTimeFormatter> DATES =
      List.of(
          DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT),
          DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT),
          DateTimeFormatter.ofPattern("d.M.uuuu").withResolverStyle(ResolverStyle.STRICT));

  /** The columns of a register, and the header names each is known by (compared without case, accents or punctuation). */
  enum Column {
    NAME("name", "full name", "participant", "nom prenom", "nom et prenom"),
    GIVEN_NAME("given name", "first name", "prenom"),
    FAMILY_NAME("family name", "last name", "surname", "nom de famille", "nom"),
    PHONE("phone", "telephone", "tel", "mobile", "portable"),
    EMAIL("email", "e mail", "mail", "courriel", "adresse mail"),
    CONSENT("consent", "consent to be contacted again", "contact again", "recontact", "consentement", "accepte d etre recontacte"),
    DATE("date", "day", "jour"),
    PLACE("place", "lieu"),
    CHANNEL("channel", "canal", "how met");

    final List<String> names;

    Column(String... names) {
      this.names = List.of(names);
    }
  }

  private static final Map<String, CaptureChannel> CHANNEL_WORDS = new LinkedHashMap<>();

  static {
    for (CaptureChannel channel : CaptureChannel.values()) {
      CHANNEL_WORDS.put(key(channel.name()), channel);
    }
    CHANNEL_WORDS.put("recrut cafe", CaptureChannel.OUTREACH_EVENT);
    CHANNEL_WORDS.put("recrutcafe", CaptureChannel.OUTREACH_EVENT);
    CHANNEL_WORDS.put("outreach", CaptureChannel.OUTREACH_EVENT);
    CHANNEL_WORDS.put("porte a porte", CaptureChannel.DOOR_TO_DOOR);
    CHANNEL_WORDS.put("ilotage", CaptureChannel.DOOR_TO_DOOR);
    CHANNEL_WORDS.put("mediator", CaptureChannel.MEDIATOR_REFERRAL);
    CHANNEL_WORDS.put("mediateur", CaptureChannel.MEDIATOR_REFERRAL);
    CHANNEL_WORDS.put("partner", CaptureChannel.PARTNER_REFERRAL);
    CHANNEL_WORDS.put("partenaire", CaptureChannel.PARTNER_REFERRAL);
    CHANNEL_WORDS.put("poster", CaptureChannel.POSTER_OR_FLYER);
    CHANNEL_WORDS.put("flyer", CaptureChannel.POSTER_OR_FLYER);
    CHANNEL_WORDS.put("affiche", CaptureChannel.POSTER_OR_FLYER);
    CHANNEL_WORDS.put("action collaborative", CaptureChannel.COLLABORATIVE_ACTION);
    CHANNEL_WORDS.put("spontane", CaptureChannel.WALK_IN);
    CHANNEL_WORDS.put("evenement site", CaptureChannel.SITE_EVENT);
  }

  private RegisterCsv() {}

  /**
   * Reads a register from the bytes of a CSV file.
   *
   * @param source the file's name, for messages
   * @throws BadRegister if the file cannot be read as a register at all
   */
  public static Register read(byte[] bytes, String source) {
    String text = decode(bytes, source);
    if (text.isBlank()) {
      throw new BadRegister(source + " is empty: it needs a header line naming the columns, then one line per person");
    }
    char separator = separatorOf(firstLine(text));
    CsvSchema schema = CsvSchema.emptySchema().withColumnSeparator(separator);
    CsvFactory factory = new CsvFactory();
    List<Row> rows = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    Map<Column, Integer> columns = null;
    List<String> headerNames = List.of();
    int width = 0;
    try (CsvParser parser = factory.createParser(text)) {
      parser.setSchema(schema);
      parser.enable(CsvParser.Feature.TRIM_SPACES);
      List<String> values = new ArrayList<>();
      long line = 0;
      JsonToken token;
      while ((token = parser.nextToken()) != null) {
        // Without declared columns the parser gives each row as an array of its values.
        if (token == JsonToken.START_ARRAY) {
          values.clear();
          line = parser.currentLocation().getLineNr();
        } else if (token == JsonToken.VALUE_STRING) {
          // One form for every text (macOS and some spreadsheets write accents decomposed, NFD): the
          // same name is then the same characters, whichever program saved the file.
          values.add(Normalizer.normalize(parser.getText(), Normalizer.Form.NFC));
        } else if (token == JsonToken.END_ARRAY) {
          if (values.stream().allMatch(String::isBlank)) {
            continue; // an empty line, or a line of empty cells as spreadsheets leave at the end
          }
          if (columns == null) {
            columns = header(values, source);
            headerNames = List.copyOf(values);
            width = values.size();
            continue;
          }
          if (values.size() > width) {
            problems.add(new Problem(line, "it has " + values.size() + " values but the header names " + width
                + " columns: check the separators (a comma or a semicolon inside a value needs quotes)"));
            continue;
          }
          if (values.size() < width) {
            problems.add(new Problem(line, "it has " + values.size() + (values.size() == 1 ? " value" : " values")
                + " but the header names " + width + " columns: check the separators, and write every column"
                + " (an empty value is written as nothing between two separators)"));
            continue;
          }
          Checked checked = check(line, values, columns, headerNames);
          checked.row().ifPresent(rows::add);
          checked.problem().ifPresent(problems::add);
        }
      }
    } catch (JsonProcessingException e) {
      throw new BadRegister(source + " is not valid CSV near line " + e.getLocation().getLineNr() + ": "
          + e.getOriginalMessage() + "; check the quotes on that line");
    } catch (IOException e) {
      throw new BadRegister("Cannot read " + source + ": " + e.getMessage(), e);
    }
    if (columns == null) {
      throw new BadRegister(source + " has no header line: the first line must name the columns "
          + "(name, phone, email, consent, date, place, channel)");
    }
    return new Register(source, separator, rows, problems);
  }

  private record Checked(Optional<Row> row, Optional<Problem> problem) {
    static Checked bad(long line, String reason) {
      return new Checked(Optional.empty(), Optional.of(new Problem(line, reason)));
    }
  }

  private static Checked check(long line, List<String> values, Map<Column, Integer> columns, List<String> headerNames) {
    String given;
    String family;
    if (columns.containsKey(Column.GIVEN_NAME)) {
      given = value(values, columns, Column.GIVEN_NAME);
      family = value(values, columns, Column.FAMILY_NAME);
    } else {
      String name = value(values, columns, Column.NAME).replaceAll("\\s+", " ");
      int space = name.indexOf(' ');
      given = space < 0 ? name : name.substring(0, space);
      family = space < 0 ? "" : name.substring(space + 1);
    }
    if (given.isEmpty() && family.isEmpty()) {
      return Checked.bad(line, "the name is empty: write the person's name as they gave it");
    }
    String phone = value(values, columns, Column.PHONE);
    String email = value(values, columns, Column.EMAIL);
    if (!phone.isEmpty() && !(PHONE.matcher(phone).matches() && digits(phone) >= 6 && digits(phone) <= 15)) {
      return Checked.bad(line, "phone \"" + phone + "\" is not a phone number: write its digits, e.g. 06 39 98 12 34");
    }
    if (!email.isEmpty() && !EMAIL.matcher(email).matches()) {
      return Checked.bad(line, "e-mail \"" + email + "\" is not an e-mail address: write it as name@example.org");
    }
    String consentText = value(values, columns, Column.CONSENT);
    Optional<Boolean> consent = consent(consentText);
    if (consent.isEmpty()) {
      return Checked.bad(line, (consentText.isEmpty()
              ? "the consent is empty: ask the person whether they agree to be contacted again, and write"
              : "consent \"" + consentText + "\" is not a yes or a no: write")
          + " yes or no in column \"" + headerNames.get(columns.get(Column.CONSENT)) + "\"" + " (also oui/non, true/false, 1/0, x for yes)");
    }
    if (consent.get() && phone.isEmpty() && email.isEmpty()) {
      return Checked.bad(line, "the person agreed to be contacted again but no phone or e-mail is given: add one, or set consent to no");
    }
    String dateText = value(values, columns, Column.DATE);
    Optional<LocalDate> date = date(dateText);
    if (date.isEmpty()) {
      return Checked.bad(line, dateText.isEmpty()
          ? "the date is empty: write the day the person was met, e.g. 2018-03-15 or 15/03/2018"
          : "date \"" + dateText + "\" is not a date: write it as 2018-03-15 or 15/03/2018");
    }
    String channelText = value(values, columns, Column.CHANNEL);
    CaptureChannel channel = CHANNEL_WORDS.get(key(channelText));
    if (channel == null) {
      return Checked.bad(line, (channelText.isEmpty() ? "the channel is empty" : "channel \"" + channelText + "\" is unknown")
          + ": write one of recrut-cafe, door-to-door, mediator, partner, poster, collaborative-action, walk-in, site-event");
    }
    String place = value(values, columns, Column.PLACE);
    if (channel == CaptureChannel.OUTREACH_EVENT && place.isEmpty()) {
      return Checked.bad(line, "the place is empty: say where the Recrut'Café was held, e.g. Building hall B, Petite Hollande");
    }
    return new Checked(
        Optional.of(new Row(line, given, family, opt(phone), opt(email), consent.get(), date.get(), opt(place), channel)),
        Optional.empty());
  }

  private static Map<Column, Integer> header(List<String> names, String source) {
    Map<Column, Integer> columns = new EnumMap<>(Column.class);
    for (int i = 0; i < names.size(); i++) {
      String name = key(names.get(i));
      for (Column column : Column.values()) {
        if (column.names.contains(name) && !columns.containsKey(column)) {
          columns.put(column, i);
          break;
        }
      }
    }
    // "nom" alone is the whole name; next to "prénom" it is the family name.
    if (!columns.containsKey(Column.GIVEN_NAME) && columns.containsKey(Column.FAMILY_NAME) && !columns.containsKey(Column.NAME)) {
      columns.put(Column.NAME, columns.remove(Column.FAMILY_NAME));
    }
    List<String> missing = new ArrayList<>();
    if (!columns.containsKey(Column.NAME) && !columns.containsKey(Column.GIVEN_NAME)) {
      missing.add("name");
    }
    if (!columns.containsKey(Column.PHONE) && !columns.containsKey(Column.EMAIL)) {
      missing.add("phone or email");
    }
    for (Column required : List.of(Column.CONSENT, Column.DATE, Column.CHANNEL)) {
      if (!columns.containsKey(required)) {
        missing.add(required.names.get(0));
      }
    }
    if (!missing.isEmpty()) {
      throw new BadRegister(source + " has no column " + String.join(", ", missing)
          + ": the header must name the columns name, phone and/or email, consent, date, place, channel (found: "
          + String.join(", ", names) + ")");
    }
    return columns;
  }

  private static String value(List<String> values, Map<Column, Integer> columns, Column column) {
    Integer at = columns.get(column);
    return at == null || at >= values.size() ? "" : values.get(at).strip();
  }

  private static Optional<Boolean> consent(String text) {
    return switch (key(text)) {
      case "yes", "y", "oui", "o", "true", "1", "x" -> Optional.of(true);
      case "no", "n", "non", "false", "0" -> Optional.of(false);
      default -> Optional.empty();
    };
  }

  private static Optional<LocalDate> date(String text) {
    for (DateTimeFormatter format : DATES) {
      try {
        return Optional.of(LocalDate.parse(text, format));
      } catch (DateTimeParseException e) {
        // try the next format
      }
    }
    return Optional.empty();
  }

  private static long digits(String phone) {
    return phone.chars().filter(Character::isDigit).count();
  }

  private static Optional<String> opt(String value) {
    return value.isEmpty() ? Optional.empty() : Optional.of(value);
  }

  /** Lower case, no accents, words separated by single spaces: how header names and channel words are compared. */
  static String key(String text) {
    String plain = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    return plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").strip();
  }

  private static String decode(byte[] bytes, String source) {
    int skip = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes, skip, bytes.length - skip))
          .toString();
    } catch (CharacterCodingException e) {
      throw new BadRegister(source + " is not UTF-8 text: save it again as \"CSV UTF-8\" (in Excel: Save as, CSV UTF-8)", e);
    }
  }

  private static String firstLine(String text) {
    String trimmed = text.stripLeading();
    int end = trimmed.indexOf('\n');
    return end < 0 ? trimmed : trimmed.substring(0, end);
  }

  /** Semicolon if the header has more semicolons than commas (French spreadsheets), else comma. */
  private static char separatorOf(String header) {
    long semicolons = header.chars().filter(c -> c == ';').count();
    long commas = header.chars().filter(c -> c == ',').count();
    return semicolons > commas ? ';' : ',';
  }

  /** A register read from a file: its good rows and the problems of the others. */
  public record Register(String source, char separator, List<Row> rows, List<Problem> problems) {
    public Register {
      rows = List.copyOf(rows);
      problems = List.copyOf(problems);
    }
  }

  /** One person met, as a good row of the register gives it. */
  public record Row(
      long line,
      String givenName,
      String familyName,
      Optional<String> phone,
      Optional<String> email,
      boolean consent,
      LocalDate date,
      Optional<String> place,
      CaptureChannel channel) {}

  /** A row that was not imported, and why. */
  /**
   * A row not imported, and why.
   *
   * @param code the engine's refusal code, for a row the engine refused
   * @param field the field the refusal names, if it names one
   */
  public record Problem(long line, String reason, Optional<String> code, Optional<String> field) {
    public Problem {
      java.util.Objects.requireNonNull(reason, "reason");
      java.util.Objects.requireNonNull(code, "code");
      java.util.Objects.requireNonNull(field, "field");
    }

    /** A row that could not be read as a register's row. */
    public Problem(long line, String reason) {
      this(line, reason, Optional.empty(), Optional.empty());
    }

    @Override
    public String toString() {
      return "line " + line + field.map(f -> " (field " + f + ")").orElse("") + ": " + reason;
    }
  }

  /** A file that cannot be read as an attendance register at all. */
  public static final class BadRegister extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    BadRegister(String message) {
      super(message);
    }

    BadRegister(String message, Throwable cause) {
      super(message, cause);
    }
  }
}
