package eu.projectresolution.mobilisation.document;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.google.common.base.Throwables;
import eu.projectresolution.mobilisation.EngineFailure;
import eu.projectresolution.mobilisation.InputNotReadable;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks one kind of JSON document (a practice sheet, a transfer rule file, a transfer context file) and
 * reads it into its value, reporting every problem at once, each as a {@link DocumentProblem} with its JSON
 * path, a {@link ProblemCode} and a message saying what to fix.
 *
 * <p>The structural rules are the document's JSON Schema (draft 2020-12), shipped in core's resources for
 * partners who check documents with their own tools: the checker interprets the schema itself, so that each
 * rule is written once. It knows the keywords those schemas use ({@code type}, {@code properties},
 * {@code required}, {@code additionalProperties}, {@code propertyNames}, {@code minProperties}, {@code enum},
 * {@code const}, {@code items}, {@code minItems}, {@code maxItems}, {@code uniqueItems}, {@code contains},
 * {@code pattern}, {@code maxLength}, {@code format: date}, {@code minimum}, {@code exclusiveMinimum},
 * {@code maximum}, {@code $ref} into {@code $defs}, {@code allOf}, {@code anyOf}, {@code not}, {@code if}/
 * {@code then}/{@code else}) and refuses, with an {@link EngineFailure}, a schema using any other: no rule is
 * ever silently skipped. Beyond the schema, the engine requires of every text that it holds no broken
 * character (a lone UTF-16 surrogate), of a whole number that it be written without a fraction part where a
 * rule says so, and what each {@link TextPattern} adds.
 *
 * <p>The rules a schema cannot state are named {@link DocumentRule}s; the rules between fields it states are
 * worded by named {@link SchemaRule}s. A checker is immutable and thread-safe.
 */
public final class DocumentChecker {
  private final String documentName;
  private final Schema schema;
  private final Map<String, List<DocumentRule>> rulesByAnchor;
  private final ObjectMapper mapper;
  private final ObjectReader treeReader;

