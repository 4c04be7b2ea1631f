package fi.aso.web.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbException;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextValuesOnlyTest {

  public record Named(String name, List<String> tags, int count) {}

  private final Jsonb jsonb = new TextValuesOnly().getContext(Named.class);

  @Test
  void textIsTakenAsText() {
    Named named =
        jsonb.fromJson("{\"name\":\"Kodit \\\"Oy\\\"\",\"tags\":[\"a\"],\"count\":2}", Named.class);
    assertThat(named).isEqualTo(new Named("Kodit \"Oy\"", List.of("a"), 2));
    assertThat(jsonb.fromJson("{\"name\":null,\"count\":1}", Named.class).name()).isNull();
  }

  @Test
  void aBooleanANumberOrAnObjectWhereTextBelongsIsRefusedNotTurnedIntoWords() {
    for (String value : List.of("true", "false", "12", "1.5", "{}", "[\"x\"]")) {
      assertThatThrownBy(() -> jsonb.fromJson("{\"name\":" + value + ",\"count\":1}", Named.class))
          .as(value)
          .isInstanceOf(JsonbException.class);
    }
    assertThatThrownBy(() -> jsonb.fromJson("{\"tags\":[true],\"count\":1}", Named.class))
        .isInstanceOf(JsonbException.class);
  }

  @Test
  void answersAreWrittenAsBefore() {
    assertThat(jsonb.toJson(new Named("Ää", List.of(), 0)))
        .isEqualTo("{\"count\":0,\"name\":\"Ää\",\"tags\":[]}");
  }
}
