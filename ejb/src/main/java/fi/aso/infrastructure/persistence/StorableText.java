package fi.aso.infrastructure.persistence;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * Every text the platform stores loses its NUL characters on the way in. PostgreSQL cannot store
 * U+0000 in text and would fail the whole transaction with a driver error; a NUL carries no meaning
 * in anything a person writes (it only arrives pasted from binary data or through the API), so
 * dropping it lets the rest of the text be saved. Applies to all String attributes.
 */
@Converter(autoApply = true)
public class StorableText implements AttributeConverter<String, String> {

  @Override
  public String convertToDatabaseColumn(String text) {
    return text == null || text.indexOf('\0') < 0 ? text : text.replace("\0", "");
  }

  @Override
  public String convertToEntityAttribute(String stored) {
    return stored;
  }
}
