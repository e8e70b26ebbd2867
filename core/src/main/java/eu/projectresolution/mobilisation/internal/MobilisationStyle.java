package eu.projectresolution.mobilisation.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The Immutables style of every value type in the engine, applied in each package's {@code package-info.java}.
 *
 * <p>Generated {@code Immutable*} classes stay package-private: callers only ever see the abstract type and
 * its {@code builder()} / {@code of(...)} factories, so the generated code can change without breaking
 * embedders. The retention is {@code SOURCE} so that no Immutables class is needed at run time.
 *
 * <p>A builder missing a required attribute throws {@link IllegalArgumentException} ("Cannot build Capture,
 * some of required attributes are not set [beneficiaryId]") rather than Immutables' default
 * {@link IllegalStateException}: a missing field is a caller mistake like any other, and the engine promises
 * that caller mistakes throw {@link NullPointerException} (a null given for a required value) or
 * {@link IllegalArgumentException}, so that a host catches one kind for "fix your input".
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.SOURCE)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    builderVisibility = Value.Style.BuilderVisibility.PACKAGE,
    defaults = @Value.Immutable(copy = true),
    jdkOnly = false,
    throwForInvalidImmutableState = IllegalArgumentException.class)
public @interface MobilisationStyle {}
