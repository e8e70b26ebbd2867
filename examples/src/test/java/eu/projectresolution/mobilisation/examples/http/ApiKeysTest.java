package eu.projectresolution.mobilisation.examples.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.projectresolution.mobilisation.TenantId;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ApiKeysTest {
  private static final TenantId IDEIS = TenantId.of("ideis");
  private static final TenantId DEFI = TenantId.of("defi");

  @Test
  void aKeyActsForItsTenantOnly() {
    ApiKeys keys = ApiKeys.of(Map.of(IDEIS, "ideis-0123456789abcdef", DEFI, "defi-0123456789abcdef"));

    assertThat(keys.tenantOf("ideis-0123456789abcdef")).contains(IDEIS);
    assertThat(keys.tenantOf("defi-0123456789abcdef")).contains(DEFI);
    assertThat(keys.tenantOf("ideis-0123456789abcde")).isEmpty();
    assertThat(keys.tenantOf("")).isEmpty();
    assertThat(keys.tenantOf(null)).isEmpty();
  }

  @Test
  void refusesShortKeysAndKeysSharedByTwoTenants() {
    assertThatThrownBy(() -> ApiKeys.of(Map.of(IDEIS, "short")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ideis").hasMessageContaining("16");
    assertThatThrownBy(() -> ApiKeys.of(Map.of(IDEIS, "0123456789abcdef with space")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ApiKeys.of(new java.util.LinkedHashMap<>(Map.of(IDEIS, "0123456789abcdefgh", DEFI, "0123456789abcdefgh"))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("same API key");
  }
}
