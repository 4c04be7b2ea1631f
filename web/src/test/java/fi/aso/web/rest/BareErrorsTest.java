package fi.aso.web.rest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.Response;
import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** An error without a body (Jersey's answer to a Content-Type it cannot parse) gets a problem. */
class BareErrorsTest {

  @Test
  void aBareErrorGetsTheProblemOfItsStatus() {
    Map<String, Object> response = respond(400, null);

    assertThat(response.get("type")).isEqualTo(MediaType.valueOf(ApiError.MEDIA_TYPE));
    JsonObject problem = (JsonObject) response.get("entity");
    assertThat(problem.getInt("status")).isEqualTo(400);
    assertThat(problem.getString("code")).isEqualTo("request.invalid");
    assertThat(problem.getString("detail")).isEqualTo("the request is not valid");
  }

  @Test
  void anUnusualStatusStillGetsACode() {
    JsonObject problem = (JsonObject) respond(431, null).get("entity");
    assertThat(problem.getInt("status")).isEqualTo(431);
    assertThat(problem.getString("code")).isEqualTo("request.invalid");
  }

  @Test
  void answersWithABodyAndSuccessesAreLeftAsTheyAre() {
    assertThat(respond(400, "a problem already")).doesNotContainKey("type");
    assertThat(respond(204, null)).doesNotContainKey("type");
  }

  /** What the filter set on a response of {@code status} with {@code entity}. */
  private static Map<String, Object> respond(int status, Object entity) {
    Map<String, Object> set = new HashMap<>();
    ContainerResponseContext context =
        (ContainerResponseContext)
            Proxy.newProxyInstance(
                BareErrorsTest.class.getClassLoader(),
                new Class<?>[] {ContainerResponseContext.class},
                (proxy, method, args) ->
                    switch (method.getName()) {
                      case "getStatus" -> status;
                      case "getStatusInfo" ->
                          Response.Status.fromStatusCode(status) == null
                              ? new Response.StatusType() {
                                @Override
                                public int getStatusCode() {
                                  return status;
                                }

                                @Override
                                public Response.Status.Family getFamily() {
                                  return Response.Status.Family.familyOf(status);
                                }

                                @Override
                                public String getReasonPhrase() {
                                  return "Request Header Fields Too Large";
                                }
                              }
                              : Response.Status.fromStatusCode(status);
                      case "hasEntity" -> entity != null;
                      case "getHeaders" -> new MultivaluedHashMap<String, Object>();
                      case "setEntity" -> {
                        set.put("entity", args[0]);
                        set.put("type", args[2]);
                        yield null;
                      }
                      default -> throw new UnsupportedOperationException(method.getName());
                    });
    new BareErrors().filter(null, context);
    return set;
  }
}
