package eu.projectresolution.mobilisation.examples;

import eu.projectresolution.mobilisation.examples.text.Words;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.OverwrittenOptionException;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * picocli's own complaints about a malformed command line (an unknown option, a missing option or
 * parameter, an option without its value or given twice, a value of the wrong kind) in the reader's
 * language, from the {@code usage.*} words: each names the option or argument and what it takes (a number,
 * a date, one of a list of values), and {@code main.see_help} follows with where to read the rest. A
 * complaint of another kind keeps picocli's English words.
 */
final class UsageErrors {
  private static final Set<Class<?>> WHOLE_NUMBERS = Set.of(int.class, Integer.class, long.class, Long.class, short.class,
      Short.class);
  private static final Set<Class<?>> NUMBERS = Set.of(double.class, Double.class, float.class, Float.class, BigDecimal.class);

  private UsageErrors() {}

  /** What is wrong with the command line {@code args}, as {@code problem} found it, in the language of {@code words}. */
  static String message(ParameterException problem, String[] args, Words words) {
    if (problem instanceof UnmatchedArgumentException unmatched && !unmatched.getUnmatched().isEmpty()) {
      List<String> unknown = unmatched.getUnmatched();
      String kind = unknown.get(0).startsWith("-") ? "usage.unknown_option" : "usage.unmatched_argument";
      return words.text(kind + (unknown.size() == 1 ? "" : "s"), quoted(unknown, words));
    }
    if (problem instanceof MissingParameterException missing && !missing.getMissing().isEmpty()) {
      return missing.getMissing().stream().map(spec -> missing(spec, args, words)).collect(Collectors.joining("; "));
    }
    if (problem instanceof OverwrittenOptionException overwritten && overwritten.getOverwritten() != null) {
      return words.text("usage.option_twice", name(overwritten.getOverwritten()));
    }
    ArgSpec spec = problem.getArgSpec();
    if (spec != null && problem.getValue() != null && problem.getMessage().startsWith("Invalid value")) {
      return words.text("usage.invalid_value", name(spec), words.text("usage.quote", problem.getValue()))
          + expected(spec, words);
    }
    return problem.getMessage();
  }

  private static String missing(ArgSpec spec, String[] args, Words words) {
    if (spec instanceof OptionSpec option) {
      boolean given = Arrays.stream(args).anyMatch(a -> Arrays.stream(option.names()).anyMatch(a::equals));
      return given
          ? words.text("usage.option_needs_value", option.longestName(), option.paramLabel())
          : words.text("usage.missing_option", option.longestName(), option.paramLabel());
    }
    return words.text("usage.missing_parameter", spec.paramLabel());
  }

  /** What the option takes, when its type says: a whole number, a number, a date, one of its values. */
  private static String expected(ArgSpec spec, Words words) {
    Class<?> type = spec.type();
    if (type.isEnum()) {
      List<String> values = spec.completionCandidates() == null ? List.of()
          : StreamSupport.stream(spec.completionCandidates().spliterator(), false).toList();
      return values.isEmpty() ? "" : words.text("usage.expects_one_of", String.join(", ", values));
    } else if (WHOLE_NUMBERS.contains(type)) {
      return words.text("usage.expects_whole_number");
    } else if (NUMBERS.contains(type)) {
      return words.text("usage.expects_number");
    } else if (type == LocalDate.class) {
      return words.text("usage.expects_date");
    }
    return "";
  }

  private static String name(ArgSpec spec) {
    return spec instanceof OptionSpec option ? option.longestName() : spec.paramLabel();
  }

  private static String quoted(List<String> values, Words words) {
    return values.stream().map(v -> words.text("usage.quote", v)).collect(Collectors.joining(", "));
  }
}
