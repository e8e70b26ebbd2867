package eu.projectresolution.mobilisation.beneficiary;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Recognises a person met again, from their identity, without making their pseudonymous {@link
 * BeneficiaryId} recomputable from it: it turns the person's normalised identity into a {@link
 * MatchingKey}, a keyed hash (HMAC-SHA256) with a secret the host holds and keeps apart from the
 * records. The same identity with the same secret always gives the same key; without the secret, the
 * key says nothing about whom it belongs to.
 *
 * <p>What identifies a person: the given name and the family name, with the phone number, the e-mail
 * address and the exact birth date, those of them that are given. A name alone is too little to tell
 * people apart (two people called Amina Benali are two people), so {@link #keyOf(PersonalDetails)}
 * needs a name and at least one of phone, e-mail or birth date. Notes never take part. Two sets of
 * details give the same key when they are written the same way after normalisation:
 *
 * <ul>
 *   <li>names and e-mail: Unicode NFC (so "é" typed as one character or as "e" and an accent is the
 *       same), case-folded (Locale.ROOT), spaces trimmed and runs of whitespace made one space;
 *   <li>phone: its digits only ("06 39 98 12 34" and "06.39.98.12.34" are the same; "+33 6..." is
 *       another number);
 *   <li>birth date: ISO.
 * </ul>
 *
 * So a person who gives a phone number once and an e-mail address the next time is not recognised:
 * the matcher prefers to leave one person as two than to merge two people.
 *
 * <p>The secret must be at least {@value #MINIMUM_SECRET_BYTES} random bytes, generated once (e.g.
 * with {@link java.security.SecureRandom}) and kept by the host as it keeps a password: losing it only
 * stops recognising the people already met; changing it makes every person a new one. Immutable and
 * thread-safe.
 */
public final class IdentityMatcher {
  /** The shortest secret accepted, in bytes. */
  public static final int MINIMUM_SECRET_BYTES = 16;

  private static final String ALGORITHM = "HmacSHA256";
  private static final HexFormat HEX = HexFormat.of();

  private final SecretKeySpec secret;

  private IdentityMatcher(byte[] secret) {
    this.secret = new SecretKeySpec(secret, ALGORITHM);
  }

  /**
   * A matcher keyed with the host's secret (copied: the caller may clear its array).
   *
   * @throws IllegalArgumentException if the secret is shorter than {@value #MINIMUM_SECRET_BYTES} bytes
   */
  public static IdentityMatcher withSecret(byte[] secret) {
    requireNonNull(secret, "secret");
    checkArgument(
        secret.length >= MINIMUM_SECRET_BYTES,
        "the matching secret is %s bytes long: it must be at least %s random bytes (e.g. 32 from SecureRandom),"
            + " or anyone could guess it and recompute whose keys these are",
        secret.length,
        MINIMUM_SECRET_BYTES);
    return new IdentityMatcher(Arrays.copyOf(secret, secret.length));
  }

  /**
   * The key of the person these details identify: empty if they give no name, or a name and nothing
   * else (see the class description).
   */
  public Optional<MatchingKey> keyOf(PersonalDetails details) {
    requireNonNull(details, "details");
    boolean named = details.givenName().or(details::familyName).map(IdentityMatcher::text).filter(s -> !s.isEmpty()).isPresent();
    boolean more =
        details.phone().map(IdentityMatcher::digits).filter(s -> !s.isEmpty()).isPresent()
            || details.email().map(IdentityMatcher::text).filter(s -> !s.isEmpty()).isPresent()
            || details.birthDate().isPresent();
    return named && more ? Optional.of(hash("person", identity(details))) : Optional.empty();
  }

  /**
   * The key of details given on one occasion, for details too thin to identify a person (a name
   * only): it recognises the same record given again for the same occasion (e.g. a register imported
   * twice, the occasion being the Recrut'Café's day and place), never the same person met elsewhere.
   *
   * @param occasion words that identify the occasion and nobody, e.g. "2018-03-15|Hall B|OUTREACH_EVENT"
   */
  public MatchingKey keyOf(PersonalDetails details, String occasion) {
    requireNonNull(details, "details");
    requireNonNull(occasion, "occasion");
    List<String> parts = new ArrayList<>(identity(details));
    parts.add(text(occasion));
    return hash("occasion", parts);
  }

  private static List<String> identity(PersonalDetails details) {
    return List.of(
        details.givenName().map(IdentityMatcher::text).orElse(""),
        details.familyName().map(IdentityMatcher::text).orElse(""),
        details.phone().map(IdentityMatcher::digits).orElse(""),
        details.email().map(IdentityMatcher::text).orElse(""),
        details.birthDate().map(Object::toString).orElse(""));
  }

  /** NFC, case-folded, trimmed, whitespace runs made one space. */
  static String text(String value) {
    String composed = Normalizer.normalize(value, Normalizer.Form.NFC);
    String folded = Normalizer.normalize(composed.toLowerCase(Locale.ROOT), Normalizer.Form.NFC);
    return folded.replaceAll("(?U)\\s+", " ").strip();
  }

  private static String digits(String phone) {
    return phone.replaceAll("[^0-9]", "");
  }

  /** Each part length-prefixed, so that no two different identities give the same input. */
  private MatchingKey hash(String kind, List<String> parts) {
    StringBuilder input = new StringBuilder("mobilisation.matching-key.v1|").append(kind);
    for (String part : parts) {
      input.append('|').append(part.length()).append(':').append(part);
    }
    try {
      Mac mac = Mac.getInstance(ALGORITHM);
      mac.init(secret);
      return MatchingKey.of(HEX.formatHex(mac.doFinal(input.toString().getBytes(StandardCharsets.UTF_8))));
    } catch (GeneralSecurityException e) {
      // Every Java platform must provide HmacSHA256.
      throw new IllegalStateException("This Java runtime cannot compute " + ALGORITHM + ": " + e.getMessage(), e);
    }
  }

  @Override
  public String toString() {
    return "IdentityMatcher[" + ALGORITHM + ", secret redacted]";
  }
}
