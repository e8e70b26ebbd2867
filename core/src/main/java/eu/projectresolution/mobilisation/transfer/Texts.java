package eu.projectresolution.mobilisation.transfer;

import eu.projectresolution.mobilisation.programme.Money;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Plain-language fragments shared by the requirements' explanations. */
final class Texts {
  private Texts() {}

  static String join(Collection<?> values) {
    List<String> parts = new ArrayList<>();
    values.forEach(v -> parts.add(String.valueOf(v)));
    return String.join(", ", parts);
  }

  static String joinOr(Collection<?> values) {
    List<String> parts = new ArrayList<>();
    values.forEach(v -> parts.add(String.valueOf(v)));
    if (parts.size() <= 1) {
      return String.join("", parts);
    }
    return String.join(", ", parts.subList(0, parts.size() - 1)) + " or " + parts.get(parts.size() - 1);
  }

  static String money(Money money) {
    return money.currency().getCurrencyCode() + " " + money.amount().setScale(2, RoundingMode.HALF_UP).toPlainString();
  }

  static String destination(TravelDestination destination) {
    return switch (destination) {
      case SITE -> "a reception site";
      case PUBLIC_EMPLOYMENT_OFFICE -> "the nearest public employment office";
    };
  }
}
