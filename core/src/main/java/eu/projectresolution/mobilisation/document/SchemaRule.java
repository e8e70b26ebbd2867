package eu.projectresolution.mobilisation.document;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.function.Function;

/**
 * A name, a problem code and words for a rule between fields that a document's JSON Schema states with
 * {@code if}/{@code then}/{@code else} or {@code anyOf}: "an OTHER domain is described", "a practice
 * applied elsewhere says where". The schema holds the rule; this says what to tell the user when a document
 * breaks it, which a schema cannot say.
 *
 * <p>A rule is bound to the place of the schema where it is written, as a JSON Pointer into the schema such
 * as {@code /$defs/initiative/allOf/0}: the subschema holding the {@code if} (for {@link #conditional}) or the
 * {@code anyOf} (for {@link #anyOf}). A checker refuses to load a schema where a bound place holds no such
 * keyword, and a schema with an {@code anyOf} or a {@code not} that no rule names.
 *
 * <p>The rule is checked only when the fields it reads had no problem of their own: a list of domains
 * already reported as malformed says nothing reliable about whether OTHER is in it.
 */
public final class SchemaRule {
  /** Which keyword the rule names. */
  enum Kind {
    CONDITIONAL("if"),
    ANY_OF("anyOf");

    final String keyword;

    Kind(String keyword) {
      this.keyword = keyword;
    }
  }

  /**
   * The problem a broken rule is: at which field of the object it is reported, its code and its message.
   *
   * @param field the field of the object the problem is at, or {@code ""} for the object itself
   * @param message the message, from the object as written
   */
  public record Outcome(String field, ProblemCode code, Function<JsonNode, String> message) {
    public Outcome {
      requireNonNull(field, "field");
      requireNonNull(code, "code");
      requireNonNull(message, "message");
    }

    /** A problem at {@code field} of the object, with a fixed message. */
    public static Outcome at(String field, ProblemCode code, String message) {
      requireNonNull(message, "message");
      return new Outcome(field, code, object -> message);
    }

    /** A problem at the object itself, with a fixed message. */
    public static Outcome atTheObject(ProblemCode code, String message) {
      return at("", code, message);
    }

    String path(String objectPath) {
      return field.isEmpty() ? objectPath : Paths.field(objectPath, field);
    }
  }

  private final String name;
  private final Kind kind;
  private final String location;
  private final Outcome whenThenFails;
  private final Outcome whenElseFails;

  private SchemaRule(String name, Kind kind, String location, Outcome whenThenFails, Outcome whenElseFails) {
    this.name = requireNonNull(name, "name");
    this.kind = kind;
    this.location = requireNonNull(location, "location");
    this.whenThenFails = requireNonNull(whenThenFails, "whenThenFails");
    this.whenElseFails = whenElseFails;
  }

  /**
   * Names the {@code if}/{@code then}/{@code else} of the subschema at {@code location}.
   *
   * @param whenThenFails the problem when the {@code if} holds and the {@code then} does not
   * @param whenElseFails the problem when the {@code if} does not hold and the {@code else} does not either
   */
  public static SchemaRule conditional(String name, String location, Outcome whenThenFails, Outcome whenElseFails) {
    return new SchemaRule(name, Kind.CONDITIONAL, location, whenThenFails, requireNonNull(whenElseFails, "whenElseFails"));
  }

  /** Names the {@code anyOf} of the subschema at {@code location}: the problem when none of its branches holds. */
  public static SchemaRule anyOf(String name, String location, Outcome whenNoneHolds) {
    return new SchemaRule(name, Kind.ANY_OF, location, whenNoneHolds, null);
  }

  public String name() {
    return name;
  }

  /** Where the rule is written in the schema, as a JSON Pointer: {@code /$defs/testimonial}. */
  public String location() {
    return location;
  }

  Kind kind() {
    return kind;
  }

  Outcome whenThenFails() {
    return whenThenFails;
  }

  Outcome whenElseFails() {
    return whenElseFails;
  }

  Outcome whenNoneHolds() {
    return whenThenFails;
  }

  @Override
  public String toString() {
    return name + " (" + kind.keyword + " at " + location + ")";
  }
}
