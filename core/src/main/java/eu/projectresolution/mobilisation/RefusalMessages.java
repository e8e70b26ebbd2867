package eu.projectresolution.mobilisation;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Why the engine refused a command, in the reader's language: a counsellor in Seville reads a refusal
 * in Spanish. The {@link Refusal} itself stays as the engine wrote it (its code, its field and its
 * English message, which names the beneficiary and the stage); this says what its {@link RefusalCode}
 * means, naming the field at fault.
 *
 * <pre>{@code
 * String enEspañol = RefusalMessages.of(Locale.forLanguageTag("es")).message(refusal);
 * // "La fecha es posterior a hoy: indique una fecha pasada o la de hoy (campo occurredOn)."
 * }</pre>
 *
 * <p>The messages are resource bundles, {@code eu/projectresolution/mobilisation/refusals*.properties}
 * (UTF-8), one key per code, where {@code {0}} stands for the field. A partner adds a language by
 * putting its own {@code refusals_xx.properties} on the classpath. {@link #SHIPPED} lists the languages
 * the engine ships with a message for every code (a test fails if one lacks a key).
 */
public final class RefusalMessages {
  /** The languages the engine ships with a message for every refusal code. */
  public static final List<Locale> SHIPPED =
      List.of(Locale.ENGLISH, Locale.FRENCH, Locale.forLanguageTag("es"), Locale.ITALIAN);

  private static final String BUNDLE = "eu.projectresolution.mobilisation.refusals";

  private final ResourceBundle bundle;

  private RefusalMessages(ResourceBundle bundle) {
    this.bundle = bundle;
  }

  /**
   * The messages in {@code locale}'s language, or in English for a language no bundle holds (never in
   * the machine's default language: what a person reads must not change with the server it runs on).
   */
  public static RefusalMessages of(Locale locale) {
    requireNonNull(locale, "locale");
    return new RefusalMessages(ResourceBundle.getBundle(BUNDLE, locale, RefusalMessages.class.getClassLoader(),
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)));
  }

  /** What {@code refusal} means in this language, naming its field. */
  public String message(Refusal refusal) {
    requireNonNull(refusal, "refusal");
    return message(refusal.code(), refusal.field());
  }

  /** What {@code code} means in this language, naming {@code field}, the command field at fault. */
  public String message(RefusalCode code, String field) {
    requireNonNull(code, "code");
    requireNonNull(field, "field");
    return bundle.getString(code.name()).replace("{0}", field);
  }

  @Override
  public String toString() {
    return "RefusalMessages{" + bundle.getLocale() + "}";
  }
}
