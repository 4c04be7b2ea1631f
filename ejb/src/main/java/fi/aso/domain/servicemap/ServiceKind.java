package fi.aso.domain.servicemap;

import fi.aso.domain.meetingday.HousingForm;

/**
 * What a service is, from a fixed list: the words the groups of seeds 001-004 steer clients with.
 * The list is fixed on purpose: a need the group records in the joint assessment will be recorded
 * as a kind, the region's services of that kind are what it is offered, and the needs no service of
 * a region meets are counted per kind, which only works if every region means the same by each.
 */
public enum ServiceKind {
  // forms of housing (seed 004's joint assessment: "asumismuoto"), from the most independent
  /** Itsenäinen vuokra-asunto (e.g. Joensuun Kodit, Heka, Josna's youth flats). */
  INDEPENDENT_RENTAL(ServiceArea.HOUSING),
  /** Välivuokra-asunto: the municipality rents the flat and sublets it (seed 002). */
  INTERIM_TENANCY(ServiceArea.HOUSING),
  /** Tuettu asuminen: own flat with home visits (seeds 001, 002). */
  SUPPORTED_HOUSING(ServiceArea.HOUSING),
  /** Yhteisöasuminen. */
  COMMUNITY_HOUSING(ServiceArea.HOUSING),
  /** Palveluasuminen: staff part of the day (seed 002). */
  SERVICE_HOUSING(ServiceArea.HOUSING),
  /** Tehostettu palveluasuminen: staff round the clock (seed 002). */
  INTENSIVE_SERVICE_HOUSING(ServiceArea.HOUSING),
  /** Kriisimajoitus, asumispäivystys: the last resort for the night (seed 003). */
  EMERGENCY_ACCOMMODATION(ServiceArea.HOUSING),

  // support to get and keep a home
  /** Asumispalvelujen arviointi ja sijoitus (ASTU's SAS: selvitä-arvioi-sijoita, seed 001). */
  HOUSING_SERVICE_ASSESSMENT(ServiceArea.HOUSING_SUPPORT),
  /** Asumisneuvonta (seeds 002, 003). */
  HOUSING_COUNSELLING(ServiceArea.HOUSING_SUPPORT),
  /** Vuokravelan seuranta (seed 001). */
  RENT_DEBT_FOLLOW_UP(ServiceArea.HOUSING_SUPPORT),
  /** Lähityö, kotikuntoutus, jalkautuva tuki (seed 001's lähityö, seed 002's Tukiporras). */
  OUTREACH_SUPPORT(ServiceArea.HOUSING_SUPPORT),

  // money
  /** Maksusuunnitelma, maksusopimus with the landlord (seeds 001, 003). */
  PAYMENT_PLAN(ServiceArea.MONEY),
  /** Välitystili: benefits paid to the city's account, the rent paid from it (seed 002). */
  MANAGED_MONEY_ACCOUNT(ServiceArea.MONEY),
  /** Talous- ja velkaneuvonta, also low-threshold money advice (Talousneuvola, seed 002). */
  FINANCIAL_AND_DEBT_COUNSELLING(ServiceArea.MONEY),
  /** Sosiaalinen luotto (seeds 001, 003). */
  SOCIAL_CREDIT(ServiceArea.MONEY),
  /** Kelan etuudet: basic income support, housing allowance (seeds 002, 003). */
  KELA_BENEFITS(ServiceArea.MONEY),

  // social and health services
  /** Sosiaalihuollon asiakasneuvonta ja palveluohjaus (seed 002). */
  SERVICE_GUIDANCE(ServiceArea.SOCIAL_AND_HEALTH),
  /** Aikuissosiaalityö (all seeds). */
  ADULT_SOCIAL_WORK(ServiceArea.SOCIAL_AND_HEALTH),
  /** Sosiaalinen kuntoutus, kuntoutusohjaus (seed 002). */
  SOCIAL_REHABILITATION(ServiceArea.SOCIAL_AND_HEALTH),
  /** Päihdepalvelut: substance-abuse outpatient services, the addiction clinic (seeds 002, 004). */
  SUBSTANCE_ABUSE_SERVICES(ServiceArea.SOCIAL_AND_HEALTH),
  /** Katkaisuhoito. */
  DETOX(ServiceArea.SOCIAL_AND_HEALTH),
  /** Päihdekuntoutus: residential rehabilitation ("substance rehabilitation first", seed 004). */
  SUBSTANCE_REHABILITATION(ServiceArea.SOCIAL_AND_HEALTH),
  /** Mielenterveyspalvelut (seeds 002, 004). */
  MENTAL_HEALTH_SERVICES(ServiceArea.SOCIAL_AND_HEALTH),

  // work and learning
  /** Työllisyyspalvelut, TE-toimisto (seed 004). */
  EMPLOYMENT_SERVICES(ServiceArea.WORK_AND_LEARNING),
  /** Kuntouttava työtoiminta, työharjoittelu (seed 004). */
  REHABILITATIVE_WORK(ServiceArea.WORK_AND_LEARNING),
  /** Koulutus (seed 004). */
  EDUCATION(ServiceArea.WORK_AND_LEARNING),

  // community
  /** Seurakunnan diakoniatyö (seeds 001, 004). */
  PARISH_DIACONIA(ServiceArea.COMMUNITY),
  /** Vertaistuki, kokemusasiantuntijat (KRIS, ViaDia; seed 002). */
  PEER_SUPPORT(ServiceArea.COMMUNITY),

  OTHER(ServiceArea.OTHER);

  private final ServiceArea area;

  ServiceKind(ServiceArea area) {
    this.area = area;
  }

  public ServiceArea area() {
    return area;
  }

  /**
   * The kind of service that offers the form of housing the joint assessment agreed on (the need
   * the steering will propose services for); "rehabilitation first" is substance rehabilitation.
   */
  public static ServiceKind offering(HousingForm form) {
    return switch (form) {
      case INDEPENDENT_RENTAL -> INDEPENDENT_RENTAL;
      case SUPPORTED_HOUSING -> SUPPORTED_HOUSING;
      case COMMUNITY_HOUSING -> COMMUNITY_HOUSING;
      case SERVICE_HOUSING -> SERVICE_HOUSING;
      case REHABILITATION_FIRST -> SUBSTANCE_REHABILITATION;
      case OTHER -> OTHER;
    };
  }
}
