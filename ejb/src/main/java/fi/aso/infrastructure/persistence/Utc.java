package fi.aso.infrastructure.persistence;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** The entities map times as OffsetDateTime in UTC; ports speak Instant. */
final class Utc {

  private Utc() {}

  static OffsetDateTime at(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }
}
