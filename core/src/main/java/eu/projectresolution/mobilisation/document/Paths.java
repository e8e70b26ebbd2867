package eu.projectresolution.mobilisation.document;

import java.util.regex.Pattern;

/** JSON paths as problems show them: {@code $.practice.elements[0].id}, {@code $.sources['population.detail']}. */
final class Paths {
  static final String ROOT = "$";

  private static final Pattern PLAIN_NAME = Pattern.compile("[A-Za-z_$][A-Za-z0-9_$]*");
  private static final Pattern INDEX = Pattern.compile("\\[\\d+]");

  private Paths() {}

  /** The path of a field of the object at {@code path}; a name that is not a plain word goes in brackets. */
  static String field(String path, String name) {
    return PLAIN_NAME.matcher(name).matches()
        ? path + "." + name
        : path + "['" + name.replace("\\", "\\\\").replace("'", "\\'") + "']";
  }

  /** The path of an item of the list at {@code path}. */
  static String item(String path, int index) {
    return path + "[" + index + "]";
  }

  /** Whether {@code candidate} is {@code path} itself or a path inside it. */
  static boolean isAtOrUnder(String candidate, String path) {
    return candidate.startsWith(path)
        && (candidate.length() == path.length()
            || candidate.charAt(path.length()) == '.'
            || candidate.charAt(path.length()) == '[');
  }

  /** The path with every index written {@code [*]}, as rules name the places they look at. */
  static String anchor(String path) {
    return INDEX.matcher(path).replaceAll("[*]");
  }
}
