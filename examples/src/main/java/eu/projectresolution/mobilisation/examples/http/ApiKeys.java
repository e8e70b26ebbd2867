package eu.projectresolution.mobilisation.examples.http;

import eu.projectresolution.mobilisation.TenantId;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Who may call the API: one secret key per partner organisation (tenant), given when the server starts.
 * A request names its key in {@code Authorization: Bearer <key>} or {@code X-Api-Key: <key>}, and acts
 * for that key's tenant only: the tenant is never read from the request, so a partner cannot even name
 * another's records.
 */
public final class ApiKeys {
  /** Shorter keys could be guessed by trying: 16 characters of a random string is a floor, not a goal. */
  static final int SHORTEST_KEY = 16;

  private record Entry(byte[] key, TenantId tenant) {}

  private final List<Entry> entries;

  private ApiKeys(List<Entry> entries) {
    this.entries = List.copyOf(entries);
  }

  /**
   * The keys of {@code keysByTenant}, one per tenant.
   *
   * @throws IllegalArgumentException if a key is shorter than {@value #SHORTEST_KEY} characters or two
   *     tenants share one, saying which tenant's
   */
  public static ApiKeys of(Map<TenantId, String> keysByTenant) {
    Map<String, TenantId> seen = new LinkedHashMap<>();
    for (Map.Entry<TenantId, String> e : keysByTenant.entrySet()) {
      String key = e.getValue();
      if (key == null || key.length() < SHORTEST_KEY || !key.chars().allMatch(c -> c > ' ' && c < 127)) {
        throw new IllegalArgumentException("The API key of tenant " + e.getKey() + " must be at least " + SHORTEST_KEY
            + " printable ASCII characters without spaces: generate one, e.g. with 'openssl rand -hex 24'");
      }
      TenantId other = seen.putIfAbsent(key, e.getKey());
      if (other != null) {
        throw new IllegalArgumentException("Tenants " + other + " and " + e.getKey() + " have the same API key: give each its own");
      }
    }
    return new ApiKeys(seen.entrySet().stream()
        .map(e -> new Entry(e.getKey().getBytes(StandardCharsets.UTF_8), e.getValue())).toList());
  }

  /** How many tenants may call the API. */
  public int size() {
    return entries.size();
  }

  /**
   * The tenant whose key {@code presented} is. Every key is compared in time that does not depend on
   * where they differ, so that timing the answers does not reveal a key character by character.
   */
  Optional<TenantId> tenantOf(String presented) {
    if (presented == null || presented.isEmpty()) {
      return Optional.empty();
    }
    byte[] given = presented.getBytes(StandardCharsets.UTF_8);
    TenantId found = null;
    for (Entry entry : entries) {
      if (MessageDigest.isEqual(entry.key(), given)) {
        found = entry.tenant();
      }
    }
    return Optional.ofNullable(found);
  }
}
