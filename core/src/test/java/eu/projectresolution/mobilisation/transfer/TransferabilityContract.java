package eu.projectresolution.mobilisation.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quicktheories.QuickTheory;
import org.quicktheories.core.Gen;

/**
 * The properties every set of transferability rules must have, whoever wrote them. Extend it with your
 * practice, your rules and the practice's original context, and it runs as your own property test:
 *
 * <pre>{@code
 * class MyPracticeTransferabilityProperties extends TransferabilityContract {
 *   protected PracticeDecomposition practice() { return MY_RULE_FILE.practice(); }
 *   protected TransferRules rules() { return MY_RULE_FILE.rules().with(new MyOwnRule()); }
 *   protected TransferContext homeContext() { return MY_HOME; }
 * }
 * }</pre>
 *
 * <ul>
 *   <li><b>determinism</b>: the same practice and context always give the same assessment;
 *   <li><b>monotonicity</b>: adding a partner, staff or budget, or shortening a trip, never makes any
 *       element's verdict worse (nor the score lower, nor a transferable practice untransferable);
 *   <li><b>essential dominance</b>: one essential element that cannot transfer makes the practice not
 *       transferable, whatever else; an optional one never does;
 *   <li><b>explanation completeness</b>: every element has one verdict with a reason; every verdict other
 *       than TRANSFERABLE names its requirement, every ADAPT names its adaptation; every declared
 *       requirement the context does not meet is reported;
 *   <li><b>home ground</b>: the practice against its own original context (or any richer one) is entirely
 *       TRANSFERABLE.
 * </ul>
 *
 * <p>Contexts come from {@link #contexts()}, by default {@link TransferContextGenerators#anyContext} in the
 * home context's currency; override it to explore your own territories.
 */
public abstract class TransferabilityContract {
  /** The practice under test, split into elements. */
  protected abstract PracticeDecomposition practice();

  /** The rules under test. */
  protected abstract TransferRules rules();

  /** The context the practice was born in, where every element must carry over as it is. */
  protected abstract TransferContext homeContext();

  /** The target contexts to try; by default any context with a budget in the home context's currency. */
  protected Gen<TransferContext> contexts() {
    return TransferContextGenerators.anyContext(homeContext().budget().currency());
  }

  /** How many examples each property tries. */
  protected int examples() {
    return 200;
  }

  /**
   * How every property is run: {@link #examples()} examples and QuickTheories' defaults otherwise.
   * Override to fix a seed ({@code withFixedSeed}) or bound shrinking ({@code withShrinkCycles}).
   */
  protected QuickTheory theory() {
    return qt().withExamples(examples());
  }

  private TransferabilityAssessment assess(TransferContext context) {
    return rules().assess(practice(), context);
  }

  @Test
  public void sameContextAlwaysGivesTheSameAssessment() {
    theory()
        .forAll(contexts())
        .checkAssert(context -> {
          TransferabilityAssessment first = assess(context);
          assertThat(assess(context)).isEqualTo(first);
          assertThat(assess(TransferContext.builder().from(context).build())).isEqualTo(first);
        });
  }

  @Test
  public void improvingTheContextNeverMakesAnElementWorse() {
    theory()
        .forAll(contexts(), TransferContextGenerators.improvements())
        .checkAssert((context, improvement) -> {
          TransferabilityAssessment before = assess(context);
          TransferabilityAssessment after = assess(improvement.applyTo(context));
          for (ElementVerdict was : before.elements()) {
            ElementVerdict is = after.element(was.element()).orElseThrow();
            assertThat(is.verdict().isWorseThan(was.verdict()))
                .as("after %s, element %s went from %s to %s: %s", improvement, was.element(), was.verdict(), is.verdict(), is.reason())
                .isFalse();
          }
          assertThat(after.score()).as("score after %s", improvement).isGreaterThanOrEqualTo(before.score());
          if (before.transferable()) {
            assertThat(after.transferable()).as("transferable after %s", improvement).isTrue();
          }
        });
  }

  @Test
  public void oneEssentialElementThatCannotTransferMakesThePracticeNotTransferable() {
    int elements = practice().elements().size();
    theory()
        .forAll(contexts(), integers().between(0, elements - 1))
        .checkAssert((context, index) -> {
          PracticeElement vetoed = practice().elements().get(index);
          TransferabilityAssessment assessment = rules().with(veto(vetoed.id())).assess(practice(), context);
          assertThat(assessment.element(vetoed.id()).orElseThrow().verdict()).isEqualTo(Verdict.NOT_TRANSFERABLE);
          if (vetoed.essential()) {
            assertThat(assessment.transferable()).as("essential %s cannot transfer", vetoed.id()).isFalse();
            assertThat(assessment.verdict()).isEqualTo(Verdict.NOT_TRANSFERABLE);
          } else {
            assertThat(assessment.transferable())
                .as("optional %s cannot transfer: it must not decide", vetoed.id())
                .isEqualTo(assess(context).transferable());
          }
        });
  }

