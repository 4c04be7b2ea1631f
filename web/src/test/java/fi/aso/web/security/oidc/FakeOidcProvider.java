package fi.aso.web.security.oidc;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A stand-in for an organisation's OpenID Connect provider, which cannot exist on these machines:
 * discovery, authorisation (the "user" signs in at once), token endpoint with client authentication
 * and PKCE check, and the key set. ID tokens are really signed (RS256), so the platform's
 * validation is exercised for real. Loopback only.
 */
public final class FakeOidcProvider implements AutoCloseable {

  public static final String CLIENT_ID = "aso-platform";
  public static final String CLIENT_SECRET = "fake-provider-secret";

  private final HttpServer server;
  private final RSAKey key;
  private final RSAKey foreignKey;
  private final Map<String, Grant> grants = new ConcurrentHashMap<>();
  private volatile String nextUser = "chair";
  private volatile boolean signWithForeignKey;

  private record Grant(String user, String nonce, String challenge, String redirectUri) {}

  public FakeOidcProvider() throws IOException, JOSEException {
    key = new RSAKeyGenerator(2048).keyID("fake-1").generate();
    foreignKey = new RSAKeyGenerator(2048).keyID("fake-1").generate();
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/.well-known/openid-configuration", this::discovery);
    server.createContext("/authorize", this::authorize);
    server.createContext("/token", this::token);
    server.createContext("/jwks", this::jwks);
    server.start();
  }

  public String issuer() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  /** Who signs in at the provider next. */
  public void nextUser(String username) {
    this.nextUser = username;
  }

  /** Makes the provider sign ID tokens with a key it does not publish (a forged token). */
  public void signWithForeignKey(boolean forge) {
    this.signWithForeignKey = forge;
  }

  @Override
  public void close() {
    server.stop(0);
  }

  private void discovery(HttpExchange exchange) throws IOException {
    String issuer = issuer();
    respond(
        exchange,
        200,
        "application/json",
        "{\"issuer\":\""
            + issuer
            + "\",\"authorization_endpoint\":\""
            + issuer
            + "/authorize\","
            + "\"token_endpoint\":\""
            + issuer
            + "/token\",\"jwks_uri\":\""
            + issuer
            + "/jwks\","
            + "\"response_types_supported\":[\"code\"],\"subject_types_supported\":[\"public\"],"
            + "\"id_token_signing_alg_values_supported\":[\"RS256\"]}");
  }

  private void authorize(HttpExchange exchange) throws IOException {
    Map<String, String> query = form(exchange.getRequestURI().getRawQuery());
    if (!CLIENT_ID.equals(query.get("client_id"))
        || !"S256".equals(query.get("code_challenge_method"))) {
      respond(exchange, 400, "text/plain", "bad request");
      return;
    }
    String code = UUID.randomUUID().toString();
    grants.put(
        code,
        new Grant(
            nextUser, query.get("nonce"), query.get("code_challenge"), query.get("redirect_uri")));
    exchange
        .getResponseHeaders()
        .add(
            "Location",
            query.get("redirect_uri")
                + "?code="
                + code
                + "&state="
                + URLEncoder.encode(query.get("state"), StandardCharsets.UTF_8));
    respond(exchange, 302, "text/plain", "");
  }

  private void token(HttpExchange exchange) throws IOException {
    String expected =
        "Basic "
            + Base64.getEncoder()
                .encodeToString((CLIENT_ID + ":" + CLIENT_SECRET).getBytes(StandardCharsets.UTF_8));
    Map<String, String> body =
        form(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
    Grant grant = grants.remove(String.valueOf(body.get("code")));
    if (!expected.equals(exchange.getRequestHeaders().getFirst("Authorization"))
        || grant == null
        || !grant.redirectUri().equals(body.get("redirect_uri"))
        || !grant.challenge().equals(s256(body.get("code_verifier")))) {
      respond(exchange, 400, "application/json", "{\"error\":\"invalid_grant\"}");
      return;
    }
    try {
      JWTClaimsSet claims =
          new JWTClaimsSet.Builder()
              .issuer(issuer())
              .subject(UUID.randomUUID().toString())
              .audience(CLIENT_ID)
              .issueTime(new Date())
              .expirationTime(new Date(System.currentTimeMillis() + 300_000))
              .claim("nonce", grant.nonce())
              .claim("preferred_username", grant.user())
              .build();
      RSAKey signingKey = signWithForeignKey ? foreignKey : key;
      SignedJWT idToken =
          new SignedJWT(
              new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(signingKey.getKeyID()).build(),
              claims);
      idToken.sign(new RSASSASigner(signingKey));
      respond(
          exchange,
          200,
          "application/json",
          "{\"access_token\":\""
              + UUID.randomUUID()
              + "\",\"token_type\":\"Bearer\",\"expires_in\":300,"
              + "\"id_token\":\""
              + idToken.serialize()
              + "\"}");
    } catch (JOSEException e) {
      respond(exchange, 500, "text/plain", "signing failed");
    }
  }

  private void jwks(HttpExchange exchange) throws IOException {
    respond(exchange, 200, "application/json", new JWKSet(key.toPublicJWK()).toString());
  }

  private static String s256(String verifier) {
    if (verifier == null) {
      return "";
    }
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
      return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static Map<String, String> form(String raw) {
    Map<String, String> values = new HashMap<>();
    if (raw != null) {
      for (String pair : raw.split("&")) {
        int eq = pair.indexOf('=');
        if (eq > 0) {
          values.put(
              URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
              URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
      }
    }
    return values;
  }

  private static void respond(HttpExchange exchange, int status, String type, String body)
      throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("Content-Type", type);
    exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
    if (bytes.length > 0) {
      exchange.getResponseBody().write(bytes);
    }
    exchange.close();
  }

  /** The query of a URI as a map (for tests following redirects by hand). */
  public static Map<String, String> query(URI uri) {
    return form(uri.getRawQuery());
  }
}
