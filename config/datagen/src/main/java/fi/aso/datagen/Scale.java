package fi.aso.datagen;

/**
 * How much to make: regions, years of history, and per region and year the clients referred and the
 * group's monthly meetings. {@code 1x} is one region's year (the demo's size), {@code national}
 * about sixty ASO groups over ten years; {@code RxY} (e.g. {@code 3x2}) is national density on
 * fewer regions and years, for tests.
 */
public record Scale(String name, int regions, int years, int clientsPerYear, int meetingsPerYear) {

  public static final int NATIONAL_CLIENTS_PER_YEAR = 100;

  public Scale {
    if (regions < 1 || regions > FinnishNames.PLACES.size() || years < 1 || years > 30) {
      throw new IllegalArgumentException(
          "1-"
              + FinnishNames.PLACES.size()
              + " regions and 1-30 years, not "
              + regions
              + "x"
              + years);
    }
  }

  /** {@code 1x}, {@code national} or {@code RxY}. */
  public static Scale parse(String written) {
    return switch (written) {
      case "1x" -> new Scale("1x", 1, 1, 20, 12);
      case "national" -> new Scale("national", 60, 10, NATIONAL_CLIENTS_PER_YEAR, 12);
      default -> {
        String[] parts = written.split("x");
        if (parts.length != 2 || !parts[0].matches("\\d+") || !parts[1].matches("\\d+")) {
          throw new IllegalArgumentException(
              "scale is 1x, national or REGIONSxYEARS (e.g. 3x2), not '" + written + "'");
        }
        yield new Scale(
            written,
            Integer.parseInt(parts[0]),
            Integer.parseInt(parts[1]),
            NATIONAL_CLIENTS_PER_YEAR,
            12);
      }
    };
  }
}
