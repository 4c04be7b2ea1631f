package fi.aso.domain.servicemap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.aso.domain.Refusal;
import fi.aso.domain.consent.InformationCategory;
import fi.aso.domain.meetingday.HousingForm;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ServiceDescriptionTest {

  static ServiceDescription counselling() {
    return new ServiceDescription(
        ServiceKind.HOUSING_COUNSELLING,
        " Asumisneuvonta ",
        "Boenderådgivning",
        "",
        "Seinäjoen kaupungin asukkaat, joilla asumisen haasteita",
        Set.of(ReferralWay.SELF_REFERRAL, ReferralWay.PHONE),
        "ma-pe 9-15",
        "+358 6 416 2111",
        "asumisneuvonta@seinajoki.example",
        "Kirkkokatu 6, Seinäjoki",
        "https://www.seinajoki.fi/asumisneuvonta",
        Set.of(
            InformationCategory.IDENTITY_AND_RELEASE, InformationCategory.RENT_ARREARS_AND_CREDIT));
  }

  @Test
  void aCheckedDescriptionIsStrippedAndBlanksAreNone() {
    ServiceDescription d = counselling().checked();
    assertThat(d.nameFi()).isEqualTo("Asumisneuvonta");
    assertThat(d.nameEn()).isNull();
    assertThat(d.name("en"))
        .as("Finnish where there is no English name")
        .isEqualTo("Asumisneuvonta");
    assertThat(d.name("sv")).isEqualTo("Boenderådgivning");
    assertThat(d.referralWays())
        .as("in the list's order")
        .containsExactly(ReferralWay.PHONE, ReferralWay.SELF_REFERRAL);
    assertThat(d.checked()).as("checking twice changes nothing").isEqualTo(d);
  }

  @Test
  void aServiceNeedsAKindAFinnishNameAndAWayToBeReferredTo() {
    assertRefused(with(d -> d[0] = null), "services.kind");
    assertRefused(with(d -> d[1] = "  "), "services.nameFi");
    assertRefused(with(d -> d[5] = Set.of()), "services.referralWay");
    assertRefused(with(d -> d[5] = null), "services.referralWay");
    Set<ReferralWay> withEmpty = new HashSet<>(Arrays.asList(ReferralWay.PHONE, null));
    assertRefused(with(d -> d[5] = withEmpty), "services.referralWay");
    Set<InformationCategory> needs = new HashSet<>(Arrays.asList((InformationCategory) null));
    assertRefused(with(d -> d[11] = needs), "services.informationNeed");
  }

  @Test
  void contactDetailsHaveTheirForms() {
    assertRefused(with(d -> d[8] = "ei osoite"), "services.email");
    assertRefused(with(d -> d[7] = "soita meille"), "services.phone");
    assertRefused(with(d -> d[10] = "javascript:alert(1)"), "services.web");
    assertRefused(with(d -> d[10] = "www.hel.fi"), "services.web");
    assertRefused(with(d -> d[1] = "x".repeat(201)), "text.tooLong");
    assertThat(with(d -> d[11] = null).checked().informationNeeds())
        .as("a walk-in service may need nothing")
        .isEmpty();
  }

  @Test
  void everyFormOfHousingTheAssessmentAgreesOnIsAKindOfService() {
    for (HousingForm form : HousingForm.values()) {
      assertThat(ServiceKind.offering(form)).as(form.name()).isNotNull();
    }
    assertThat(ServiceKind.offering(HousingForm.SUPPORTED_HOUSING).area())
        .isEqualTo(ServiceArea.HOUSING);
    assertThat(ServiceKind.offering(HousingForm.REHABILITATION_FIRST))
        .isEqualTo(ServiceKind.SUBSTANCE_REHABILITATION);
  }

  private static void assertRefused(ServiceDescription d, String code) {
    assertThatThrownBy(d::checked)
        .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.code()).isEqualTo(code));
  }

  /** The example with some of its components (by position) changed. */
  @SuppressWarnings("unchecked")
  private static ServiceDescription with(java.util.function.Consumer<Object[]> change) {
    ServiceDescription e = counselling();
    Object[] c = {
      e.kind(), e.nameFi(), e.nameSv(), e.nameEn(), e.targetGroup(), e.referralWays(),
      e.openingHours(), e.phone(), e.email(), e.address(), e.webAddress(), e.informationNeeds()
    };
    change.accept(c);
    return new ServiceDescription(
        (ServiceKind) c[0],
        (String) c[1],
        (String) c[2],
        (String) c[3],
        (String) c[4],
        (Set<ReferralWay>) c[5],
        (String) c[6],
        (String) c[7],
        (String) c[8],
        (String) c[9],
        (String) c[10],
        (Set<InformationCategory>) c[11]);
  }
}