  private DocumentChecker(Builder builder, Schema schema) {
    this.documentName = builder.documentName;
    this.schema = schema;
    this.mapper = builder.mapper;
    this.treeReader =
        mapper.reader()
            .with(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    Map<String, List<DocumentRule>> byAnchor = new HashMap<>();
    for (DocumentRule rule : builder.rules) {
      for (String anchor : rule.anchors()) {
        if (!schema.describes(anchor)) {
          throw new EngineFailure("The rule \"" + rule.name() + "\" of the " + documentName + " looks at " + anchor
              + ", which its JSON Schema " + schema.name() + " does not describe");
        }
        byAnchor.computeIfAbsent(anchor, a -> new ArrayList<>()).add(rule);
      }
    }
    byAnchor.replaceAll((anchor, rules) -> List.copyOf(rules));
    this.rulesByAnchor = Map.copyOf(byAnchor);
  }

  /**
   * A checker of the documents that follow the JSON Schema at {@code schemaResource}, a classpath resource
   * found next to {@code resourceBase} (or from the root, when it starts with {@code /}).
   *
   * @param documentName what such a document is, in words: "practice sheet", "rule file"
   */
  public static Builder builder(String documentName, Class<?> resourceBase, String schemaResource) {
    return new Builder(documentName, resourceBase, schemaResource);
  }

  /** What the documents are, in words: "practice sheet". */
  public String documentName() {
    return documentName;
  }

  /** Every problem of the document {@code tree}, in the order of the document; empty when it has none. */
  public List<DocumentProblem> check(JsonNode tree) {
    if (tree == null || tree.isMissingNode()) {
      return List.of(new DocumentProblem(Paths.ROOT, ProblemCode.INVALID_JSON, "the text is empty: give a " + documentName));
    }
    return SchemaWalker.check(schema, rulesByAnchor, tree);
  }

  /** The value of type {@code type} in {@code json}, or every problem in it. */
  public <T> DocumentReading<T> read(String json, Class<T> type) {
    requireNonNull(json, "json");
    try {
      return read(treeReader.readTree(json), type);
    } catch (JsonProcessingException e) {
      return DocumentReading.invalid(List.of(notJson(e)));
    }
  }

  /**
   * The value of type {@code type} in {@code json}, read as UTF-8 and not closed, or every problem in it.
   *
   * @throws InputNotReadable when the stream cannot be read
   */
  public <T> DocumentReading<T> read(InputStream json, Class<T> type) {
    requireNonNull(json, "json");
    try {
      return read(treeReader.readTree(json), type);
    } catch (JsonProcessingException e) {
      return DocumentReading.invalid(List.of(notJson(e)));
    } catch (IOException e) {
      throw new InputNotReadable("Could not read the " + documentName + ": " + e.getMessage(), e);
    }
  }

  /** The value of type {@code type} in {@code tree}, or every problem in it. */
  public <T> DocumentReading<T> read(JsonNode tree, Class<T> type) {
    List<DocumentProblem> problems = check(tree);
    if (!problems.isEmpty()) {
      return DocumentReading.invalid(problems);
    }
    try {
      return DocumentReading.valid(mapper.treeToValue(tree, type));
    } catch (JsonProcessingException | IllegalArgumentException e) {
      // The checks and the mapping disagree: still a problem with a path, not a stack trace.
      return DocumentReading.invalid(List.of(mappingProblem(e)));
    }
  }

  private static DocumentProblem notJson(JsonProcessingException e) {
    JsonLocation at = e.getLocation();
    String where = at == null ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
    return new DocumentProblem(
        Paths.ROOT, ProblemCode.INVALID_JSON, "the text is not valid JSON" + where + ": " + e.getOriginalMessage());
  }

  private static DocumentProblem mappingProblem(Exception e) {
    String path = Paths.ROOT;
    String message = Throwables.getRootCause(e).getMessage();
    if (e instanceof JsonMappingException mapping) {
      for (JsonMappingException.Reference ref : mapping.getPath()) {
        if (ref.getFieldName() != null) {
          path = Paths.field(path, ref.getFieldName());
        } else if (ref.getIndex() >= 0) {
          path = Paths.item(path, ref.getIndex());
        }
      }
      message = mapping.getOriginalMessage();
    }
    return new DocumentProblem(path, ProblemCode.MALFORMED, "cannot be read: " + message);
  }

  /** Gathers what a checker needs; the schema is loaded and vetted by {@link #build()}. */
  public static final class Builder {
    private final String documentName;
    private final Class<?> resourceBase;
    private final String schemaResource;
    private final List<TextPattern> patterns = new ArrayList<>(TextPattern.STANDARD);
    private final List<DocumentRule> rules = new ArrayList<>();
    private final List<SchemaRule> schemaRules = new ArrayList<>();
    private ObjectMapper mapper;

    private Builder(String documentName, Class<?> resourceBase, String schemaResource) {
      this.documentName = requireNonNull(documentName, "documentName");
      this.resourceBase = requireNonNull(resourceBase, "resourceBase");
      this.schemaResource = requireNonNull(schemaResource, "schemaResource");
    }

    /** The mapper that reads the JSON and turns a valid tree into its value. */
    public Builder mapper(ObjectMapper mapper) {
      this.mapper = requireNonNull(mapper, "mapper");
      return this;
    }

    /** Meanings of patterns of this document's schema beyond the {@linkplain TextPattern#STANDARD standard} ones. */
    public Builder patterns(List<TextPattern> patterns) {
      this.patterns.addAll(0, patterns);
      return this;
    }

    /** The document's rules that its schema cannot state, run in this order where they meet. */
    public Builder rules(List<DocumentRule> rules) {
      this.rules.addAll(rules);
      return this;
    }

    /** The words of the rules between fields that the schema states. */
    public Builder schemaRules(List<SchemaRule> schemaRules) {
      this.schemaRules.addAll(schemaRules);
      return this;
    }

    /**
     * The checker.
     *
     * @throws EngineFailure when the schema is missing, is not JSON, or uses what the checker cannot
     *     interpret; when a rule looks at values the schema does not describe
     */
    public DocumentChecker build() {
      requireNonNull(mapper, "a document checker needs a mapper");
      JsonNode root;
      try (InputStream in = resourceBase.getResourceAsStream(schemaResource)) {
        if (in == null) {
          throw new EngineFailure("The JSON Schema " + schemaResource + " of the " + documentName
              + " is missing from the classpath next to " + resourceBase.getName());
        }
        root = mapper.readTree(in);
      } catch (IOException e) {
        throw new EngineFailure("Could not read the JSON Schema " + schemaResource + ": " + e.getMessage(), e);
      }
      return new DocumentChecker(this, Schema.load(schemaResource, root, patterns, schemaRules));
    }
  }
}
