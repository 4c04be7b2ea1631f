package fi.aso.application.servicemap;

import fi.aso.domain.Refusal;
import fi.aso.domain.consent.InformationCategory;
import fi.aso.domain.servicemap.ReferralWay;
import fi.aso.domain.servicemap.ServiceDescription;
import fi.aso.domain.servicemap.ServiceKind;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * A region's catalogue as a CSV file (RFC 4180, UTF-8), for administrators who keep it in a
 * spreadsheet: one service a row, the organisation by its name, the kind, referral ways and
 * information needs by their codes (several separated by spaces). Reading checks every row and
 * refuses the whole file at the first bad one, naming its line; nothing is changed here.
 *
 * <p>A row with an id changes that service (and, with a version, only if nobody changed it since
 * the export); a row without one is a new service. A file written here reads back to the same
 * catalogue. Spreadsheets in Finnish locales write semicolons: a header with semicolons and no
 * commas is read so.
 */
public final class CatalogueCsv {

  /** The columns, in the order they are written; a file must have them all, in any order. */
  public static final List<String> COLUMNS =
      List.of(
          "id",
          "version",
          "organisation",
          "kind",
          "name_fi",
          "name_sv",
          "name_en",
          "target_group",
          "referral_ways",
          "opening_hours",
          "phone",
          "email",
          "address",
          "web_address",
          "information_needs");

  /** More rows than a region's catalogue plausibly has is a wrong file, refused before reading. */
  public static final int MAX_ROWS = 2000;

  /** A larger file is no catalogue (about 2 MB: a thousand characters a row). */
  public static final int MAX_CHARS = 2_000_000;

  /** One row read: its line in the file, the service's id and version if given, and the rest. */
  public record Row(
      long line, Long id, Long version, String organisation, ServiceDescription description) {}

  private CatalogueCsv() {}

  /** The services as a CSV file with a header line, starting with a byte-order mark for Excel. */
  public static String write(List<ServiceView> services) {
    StringWriter out = new StringWriter();
    out.write('\uFEFF');
    try (CSVPrinter printer =
        CSVFormat.RFC4180.builder().setHeader(COLUMNS.toArray(String[]::new)).get().print(out)) {
      for (ServiceView s : services) {
        printer.printRecord(
            s.id(),
            s.version(),
            s.organisation(),
            s.kind().name(),
            s.nameFi(),
            s.nameSv(),
            s.nameEn(),
            s.targetGroup(),
            codes(s.referralWays()),
            s.openingHours(),
            s.phone(),
            s.email(),
            s.address(),
            s.webAddress(),
            codes(s.informationNeeds()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /** Every row of the file, each checked; the first bad one refuses the whole file. */
  public static List<Row> read(String text) {
    if (text != null && text.length() > MAX_CHARS) {
      throw new Refusal(
          "services.csvTooLarge", "a catalogue file is at most " + MAX_CHARS + " characters");
    }
    String content = text == null ? "" : text.replaceFirst("^\uFEFF", "");
    String header = content.lines().findFirst().orElse("");
    char delimiter = header.contains(";") && !header.contains(",") ? ';' : ',';
    CSVFormat format =
        CSVFormat.RFC4180
            .builder()
            .setDelimiter(delimiter)
            .setHeader()
            .setSkipHeaderRecord(true)
            .setIgnoreEmptyLines(true)
            .setTrim(true)
            .get();
    List<Row> rows = new ArrayList<>();
    try (CSVParser parser = format.parse(new StringReader(content))) {
      List<String> missing =
          COLUMNS.stream().filter(c -> !parser.getHeaderMap().containsKey(c)).toList();
      if (!missing.isEmpty()) {
        throw new Refusal(
            "services.csvHeader",
            "the first line names the columns " + String.join(", ", COLUMNS),
            String.join(", ", COLUMNS));
      }
      for (CSVRecord record : parser) {
        // the header is line 1; a field with a line break in it makes later rows' lines later
        long line = record.getRecordNumber() + 1;
        if (rows.size() >= MAX_ROWS) {
          throw new Refusal(
              "services.csvTooLong", "a catalogue has at most " + MAX_ROWS + " rows", MAX_ROWS);
        }
        try {
          rows.add(row(line, record));
        } catch (Refusal refused) {
          throw new CsvRowRefused(line, refused);
        }
      }
    } catch (IOException
        | UncheckedIOException
        | IllegalArgumentException
        | IllegalStateException e) {
      // commons-csv says a broken quote or a duplicate header so; its message may quote the data
      throw new Refusal("services.csvUnreadable", "the file is not CSV with one header line");
    }
    return rows;
  }

  private static Row row(long line, CSVRecord record) {
    if (!record.isConsistent()) {
      throw new Refusal(
          "services.csvColumns",
          "the row has " + record.size() + " fields, the header " + COLUMNS.size(),
          record.size());
    }
    String organisation = value(record, "organisation");
    if (organisation == null) {
      throw new Refusal("services.csvOrganisation", "the row names no organisation");
    }
    ServiceDescription description =
        new ServiceDescription(
                kind(value(record, "kind")),
                value(record, "name_fi"),
                value(record, "name_sv"),
                value(record, "name_en"),
                value(record, "target_group"),
                set(value(record, "referral_ways"), ReferralWay.class, "referral_ways"),
                value(record, "opening_hours"),
                value(record, "phone"),
                value(record, "email"),
                value(record, "address"),
                value(record, "web_address"),
                set(
                    value(record, "information_needs"),
                    InformationCategory.class,
                    "information_needs"))
            .checked();
    return new Row(
        line,
        number(value(record, "id"), "id", 1),
        number(value(record, "version"), "version", 0),
        organisation,
        description);
  }

  private static String value(CSVRecord record, String column) {
    String value = record.get(column);
    return value == null || value.isBlank() ? null : value.strip();
  }

  private static ServiceKind kind(String code) {
    if (code == null) {
      throw new Refusal("services.kind", "a service has a kind");
    }
    return set(code, ServiceKind.class, "kind").stream()
        .findFirst()
        .filter(k -> !code.strip().contains(" "))
        .orElseThrow(() -> new Refusal("services.kind", "a service has one kind"));
  }

  private static Long number(String value, String column, long least) {
    if (value == null) {
      return null;
    }
    try {
      long n = Long.parseLong(value);
      if (n >= least) {
        return n;
      }
    } catch (NumberFormatException e) {
      // refused below
    }
    throw new Refusal("services.csvNumber", column + " is a whole number", column);
  }

  /**
   * Codes separated by spaces, commas or semicolons; an unknown one is refused naming the known.
   */
  private static <E extends Enum<E>> Set<E> set(String codes, Class<E> type, String what) {
    EnumSet<E> set = EnumSet.noneOf(type);
    if (codes == null) {
      return set;
    }
    for (String c : codes.strip().split("[\\s,;]+")) {
      try {
        set.add(Enum.valueOf(type, c.toUpperCase(Locale.ROOT)));
      } catch (IllegalArgumentException unknown) {
        String known =
            Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(" "));
        throw new Refusal("services.csvCode", what + " is one or more of " + known, what, known);
      }
    }
    return set;
  }

  private static String codes(Set<? extends Enum<?>> values) {
    return values.stream().map(Enum::name).collect(Collectors.joining(" "));
  }
}
