package fi.aso.web.rest.v1;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.container.ResourceInfo;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import org.junit.jupiter.api.Test;

/** Naming the field of a body JSON-B could not read, without ever failing on the body itself. */
class UnreadableBodyTest {

  private static final String VALID =
      "{\"fullName\":\"Aino\",\"dateOfBirth\":\"1985-03-14\",\"institutionId\":7";

  @Test
  void theFirstFieldThatDoesNotFitIsNamed() throws Exception {
    assertThat(UnreadableBody.field(refer(), VALID + ",\"kind\":\"PRISONR\"}")).hasValue("kind");
    assertThat(UnreadableBody.field(refer(), VALID + ",\"dateOfBirth\":\"1.1.1990\"}"))
        .hasValue("dateOfBirth");
  }

  @Test
  void aBodyTooDeepForTheParserNamesNothingAndThrowsNothing() throws Exception {
    // Parsson refuses nesting deeper than 1000 with a plain RuntimeException: the mapper that asked
    // for the field threw it on, and the answer was an empty 500 (found by the fuzz test)
    String deep = "[".repeat(100_000) + "]".repeat(100_000);
    assertThat(UnreadableBody.field(refer(), deep)).isEmpty();
    assertThat(UnreadableBody.field(refer(), "{\"a\":".repeat(20_000) + "1" + "}".repeat(20_000)))
        .isEmpty();
    assertThat(UnreadableBody.field(refer(), "{\"fullName\":")).isEmpty();
  }

  @Test
  void depthIsCountedOutsideStringsOnly() {
    assertThat(UnreadableBody.deeperThan("{\"a\":\"" + "[".repeat(100) + "\\\"\"}", 2)).isFalse();
    assertThat(UnreadableBody.deeperThan("{\"a\":[{\"b\":[1]}]}", 3)).isTrue();
    assertThat(UnreadableBody.deeperThan("{\"a\":[{\"b\":[1]}]}", 4)).isFalse();
  }

  private static ResourceInfo refer() throws NoSuchMethodException {
    Method refer =
        CasesResource.class.getMethod(
            "refer", CasesResource.NewCase.class, jakarta.ws.rs.core.UriInfo.class);
    return (ResourceInfo)
        Proxy.newProxyInstance(
            UnreadableBodyTest.class.getClassLoader(),
            new Class<?>[] {ResourceInfo.class},
            (proxy, method, args) ->
                switch (method.getName()) {
                  case "getResourceMethod" -> refer;
                  case "getResourceClass" -> CasesResource.class;
                  default -> throw new UnsupportedOperationException(method.getName());
                });
  }
}
