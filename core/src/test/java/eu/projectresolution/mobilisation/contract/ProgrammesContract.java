package eu.projectresolution.mobilisation.contract;

import static org.assertj.core.api.Assertions.assertThat;

import eu.projectresolution.mobilisation.TenantId;
import eu.projectresolution.mobilisation.port.MobilisationStorage;
import eu.projectresolution.mobilisation.port.Programmes;
import eu.projectresolution.mobilisation.programme.Money;
import eu.projectresolution.mobilisation.programme.Programme;
import eu.projectresolution.mobilisation.programme.ProgrammeId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every adapter of {@link Programmes} must do. Extend it and supply the store. */
public abstract class ProgrammesContract {
  private Programmes programmes;
  private TenantId tenant;

  /** The store under test; it may be shared by every test of the class. */
  protected abstract MobilisationStorage storage();

  @BeforeEach
  void setUpProgrammes() {
    programmes = storage().programmes();
    tenant = Fixtures.newTenant();
  }

  @Test
  void findsAnAddedProgrammeWithEveryDeclaration() {
    Programme sipa = Fixtures.sipa();

    assertThat(programmes.add(tenant, sipa)).isTrue();

    assertThat(programmes.find(tenant, sipa.id())).contains(sipa);
    assertThat(programmes.list(tenant)).containsExactly(sipa);
  }

  @Test
  void keepsTheFirstProgrammeWhenAnIdIsAddedTwice() {
    Programme sipa = Fixtures.sipa();
    programmes.add(tenant, sipa);

    boolean added = programmes.add(tenant, Programme.builder().from(sipa).name("Another name").build());

    assertThat(added).isFalse();
    assertThat(programmes.find(tenant, sipa.id())).contains(sipa);
  }

  @Test
  void replacesTheDeclarationsOfAnExistingProgrammeOnly() {
    Programme sipa = Fixtures.sipa();
    Programme corrected = Programme.builder().from(sipa).budget(Money.of("1366568.15", "EUR")).build();

    assertThat(programmes.replace(tenant, corrected)).isFalse();
    assertThat(programmes.find(tenant, sipa.id())).isEmpty();

    programmes.add(tenant, sipa);
    assertThat(programmes.replace(tenant, corrected)).isTrue();
    assertThat(programmes.find(tenant, sipa.id())).contains(corrected);
  }

  @Test
  void listsProgrammesOrderedById() {
    Programme b = Programme.builder().from(Fixtures.sipa()).id(ProgrammeId.of("b-programme")).build();
    Programme a = Programme.builder().from(Fixtures.sipa()).id(ProgrammeId.of("a-programme")).build();
    programmes.add(tenant, b);
    programmes.add(tenant, a);

    assertThat(programmes.list(tenant)).containsExactly(a, b);
  }

  @Test
  void neverShowsOrChangesAnotherTenantsProgrammes() {
    TenantId other = Fixtures.newTenant();
    Programme sipa = Fixtures.sipa();
    programmes.add(tenant, sipa);

    assertThat(programmes.find(other, sipa.id())).isEmpty();
    assertThat(programmes.list(other)).isEmpty();
    assertThat(programmes.replace(other, Programme.builder().from(sipa).name("Hijacked").build())).isFalse();
    assertThat(programmes.add(other, Programme.builder().from(sipa).name("Theirs").build())).isTrue();

    assertThat(programmes.find(tenant, sipa.id())).contains(sipa);
    assertThat(programmes.find(other, sipa.id()).orElseThrow().name()).isEqualTo("Theirs");
  }
}
