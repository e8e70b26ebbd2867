package eu.projectresolution.mobilisation.transfer;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.projectresolution.mobilisation.programme.PartnerKind;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.quicktheories.QuickTheory;

/** The contract has teeth: broken rule sets fail it, for the reason the failing property names. */
class TransferabilityContractTest {
  private static final Requirement CROWD =
      PartnersPresent.of(RequirementId.of("crowd"), PartnerKind.OTHER);

  /** SIPA's practice and home ground, with rules supplied by each test. */
  private static class SipaWith extends TransferabilityContract {
    private final TransferRules rules;
    private final TransferContext home;

    SipaWith(TransferRules rules, TransferContext home) {
      this.rules = rules;
      this.home = home;
    }

    @Override
    protected PracticeDecomposition practice() {
      return SipaTransfer.practice();
    }

    @Override
    protected TransferRules rules() {
      return rules;
    }

    @Override
    protected TransferContext homeContext() {
      return home;
    }

    @Override
    protected QuickTheory theory() {
      // Only the failure matters here, not its smallest example: skip the (slow) shrinking.
      return super.theory().withShrinkCycles(0);
    }
  }

  @Test
  void catchesARuleThatGetsWorseWithMorePartners() {
    TransferRule tooManyCooks =
        (element, context) ->
            context.partners().size() > 7
                ? List.of(Finding.notTransferable(CROWD, "Too many partners spoil the Recrut'Café."))
                : List.of();
    SipaWith broken = new SipaWith(SipaTransfer.rules().with(tooManyCooks), SipaTransfer.homeContext());

    assertThatThrownBy(broken::improvingTheContextNeverMakesAnElementWorse).isInstanceOf(AssertionError.class);
  }

  @Test
  void catchesARuleThatChangesItsMind() {
    AtomicInteger calls = new AtomicInteger();
    TransferRule moody =
        (element, context) ->
            calls.incrementAndGet() % 3 == 0
                ? List.of(Finding.notTransferable(CROWD, "Not today."))
                : List.of();
    SipaWith broken = new SipaWith(SipaTransfer.rules().with(moody), SipaTransfer.homeContext());

    assertThatThrownBy(broken::sameContextAlwaysGivesTheSameAssessment).isInstanceOf(AssertionError.class);
  }

  @Test
  void catchesRulesThatIgnoreDeclaredRequirements() {
    SipaWith broken = new SipaWith(TransferRules.of("says yes to everything"), SipaTransfer.homeContext());

    assertThatThrownBy(broken::everyVerdictExplainsItself).isInstanceOf(AssertionError.class);
  }

  @Test
  void catchesAHomeGroundThatDoesNotCarryOver() {
    SipaWith broken = new SipaWith(SipaTransfer.rules(), SipaTransfer.nordFrancheComteRural());

    assertThatThrownBy(broken::practiceIsEntirelyTransferableOnItsHomeGround).isInstanceOf(AssertionError.class);
  }
}
