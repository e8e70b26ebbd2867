package eu.projectresolution.mobilisation.jdbc;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import eu.projectresolution.mobilisation.EngineFailure;
import eu.projectresolution.mobilisation.StorageFailure;
import eu.projectresolution.mobilisation.json.MobilisationJson;
import eu.projectresolution.mobilisation.pathway.PathwayEvent;
import java.util.Arrays;
import java.util.List;

/**
 * Records to and from the JSON stored in the tables, with core's {@link MobilisationJson} mapping so
 * that what is stored is exactly what every other adapter and the engine's JSON files hold.
 */
final class Json {
  private static final List<JsonSubTypes.Type> EVENT_TYPES =
      Arrays.asList(PathwayEvent.class.getAnnotation(JsonSubTypes.class).value());

  private final ObjectMapper mapper = MobilisationJson.objectMapper();
  private final ObjectReader eventReader = mapper.readerFor(PathwayEvent.class);

  String write(Object value) {
    try {
      return mapper.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new EngineFailure("Could not write " + value.getClass().getSimpleName() + " as JSON: " + e.getMessage(), e);
    }
  }

  <T> T read(String json, Class<T> type, String where) {
    try {
      return mapper.readValue(json, type);
    } catch (JsonProcessingException e) {
      throw unreadable(type.getSimpleName(), where, e);
    }
  }

  /**
   * An event's JSON, with its {@code "type"}, as core writes it. (Written for its own class: a writer
   * for {@code PathwayEvent} would name the generated class instead of the kind.)
   */
  String writeEvent(PathwayEvent event) {
    try {
      return mapper.writeValueAsString(event);
    } catch (JsonProcessingException e) {
      throw new EngineFailure("Could not write event " + event.header().version() + " as JSON: " + e.getMessage(), e);
    }
  }

  PathwayEvent readEvent(String json, String where) {
    try {
      return eventReader.readValue(json);
    } catch (JsonProcessingException e) {
      throw unreadable("event", where, e);
    }
  }

  /** The event's {@code "type"} in JSON ({@code captured}, {@code welcomed}...), kept in its own column for SQL. */
  static String typeOf(PathwayEvent event) {
    return TYPE_NAMES.get(event.getClass());
  }

  /** Each event class's type, looked up once: every event appended asks for it. */
  private static final ClassValue<String> TYPE_NAMES = new ClassValue<>() {
    @Override
    @SuppressWarnings("unchecked")
    protected String computeValue(Class<?> kind) {
      return typeOf((Class<? extends PathwayEvent>) kind);
    }
  };

  /**
   * The {@code "type"} in JSON of the events of {@code kind}: one of the kinds {@link PathwayEvent}
   * declares (e.g. {@code PathwayEvents.Welcomed}), or a class of one.
   */
  static String typeOf(Class<? extends PathwayEvent> kind) {
    List<String> names = EVENT_TYPES.stream()
        .filter(type -> type.value().isAssignableFrom(kind) || kind.isAssignableFrom(type.value()))
        .map(JsonSubTypes.Type::name)
        .toList();
    if (names.size() != 1) {
      throw new IllegalArgumentException(
          "event " + kind.getName() + " is not one of the kinds PathwayEvent declares (it matches " + names + ")");
    }
    return names.get(0);
  }

  private static StorageFailure unreadable(String what, String where, JsonProcessingException e) {
    return new StorageFailure(
        "The stored " + what + " " + where + " cannot be read back (" + e.getOriginalMessage()
            + "): was it written by a newer version of the engine, or changed by hand?",
        e);
  }
}
