package eu.projectresolution.mobilisation.pathway;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import eu.projectresolution.mobilisation.internal.Identifiers;

/**
 * A stage of a pathway, named by its model: {@code captured}, {@code welcomed}, {@code accompanied}...
 * Stages are open values rather than a fixed list because partners declare their own models.
 * The SIPA stages are constants here.
 */
public record Stage(String name) {
  public static final Stage CAPTURED = new Stage("captured");
  public static final Stage WELCOMED = new Stage("welcomed");
  public static final Stage ORIENTED = new Stage("oriented");
  public static final Stage ACCOMPANIED = new Stage("accompanied");
  public static final Stage REFERRED = new Stage("referred");
  public static final Stage EXITED = new Stage("exited");
  public static final Stage LOST_CONTACT = new Stage("lost_contact");
  public static final Stage DROPPED_OUT = new Stage("dropped_out");

  public Stage {
    Identifiers.checkCode(name, "stage name");
  }

  @JsonCreator
  public static Stage of(String name) {
    return new Stage(name);
  }

  @JsonValue
  @Override
  public String name() {
    return name;
  }

  @Override
  public String toString() {
    return name;
  }
}
