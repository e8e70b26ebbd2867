package eu.projectresolution.mobilisation.document;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A value of a document as a {@link DocumentRule} sees it: the JSON written there, its path, and whether
 * the schema found it sound. A rule reads only sound values, so that one mistake is reported once and not
 * again by every rule that would misread it.
 */
public final class DocumentNode {
  private final JsonNode json;
  private final String path;
  private final DocumentNode parent;
  private final Findings findings;

  DocumentNode(JsonNode json, String path, DocumentNode parent, Findings findings) {
    this.json = json;
    this.path = path;
    this.parent = parent;
    this.findings = findings;
  }

  static DocumentNode root(JsonNode json, Findings findings) {
    return new DocumentNode(json, Paths.ROOT, null, findings);
  }

  /** Where the value is: {@code $.initiative.period}. */
  public String path() {
    return path;
  }

  /** The value as written; a {@link MissingNode} when the document does not have it. */
  public JsonNode json() {
    return json;
  }

  public boolean isPresent() {
    return !json.isMissingNode();
  }

  /** Whether the value is there and neither it nor anything in it has a problem. */
  public boolean isSound() {
    return isPresent() && findings.isSound(path);
  }

  /** The field {@code name} of this object, missing when it has none (or this is not an object). */
  public DocumentNode field(String name) {
    JsonNode value = json.isObject() && json.has(name) ? json.get(name) : MissingNode.getInstance();
    return new DocumentNode(value, Paths.field(path, name), this, findings);
  }

  /** The items of this list, in order; none when this is not a list. */
  public List<DocumentNode> items() {
    List<DocumentNode> items = new ArrayList<>();
    if (json.isArray()) {
      for (int i = 0; i < json.size(); i++) {
        items.add(item(i));
      }
    }
    return items;
  }

  DocumentNode item(int index) {
    return new DocumentNode(json.get(index), Paths.item(path, index), this, findings);
  }

  /** The object or list this value is in; none for the document's root. */
  public Optional<DocumentNode> parent() {
    return Optional.ofNullable(parent);
  }

  /** The document's root, {@code $}. */
  public DocumentNode root() {
    return parent == null ? this : parent.root();
  }

  /** The text written here, when it is a sound text. */
  public Optional<String> soundText() {
    return isSound() && json.isTextual() ? Optional.of(json.textValue()) : Optional.empty();
  }

  @Override
  public String toString() {
    return path + " = " + json;
  }
}
