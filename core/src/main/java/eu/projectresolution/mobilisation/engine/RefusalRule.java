package eu.projectresolution.mobilisation.engine;

import static com.google.common.base.Preconditions.checkState;
import static java.util.Objects.requireNonNull;

import eu.projectresolution.mobilisation.Refusal;
import eu.projectresolution.mobilisation.RefusalCode;
import java.util.Optional;
import java.util.function.Function;

/**
 * One business rule that can refuse a pathway command, with a name a counsellor's question leads to
 * ("an exit is recorded once") and the one {@link RefusalCode} it answers. The engine's rules are the
 * constants of {@link RefusalRules}; each command's {@link Decider} lists those it must pass.
 *
 * @param <C> the kind of command the rule reads
 */
final class RefusalRule<C extends PathwayCommand> {
  private final String name;
  private final RefusalCode code;
  private final Function<CommandContext<? extends C>, Optional<Refusal>> check;

  private RefusalRule(String name, RefusalCode code, Function<CommandContext<? extends C>, Optional<Refusal>> check) {
    this.name = requireNonNull(name, "name");
    this.code = requireNonNull(code, "code");
    this.check = requireNonNull(check, "check");
  }

  static <C extends PathwayCommand> RefusalRule<C> of(
      String name, RefusalCode code, Function<CommandContext<? extends C>, Optional<Refusal>> check) {
    return new RefusalRule<>(name, code, check);
  }

  /** The refusal if the command breaks the rule in {@code context}; empty if it keeps it. */
  Optional<Refusal> check(CommandContext<? extends C> context) {
    Optional<Refusal> refusal = check.apply(context);
    checkState(refusal.isEmpty() || refusal.get().code() == code,
        "rule '%s' refused with %s instead of its code %s", name, refusal.map(Refusal::code).orElse(null), code);
    return refusal;
  }

  String name() {
    return name;
  }

  RefusalCode code() {
    return code;
  }

  @Override
  public String toString() {
    return name + " (" + code + ")";
  }
}
