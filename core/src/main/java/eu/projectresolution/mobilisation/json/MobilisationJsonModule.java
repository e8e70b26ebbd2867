package eu.projectresolution.mobilisation.json;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.introspect.Annotated;
import com.fasterxml.jackson.databind.introspect.AnnotatedClass;
import com.fasterxml.jackson.databind.introspect.AnnotatedMember;
import com.fasterxml.jackson.databind.introspect.NopAnnotationIntrospector;
import com.fasterxml.jackson.databind.module.SimpleAbstractTypeResolver;
import com.fasterxml.jackson.datatype.guava.GuavaModule;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The engine's JSON mapping as a Jackson {@link Module}, for a host that registers it on an {@link
 * com.fasterxml.jackson.databind.ObjectMapper} of its own (the one its web framework uses, say) rather
 * than use {@link MobilisationJson#objectMapper()}:
 *
 * <pre>{@code
 * ObjectMapper mapper = new ObjectMapper().registerModule(new MobilisationJsonModule());
 * String json = mapper.writeValueAsString(result);            // as the engine writes it
 * Welcome welcome = mapper.readValue(body, Welcome.class);    // as the engine reads it
 * }</pre>
 *
 * <p>On a mapper with Jackson's defaults, the engine's values (commands, events, results, pathways,
 * programmes, ids, practice sheets...) then read and write exactly as with the engine's own mapper:
 * dates as ISO-8601 strings ({@code "2017-03-14"}, {@code "2017-03-14T09:30:00Z"}), identifiers as
 * plain strings, absent optional values left out, sets in the order written, and unknown properties
 * refused (a typo in a field name must not lose data) even on a mapper that ignores them elsewhere, as
 * Spring Boot's does.
 *
 * <p>It changes nothing of the host's own types but two things Jackson offers only for a whole mapper:
 * it registers Jackson's Jdk8, JavaTime and Guava modules (once, if the host has them already), and it
 * reads a property declared as a {@link Set} into a {@link LinkedHashSet}, which keeps the order of the
 * JSON. Everything else (dates as strings, absent values left out, unknown properties refused) applies
 * to the engine's types only: the host's own {@code LocalDate}s, say, keep whatever form its mapper
 * gives them.
 */
public final class MobilisationJsonModule extends Module {
  /** The packages of the engine's types, to which the engine's conventions apply. */
  private static final String ENGINE_PACKAGES = "eu.projectresolution.mobilisation.";

  @Override
  public String getModuleName() {
    return "mobilisation";
  }

  @Override
  public Version version() {
    return Version.unknownVersion();
  }

  @Override
  public Iterable<? extends Module> getDependencies() {
    return List.of(new Jdk8Module(), new JavaTimeModule(), new GuavaModule());
  }

  @Override
  public void setupModule(SetupContext context) {
    SimpleAbstractTypeResolver orderedSets = new SimpleAbstractTypeResolver();
    orderedSets.addMapping(Set.class, LinkedHashSet.class);
    context.addAbstractTypeResolver(orderedSets);
    // Appended: an annotation on an engine type still wins over these defaults.
    context.appendAnnotationIntrospector(new EngineConventions());
    context.addDeserializationProblemHandler(new UnknownPropertiesRefused());
  }

  static boolean isEngineType(Class<?> type) {
    return type.getName().startsWith(ENGINE_PACKAGES);
  }

  /** The engine's conventions, as annotations that its types would carry. */
  private static final class EngineConventions extends NopAnnotationIntrospector {
    private static final long serialVersionUID = 1L;

    private static final JsonInclude.Value ABSENT_LEFT_OUT =
        JsonInclude.Value.construct(JsonInclude.Include.NON_ABSENT, JsonInclude.Include.NON_ABSENT);
    private static final JsonFormat.Value DATES_AS_TEXT =
        JsonFormat.Value.forShape(JsonFormat.Shape.STRING)
            .withoutFeature(JsonFormat.Feature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE);

    @Override
    public Version version() {
      return Version.unknownVersion();
    }

    /** An engine type leaves out its absent values (null, empty optional), as with {@code @JsonInclude(NON_ABSENT)}. */
    @Override
    public JsonInclude.Value findPropertyInclusion(Annotated a) {
      return a instanceof AnnotatedClass && isEngineType(a.getRawType()) ? ABSENT_LEFT_OUT : JsonInclude.Value.empty();
    }

    /**
     * A date or time held by an engine type (directly, or in an optional or a collection) is written as
     * ISO-8601 text, as with {@code @JsonFormat(shape = STRING)}; nothing else changes shape.
     */
    @Override
    public JsonFormat.Value findFormat(Annotated a) {
      return a instanceof AnnotatedMember member
              && isEngineType(member.getDeclaringClass())
              && holdsDateOrTime(member.getType())
          ? DATES_AS_TEXT
          : JsonFormat.Value.empty();
    }

    /** A {@code null} for a primitive of an engine type is refused, rather than read as 0 or false. */
    @Override
    public JsonSetter.Value findSetterInfo(Annotated a) {
      return a instanceof AnnotatedMember member
              && isEngineType(member.getDeclaringClass())
              && member.getRawType().isPrimitive()
          ? JsonSetter.Value.forValueNulls(Nulls.FAIL)
          : JsonSetter.Value.empty();
    }

    private static boolean holdsDateOrTime(JavaType type) {
      if (type == null) {
        return false;
      }
      if (type.getRawClass().getName().startsWith("java.time.")) {
        return true;
      }
      for (int i = 0; i < type.containedTypeCount(); i++) {
        if (holdsDateOrTime(type.containedType(i))) {
          return true;
        }
      }
      return false;
    }
  }

  /** An unknown property of an engine type is an error, even on a mapper that ignores unknown properties. */
  private static final class UnknownPropertiesRefused extends DeserializationProblemHandler {
    @Override
    public boolean handleUnknownProperty(
        DeserializationContext context, JsonParser p, JsonDeserializer<?> deserializer, Object beanOrClass,
        String propertyName) throws IOException {
      Class<?> type = beanOrClass instanceof Class<?> c ? c : beanOrClass.getClass();
      if (isEngineType(type)) {
        throw UnrecognizedPropertyException.from(
            p, beanOrClass, propertyName, deserializer == null ? null : deserializer.getKnownPropertyNames());
      }
      return false;
    }
  }
}
