package fi.aso.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IdsTest {

  @Test
  void aNumberIsAnId() {
    assertThat(Ids.parse("42")).isEqualTo(42L);
    assertThat(Ids.parse(" 42 ")).isEqualTo(42L);
  }

  @Test
  void anythingElseIsNoId() {
    assertThat(Ids.parse(null)).isNull();
    assertThat(Ids.parse("")).isNull();
    assertThat(Ids.parse("abc")).isNull();
    assertThat(Ids.parse("1; drop table")).isNull();
    assertThat(Ids.parse("99999999999999999999")).isNull();
  }
}
