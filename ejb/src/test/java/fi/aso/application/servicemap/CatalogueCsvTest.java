package fi.aso.application.servicemap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.aso.domain.Refusal;
import fi.aso.domain.consent.InformationCategory;
import fi.aso.domain.servicemap.ReferralWay;
import fi.aso.domain.servicemap.ServiceArea;
import fi.aso.domain.servicemap.ServiceKind;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CatalogueCsvTest {

  static final String HEADER = String.join(",", CatalogueCsv.COLUMNS);

  static ServiceView talousneuvola() {
    return new ServiceView(
        7,
        3,
        11,
        "Seinäjoen kaupunki, aikuissosiaalityö",
        ServiceKind.FINANCIAL_AND_DEBT_COUNSELLING,
        ServiceArea.MONEY,
        "Talousneuvola",
        null,
        "Money advice drop-in",
        "Kaikki, joilla on \"arjen raha-asioita\" mietittävänä; ei ajanvarausta",
        Set.of(ReferralWay.WALK_IN, ReferralWay.SELF_REFERRAL),
        "Joka toinen perjantai klo 10-14,\nToimintojen talo",
        null,
        null,
        "Toimintojen talo, Seinäjoki",
        null,
        Set.of(),
        true);
  }

  @Test
  void whatIsWrittenReadsBackTheSame() {
    ServiceView written = talousneuvola();
    List<CatalogueCsv.Row> rows = CatalogueCsv.read(CatalogueCsv.write(List.of(written)));
    assertThat(rows).hasSize(1);
    CatalogueCsv.Row row = rows.getFirst();
    assertThat(row.id()).isEqualTo(7);
    assertThat(row.version()).isEqualTo(3);
    assertThat(row.organisation()).isEqualTo("Seinäjoen kaupunki, aikuissosiaalityö");
    assertThat(row.description()).isEqualTo(written.description().checked());
    assertThat(row.line()).isEqualTo(2);
  }

  @Test
  void aSpreadsheetsSemicolonsAndCodesInAnyCaseAreRead() {
    String csv =
        "\uFEFF"
            + HEADER.replace(',', ';')
            + "\n;;Heka Oy;independent_rental;Heka-vuokra-asunto;;;;phone, referral_form;;;;;;identity_and_release\n";
    CatalogueCsv.Row row = CatalogueCsv.read(csv).getFirst();
    assertThat(row.id()).isNull();
    assertThat(row.description().kind()).isEqualTo(ServiceKind.INDEPENDENT_RENTAL);
    assertThat(row.description().referralWays())
        .containsExactly(ReferralWay.REFERRAL_FORM, ReferralWay.PHONE);
    assertThat(row.description().informationNeeds())
        .containsExactly(InformationCategory.IDENTITY_AND_RELEASE);
  }

  @Test
  void aBadRowRefusesTheFileNamingItsLine() {
    String csv =
        HEADER
            + "\n,,Heka Oy,HOUSING_COUNSELLING,Asumisneuvonta,,,,PHONE,,,,,,"
            + "\n,,Heka Oy,HOUSING_COUNSELLING,,,,,PHONE,,,,,,"
            + "\n";
    assertThatThrownBy(() -> CatalogueCsv.read(csv))
        .isInstanceOfSatisfying(
            CsvRowRefused.class,
            r -> {
              assertThat(r.line()).isEqualTo(3);
              assertThat(r.reason().code()).isEqualTo("services.nameFi");
              assertThat(r.getMessage()).startsWith("line 3: ");
            });
    assertLine(HEADER + "\n,,Heka Oy,ASUNTO,Asunto,,,,PHONE,,,,,,\n", 2, "services.csvCode");
    assertLine(HEADER + "\n,,Heka Oy,OTHER,Asunto,,,,PIGEON,,,,,,\n", 2, "services.csvCode");
    assertLine(HEADER + "\n,,,OTHER,Asunto,,,,PHONE,,,,,,\n", 2, "services.csvOrganisation");
    assertLine(HEADER + "\nx,,Heka Oy,OTHER,Asunto,,,,PHONE,,,,,,\n", 2, "services.csvNumber");
    assertLine(HEADER + "\n,,Heka Oy,OTHER,Asunto,PHONE\n", 2, "services.csvColumns");
    assertLine(HEADER + "\n,,Heka Oy,OTHER OTHER,Asunto,,,,PHONE,,,,,,\n", 2, "services.kind");
  }

  @Test
  void aFileThatIsNotTheCatalogueIsRefusedAsAWhole() {
    assertRefused("nimi,puhelin\nAsumisneuvonta,09 123\n", "services.csvHeader");
    assertRefused("", "services.csvHeader");
    assertRefused(HEADER + "\n,,\"Heka Oy,OTHER\n", "services.csvUnreadable");
    assertThat(CatalogueCsv.read(HEADER + "\n")).as("a header alone is an empty file").isEmpty();
  }

  private static void assertLine(String csv, long line, String code) {
    assertThatThrownBy(() -> CatalogueCsv.read(csv))
        .isInstanceOfSatisfying(
            CsvRowRefused.class,
            r -> {
              assertThat(r.line()).isEqualTo(line);
              assertThat(r.reason().code()).isEqualTo(code);
            });
  }

  private static void assertRefused(String csv, String code) {
    assertThatThrownBy(() -> CatalogueCsv.read(csv))
        .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.code()).isEqualTo(code));
  }
}