  @Test
  public void practiceIsTransferableExactlyWhenEveryEssentialElementIsTransferableOrAdapted() {
    theory()
        .forAll(contexts())
        .checkAssert(context -> {
          TransferabilityAssessment assessment = assess(context);
          boolean essentialsCarryOver =
              assessment.elements().stream()
                  .filter(ElementVerdict::essential)
                  .allMatch(e -> e.verdict() != Verdict.NOT_TRANSFERABLE);
          assertThat(assessment.transferable()).isEqualTo(essentialsCarryOver);
        });
  }

  @Test
  public void everyVerdictExplainsItself() {
    theory()
        .forAll(contexts())
        .checkAssert(context -> {
          TransferabilityAssessment assessment = assess(context);
          assertThat(assessment.elements())
              .extracting(ElementVerdict::element)
              .containsExactlyElementsOf(practice().elements().stream().map(PracticeElement::id).toList());
          for (ElementVerdict verdict : assessment.elements()) {
            PracticeElement element = practice().element(verdict.element()).orElseThrow();
            assertThat(verdict.essential()).isEqualTo(element.essential());
            assertThat(verdict.reason()).as("reason of %s", element.id()).isNotBlank();
            if (verdict.verdict() != Verdict.TRANSFERABLE) {
              assertThat(verdict.unmetRequirements()).as("unmet requirements of %s", element.id()).isNotEmpty();
              verdict.unmetRequirements().forEach(r -> assertThat(r.describe()).isNotBlank());
            }
            if (verdict.verdict() == Verdict.ADAPT) {
              assertThat(verdict.adaptations()).as("adaptations of %s", element.id()).isNotEmpty();
              verdict.adaptations().forEach(a -> assertThat(a.description()).isNotBlank());
            }
            for (Finding finding : verdict.findings()) {
              assertThat(finding.reason()).isNotBlank();
              if (finding.verdict() != Verdict.TRANSFERABLE) {
                assertThat(finding.requirement()).as("requirement of %s", finding).isPresent();
              }
              assertThat(finding.adaptation().isPresent()).isEqualTo(finding.verdict() == Verdict.ADAPT);
            }
            for (Requirement declared : element.requirements()) {
              if (!declared.isMetBy(context)) {
                assertThat(verdict.verdict())
                    .as("%s does not meet %s: %s", element.id(), declared.id(), declared.observedIn(context))
                    .isNotEqualTo(Verdict.TRANSFERABLE);
                assertThat(verdict.unmetRequirements()).extracting(Requirement::id).contains(declared.id());
              }
            }
          }
        });
  }

  @Test
  public void scoreIsOneExactlyWhenEveryElementIsTransferable() {
    theory()
        .forAll(contexts())
        .checkAssert(context -> {
          TransferabilityAssessment assessment = assess(context);
          assertThat(assessment.score()).isBetween(BigDecimal.ZERO, BigDecimal.ONE);
          boolean all = assessment.elements().stream().allMatch(e -> e.verdict() == Verdict.TRANSFERABLE);
          assertThat(assessment.scorePoints() == assessment.maximumPoints()).isEqualTo(all);
        });
  }

  @Test
  public void practiceIsEntirelyTransferableOnItsHomeGround() {
    TransferabilityAssessment home = assess(homeContext());
    assertThat(home.elementsWith(Verdict.TRANSFERABLE))
        .as(home.explain())
        .hasSameSizeAs(practice().elements());
    assertThat(home.verdict()).isEqualTo(Verdict.TRANSFERABLE);
    assertThat(home.score()).isEqualByComparingTo(BigDecimal.ONE);
  }

  @Test
  public void anythingRicherThanTheHomeGroundIsEntirelyTransferableToo() {
    theory()
        .forAll(TransferContextGenerators.improvements())
        .checkAssert(improvement -> {
          TransferabilityAssessment richer = assess(improvement.applyTo(homeContext()));
          assertThat(richer.verdict()).as("home ground after %s: %s", improvement, richer.explain()).isEqualTo(Verdict.TRANSFERABLE);
        });
  }

  /** A rule that finds {@code element} cannot transfer, whatever the context. */
  private static TransferRule veto(PracticeElementId element) {
    Requirement vetoed = new ContractVeto(RequirementId.of("contract-veto"));
    return (candidate, context) ->
        candidate.id().equals(element)
            ? List.of(Finding.notTransferable(vetoed, "Vetoed by TransferabilityContract to test essential dominance."))
            : List.of();
  }

  private record ContractVeto(RequirementId id) implements Requirement {
    @Override
    public Optional<String> why() {
      return Optional.of("a requirement no context meets, planted by the contract");
    }

    @Override
    public boolean isMetBy(TransferContext context) {
      return false;
    }

    @Override
    public String describe() {
      return "something no context has (planted by TransferabilityContract)";
    }

    @Override
    public String observedIn(TransferContext context) {
      return "not there, by construction";
    }
  }
}
