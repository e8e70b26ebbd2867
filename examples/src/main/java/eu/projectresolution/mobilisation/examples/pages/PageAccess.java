package eu.projectresolution.mobilisation.examples.pages;

import eu.projectresolution.mobilisation.examples.i18n.WordBundle;
import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;

/**
 * Who may use the pages: whoever opened the address {@code serve} printed when it started, which carries
 * a secret token. The first visit trades the token for a cookie and sends the browser to the same page
 * without it, so that the token leaves the address bar and the history; later requests show the cookie.
 * The cookie is {@code SameSite=Strict}: a form on another web site cannot post to the pages with it,
 * and a post whose {@code Origin} is another site is refused as well. Also where the reader's language
 * is kept.
 */
final class PageAccess {
  /** The query parameter of the first visit's token. */
  static final String TOKEN = "token";
  /** The query parameter of the language switch, and the cookie that keeps its choice. */
  static final String LANGUAGE = "lang";

  private static final String SESSION_COOKIE = "mobilisation_pages";
  /** A token shorter than this could be guessed by trying. */
  static final int SHORTEST_TOKEN = 16;

  private final byte[] token;

  PageAccess(String token) {
    if (token == null || token.length() < SHORTEST_TOKEN || !token.chars().allMatch(c -> c > ' ' && c < 127 && c != ';')) {
      throw new IllegalArgumentException("The pages' token must be at least " + SHORTEST_TOKEN
          + " printable ASCII characters without spaces or ';': leave it out to have one generated");
    }
    this.token = token.getBytes(StandardCharsets.US_ASCII);
  }

  /** A new random token, 24 bytes as hexadecimal. */
  static String newToken() {
    byte[] bytes = new byte[24];
    new SecureRandom().nextBytes(bytes);
    return HexFormat.of().formatHex(bytes);
  }

  /** What to do with a request before its page answers. */
  enum Decision {
    /** Show the page. */
    ALLOW,
    /** The token was right: the cookie is set, send the browser to the same page without the token. */
    REDIRECT_WITHOUT_TOKEN,
    /** No token and no cookie, or wrong ones. */
    UNAUTHORIZED,
    /** A post from another web site. */
    FORBIDDEN
  }

  Decision decide(Context ctx) {
    String presented = ctx.queryParam(TOKEN);
    if (presented != null) {
      if (!matches(presented)) {
        return Decision.UNAUTHORIZED;
      }
      ctx.cookie(new Cookie(SESSION_COOKIE, presented, "/", -1, false, true, null, SameSite.STRICT));
      return Decision.REDIRECT_WITHOUT_TOKEN;
    }
    if (!matches(ctx.cookie(SESSION_COOKIE))) {
      return Decision.UNAUTHORIZED;
    }
    if (!ctx.method().name().equals("GET")) {
      String origin = ctx.header("Origin");
      String host = ctx.header("Host");
      if (origin != null && !origin.equals("null") && (host == null || !origin.equals("http://" + host))) {
        return Decision.FORBIDDEN;
      }
    }
    return Decision.ALLOW;
  }

  /**
   * The reader's language: the one the switch just chose (kept in a cookie for the next pages), else the
   * one kept, else {@code byDefault}.
   */
  static Locale language(Context ctx, Locale byDefault) {
    Optional<Locale> chosen = Optional.ofNullable(ctx.queryParam(LANGUAGE)).flatMap(WordBundle::shipped);
    if (chosen.isPresent()) {
      ctx.cookie(new Cookie(LANGUAGE, chosen.get().getLanguage(), "/", -1, false, true, null, SameSite.STRICT));
      return chosen.get();
    }
    return Optional.ofNullable(ctx.cookie(LANGUAGE)).flatMap(WordBundle::shipped).orElse(byDefault);
  }

  private boolean matches(String presented) {
    return presented != null && MessageDigest.isEqual(token, presented.getBytes(StandardCharsets.US_ASCII));
  }
}
