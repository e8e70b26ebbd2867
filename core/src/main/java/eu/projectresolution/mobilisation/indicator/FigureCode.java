package eu.projectresolution.mobilisation.indicator;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import eu.projectresolution.mobilisation.beneficiary.Gender;
import eu.projectresolution.mobilisation.internal.Identifiers;
import java.util.Locale;

/**
 * The stable code of a figure in an indicator report, e.g. {@code "welcomed"}, {@code
 * "sipa.positive_exit_rate"}, {@code "EECO02"} or, for a gender slice, {@code "EECO02.women"}. Codes do
 * not change between releases, so hosts, the examples and practice sheets can look figures up by them;
 * {@link FigureCodes} lists the fixed ones.
 */
public record FigureCode(String value) {
  public FigureCode {
    Identifiers.checkCode(value, "figure code");
  }

  @JsonCreator
  public static FigureCode of(String value) {
    return new FigureCode(value);
  }

  /** The code of this figure's slice for {@code gender}: {@code .women}, {@code .men}, {@code .non_binary} or {@code .gender_undeclared}. */
  public FigureCode forGender(Gender gender) {
    return new FigureCode(value + "." + suffix(gender));
  }

  static String suffix(Gender gender) {
    return switch (gender) {
      case WOMAN -> "women";
      case MAN -> "men";
      case NON_BINARY -> "non_binary";
      case UNDECLARED -> "gender_undeclared";
    };
  }

  /** A code made of parts joined with dots, each part lower-cased (e.g. an enum constant's name). */
  static FigureCode join(String... parts) {
    return new FigureCode(String.join(".", parts).toLowerCase(Locale.ROOT));
  }

  @JsonValue
  @Override
  public String value() {
    return value;
  }

  @Override
  public String toString() {
    return value;
  }
}
