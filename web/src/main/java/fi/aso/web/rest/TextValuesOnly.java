package fi.aso.web.rest;

import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.JsonbException;
import jakarta.json.bind.serializer.DeserializationContext;
import jakarta.json.bind.serializer.JsonbDeserializer;
import jakarta.json.stream.JsonParser;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Type;

/**
 * The API's JSON binding, which takes a text field only as JSON text. Left to itself JSON-B turns
 * {@code true}, {@code 12} or {@code null}-looking values into the strings "true" and "12": a
 * caller that sends a boolean for a name would store the word "true" as the name and learn of its
 * mistake only where the name is shown. The field is refused instead (400, like any unreadable
 * body), as the published schema ({@code type: string}) says.
 */
@Provider
public class TextValuesOnly implements ContextResolver<Jsonb> {

  private final Jsonb jsonb =
      JsonbBuilder.create(new JsonbConfig().withDeserializers(new TextOnly()));

  @Override
  public Jsonb getContext(Class<?> type) {
    return jsonb;
  }

  /** A JSON string as a String; anything else refused. */
  static final class TextOnly implements JsonbDeserializer<String> {

    @Override
    public String deserialize(JsonParser parser, DeserializationContext context, Type type) {
      // the value the parser stands on (Yasson's parser has no currentEvent())
      JsonValue value = parser.getValue();
      return switch (value.getValueType()) {
        case STRING -> ((JsonString) value).getString();
        case NULL -> null;
        default -> throw new JsonbException("a text value (a JSON string) is expected");
      };
    }
  }
}
