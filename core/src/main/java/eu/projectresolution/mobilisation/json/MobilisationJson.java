package eu.projectresolution.mobilisation.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * The JSON mapping of every value type of the engine.
 *
 * <pre>{@code
 * ObjectMapper json = MobilisationJson.objectMapper();
 * String text = json.writeValueAsString(programme);
 * Programme back = json.readValue(text, Programme.class);
 * }</pre>
 *
 * <p>Dates are ISO-8601 strings ({@code "2016-09-01"}), identifiers plain strings, absent optional
 * values are left out, and unknown properties are an error rather than silently dropped: a typo in a
 * field name must not lose data. Each call returns a new mapper the caller may reconfigure freely. A
 * host with a mapper of its own registers {@link MobilisationJsonModule} on it instead.
 */
public final class MobilisationJson {
  private MobilisationJson() {}

  /** A new mapper configured for the engine's types. */
  public static ObjectMapper objectMapper() {
    // The module carries the conventions for the engine's types (and Jdk8, JavaTime and Guava modules, and
    // sets kept in the order written, so that a value written again reads the same); the features below
    // make them the whole mapper's.
    return JsonMapper.builder()
        .addModule(new MobilisationJsonModule())
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
        .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
        .defaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.NON_ABSENT, JsonInclude.Include.NON_ABSENT))
        .build();
  }
}
