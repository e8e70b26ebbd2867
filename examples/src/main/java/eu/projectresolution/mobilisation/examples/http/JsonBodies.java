package eu.projectresolution.mobilisation.examples.http;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.projectresolution.mobilisation.engine.ImportMode;
import eu.projectresolution.mobilisation.engine.PathwayCommand;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads request bodies with the engine's own JSON mapping, and turns what Jackson says about a body it
 * cannot read into a {@link BadRequest} naming the JSON path at fault ({@code $.contact.on}, {@code
 * $.commands[2].command.siteId}).
 */
final class JsonBodies {
  /** The most commands one import may carry: a few hundred per call is the engine's advice. */
  static final int MOST_COMMANDS_PER_IMPORT = 1000;

  /** A body the API could not read, and where in it. */
  static final class BadRequest extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String path;

    BadRequest(String message, String path) {
      super(message, null, false, false);
      this.path = path;
    }

    ApiProblem problem() {
      return ApiProblem.badRequest(getMessage(), path);
    }
  }

  /** A batch import: its mode and its commands, in order. */
  record Import(ImportMode mode, List<PathwayCommand> commands) {}

  private final ObjectMapper json;

  JsonBodies(ObjectMapper json) {
    this.json = json;
  }

  /** The body read as {@code type}. */
  <T> T read(byte[] body, Class<T> type) {
    try {
      return json.readValue(body, type);
    } catch (IOException e) {
      throw badRequest(e, "$");
    }
  }

  /**
   * An import: {@code {"mode": "ALL_OR_NOTHING", "commands": [{"kind": "welcome", "command": {...}}]}};
   * the mode defaults to {@code EACH_ON_ITS_OWN}.
   */
  Import readImport(byte[] body) {
    JsonNode root;
    try {
      root = json.readTree(body);
    } catch (IOException e) {
      throw badRequest(e, "$");
    }
    ObjectNode object = object(root, "$");
    onlyFields(object, "$", Set.of("mode", "commands"));
    ImportMode mode = ImportMode.EACH_ON_ITS_OWN;
    JsonNode modeNode = object.get("mode");
    if (modeNode != null) {
      try {
        mode = ImportMode.valueOf(modeNode.asText().toUpperCase(Locale.ROOT).replace('-', '_'));
      } catch (IllegalArgumentException e) {
        throw new BadRequest("mode must be one of EACH_ON_ITS_OWN, ALL_OR_NOTHING, VALIDATE_ONLY", "$.mode");
      }
    }
    JsonNode commands = object.get("commands");
    if (commands == null || !commands.isArray()) {
      throw new BadRequest("commands must be a list of {\"kind\": ..., \"command\": {...}}", "$.commands");
    }
    if (commands.size() > MOST_COMMANDS_PER_IMPORT) {
      throw new BadRequest("an import carries at most " + MOST_COMMANDS_PER_IMPORT + " commands, this one "
          + commands.size() + ": send it in several", "$.commands");
    }
    List<PathwayCommand> read = new ArrayList<>(commands.size());
    for (int i = 0; i < commands.size(); i++) {
      String at = "$.commands[" + i + "]";
      ObjectNode entry = object(commands.get(i), at);
      onlyFields(entry, at, Set.of("kind", "command"));
      JsonNode kindNode = entry.get("kind");
      CommandKind kind = CommandKind.named(kindNode == null ? "" : kindNode.asText())
          .orElseThrow(() -> new BadRequest("kind must be one of " + CommandKind.names(), at + ".kind"));
      JsonNode command = entry.get("command");
      if (command == null) {
        throw new BadRequest("is missing: add \"command\", the " + kind.urlName() + " command", at + ".command");
      }
      try {
        read.add(json.treeToValue(command, kind.type()));
      } catch (JsonProcessingException | IllegalArgumentException e) {
        throw badRequest(e, at + ".command");
      }
    }
    return new Import(mode, read);
  }

  private static ObjectNode object(JsonNode node, String path) {
    if (node == null || !node.isObject()) {
      throw new BadRequest("must be a JSON object", path);
    }
    return (ObjectNode) node;
  }

  private static void onlyFields(ObjectNode node, String path, Set<String> allowed) {
    for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!allowed.contains(name)) {
        throw new BadRequest("Unrecognized field \"" + name + "\": allowed here are " + String.join(", ", allowed.stream().sorted().toList()),
            path + "." + name);
      }
    }
  }

  /** What Jackson said, at the path it names under {@code base}. */
  static BadRequest badRequest(Exception e, String base) {
    if (e instanceof JsonMappingException mapping) {
      String message = mapping.getOriginalMessage();
      if (mapping instanceof ValueInstantiationException && mapping.getCause() != null) {
        message = mapping.getCause().getMessage(); // the value's own check: "Cannot build Welcome, ... [siteId]"
      } else if (mapping instanceof InvalidFormatException invalid && invalid.getTargetType() == LocalDate.class) {
        // Jackson names the Java type and its parser's exception; a client needs the format.
        message = "\"" + invalid.getValue() + "\" is not a date: write it YYYY-MM-DD, e.g. 2018-03-15";
      } else if (mapping instanceof UnrecognizedPropertyException unknown) {
        message = "Unrecognized field \"" + unknown.getPropertyName() + "\""
            + (unknown.getKnownPropertyIds() == null ? "" : ": the fields known here are " + String.join(", ",
                unknown.getKnownPropertyIds().stream().map(String::valueOf).sorted().toList()));
      }
      return new BadRequest(firstLine(message), base + pathOf(mapping.getPath()));
    }
    if (e instanceof StreamReadException parsing) {
      JsonLocation where = parsing.getLocation();
      String path = base;
      JsonParser parser = parsing.getProcessor();
      if (parser != null) {
        path = base + pointerToPath(parser.getParsingContext().pathAsPointer().toString());
      }
      String at = where == null ? "" : " (line " + where.getLineNr() + ", column " + where.getColumnNr() + ")";
      return new BadRequest("Not valid JSON" + at + ": " + firstLine(parsing.getOriginalMessage()), path);
    }
    return new BadRequest(firstLine(e.getMessage()), base);
  }

  private static String pathOf(List<JsonMappingException.Reference> references) {
    StringBuilder path = new StringBuilder();
    for (JsonMappingException.Reference reference : references) {
      if (reference.getFieldName() != null) {
        path.append('.').append(reference.getFieldName());
      } else if (reference.getIndex() >= 0) {
        path.append('[').append(reference.getIndex()).append(']');
      }
    }
    return path.toString();
  }

  private static String pointerToPath(String pointer) {
    StringBuilder path = new StringBuilder();
    for (String part : pointer.split("/")) {
      if (part.isEmpty()) {
        continue;
      }
      path.append(part.chars().allMatch(Character::isDigit) ? "[" + part + "]" : "." + part.replace("~1", "/").replace("~0", "~"));
    }
    return path.toString();
  }

  private static String firstLine(String message) {
    if (message == null || message.isBlank()) {
      return "cannot be read";
    }
    return message.lines().findFirst().orElse(message).strip();
  }
}
