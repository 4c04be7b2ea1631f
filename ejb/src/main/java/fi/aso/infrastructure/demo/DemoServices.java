package fi.aso.infrastructure.demo;

import static fi.aso.domain.consent.InformationCategory.HOUSING_HISTORY_AND_WISHES;
import static fi.aso.domain.consent.InformationCategory.IDENTITY_AND_RELEASE;
import static fi.aso.domain.consent.InformationCategory.OTHER_SUPPORT_NEEDS;
import static fi.aso.domain.consent.InformationCategory.RENT_ARREARS_AND_CREDIT;
import static fi.aso.domain.consent.InformationCategory.SUBSTANCE_USE_AND_HEALTH;
import static fi.aso.domain.servicemap.ReferralWay.ONLINE;
import static fi.aso.domain.servicemap.ReferralWay.PHONE;
import static fi.aso.domain.servicemap.ReferralWay.REFERRAL_FORM;
import static fi.aso.domain.servicemap.ReferralWay.SECURE_EMAIL;
import static fi.aso.domain.servicemap.ReferralWay.SELF_REFERRAL;
import static fi.aso.domain.servicemap.ReferralWay.SERVICE_NEEDS_ASSESSMENT;
import static fi.aso.domain.servicemap.ReferralWay.WALK_IN;

import fi.aso.domain.consent.InformationCategory;
import fi.aso.domain.organisation.Organisation;
import fi.aso.domain.organisation.OrganisationType;
import fi.aso.domain.region.Region;
import fi.aso.domain.servicemap.ReferralWay;
import fi.aso.domain.servicemap.Service;
import fi.aso.domain.servicemap.ServiceDescription;
import fi.aso.domain.servicemap.ServiceKind;
import jakarta.persistence.EntityManager;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The demo regions' service catalogues, from the maps the groups of seeds 001-004 work from:
 * Joensuu's partners (seed 004), Helsinki's housing support and counselling (seeds 001 and 003) and
 * Seinäjoki's housing social work model (seed 002). Helsinki and Seinäjoki are regions of their own
 * with their partner networks but no staff accounts: their first administrator is named by any
 * administrator, as for any new region, and no demo login sees their data.
 */
final class DemoServices {

  private final EntityManager em;
  private Region region;
  private final Map<String, Organisation> orgs = new LinkedHashMap<>();
  private int count;

  private DemoServices(EntityManager em) {
    this.em = em;
  }

  /** The catalogues of the three regions; returns how many services were made. */
  static int load(EntityManager em, Region joensuu, Map<String, Organisation> joensuuNetwork) {
    DemoServices demo = new DemoServices(em);
    demo.joensuu(joensuu, joensuuNetwork);
    demo.helsinki();
    demo.seinajoki();
    return demo.count;
  }

  /** Seed 004: the Joensuu group's partners and what each offers. */
  private void joensuu(Region joensuu, Map<String, Organisation> network) {
    region = joensuu;
    orgs.clear();
    orgs.putAll(network);
    offer(
        "Joensuun Kodit Oy",
        ServiceKind.INDEPENDENT_RENTAL,
        "Vuokra-asunnot",
        "Hyresbostäder",
        "Rental flats",
        "Vuokra-asuntoa hakevat; asumishistoria ja vuokrarästit selvitetään",
        null,
        ways(REFERRAL_FORM, PHONE),
        needs(IDENTITY_AND_RELEASE, HOUSING_HISTORY_AND_WISHES, RENT_ARREARS_AND_CREDIT));
    offer(
        "Joensuun Seudun Nuorisoasuntoyhdistys Josna",
        ServiceKind.INDEPENDENT_RENTAL,
        "Nuorisoasunnot",
        "Ungdomsbostäder",
        "Youth housing",
        "Alle 30-vuotiaat",
        null,
        ways(REFERRAL_FORM, PHONE),
        needs(IDENTITY_AND_RELEASE, HOUSING_HISTORY_AND_WISHES, RENT_ARREARS_AND_CREDIT));
    offer(
        "Joensuun kaupungin asuntotoimi",
        ServiceKind.HOUSING_COUNSELLING,
        "Asuntotoimen asumisneuvonta",
        "Boenderådgivning",
        "Housing counselling",
        "Joensuun seudulle vapautuvat ja asunnottomuusuhan alla olevat",
        null,
        ways(PHONE, SELF_REFERRAL),
        needs(IDENTITY_AND_RELEASE, HOUSING_HISTORY_AND_WISHES));
    offer(
        "Siun sote, aikuissosiaalityö",
        ServiceKind.ADULT_SOCIAL_WORK,
        "Aikuissosiaalityö",
        "Socialt arbete för vuxna",
        "Adult social work",
        "Täysi-ikäiset joensuulaiset",
        null,
        ways(PHONE, SECURE_EMAIL, REFERRAL_FORM),
        needs(IDENTITY_AND_RELEASE, HOUSING_HISTORY_AND_WISHES, OTHER_SUPPORT_NEEDS));
    offer(
        "Siun sote, aikuissosiaalityö",
        ServiceKind.SUPPORTED_HOUSING,
        "Asunnottomien palvelut",
        "Tjänster för bostadslösa",
        "Services for the homeless",
        "Asunnottomat ja asunnottomuusuhan alla olevat",
        null,
        ways(SERVICE_NEEDS_ASSESSMENT, REFERRAL_FORM),
        needs(IDENTITY_AND_RELEASE, HOUSING_HISTORY_AND_WISHES, SUBSTANCE_USE_AND_HEALTH));
    offer(
        "Siun sote, päihdepalvelukeskus",
        ServiceKind.SUBSTANCE_ABUSE_SERVICES,
        "Päihdepalvelukeskus",
        "Missbrukarvårdens servicecenter",
        "Substance-abuse service centre",
        "Päihteitä käyttävät ja heidän läheisensä",
        null,
        ways(PHONE, SELF_REFERRAL, REFERRAL_FORM),
        needs(IDENTITY_AND_RELEASE, SUBSTANCE_USE_AND_HEALTH));
    offer(
        "Siun sote, mielenterveyspalvelut",
        ServiceKind.MENTAL_HEALTH_SERVICES,
        "Mielenterveyspalvelut",
        "Mentalvårdstjänster",
        "Mental-health services",
        null,
        null,
        ways(REFERRAL_FORM, PHONE),
        needs(IDENTITY_AND_RELEASE, SUBSTANCE_USE_AND_HEALTH));
    offer(
        "Joensuun ev.lut. seurakuntayhtymä, diakoniatyö",
        ServiceKind.PARISH_DIACONIA,
        "Diakoniatyö",
        "Diakoniarbete",
        "Parish diaconia",
        "Taloudellisissa ja elämän kriiseissä olevat",
        null,
        ways(PHONE, SELF_REFERRAL),
        needs(IDENTITY_AND_RELEASE));
    offer(
        "Pohjois-Karjalan TE-toimisto",
        ServiceKind.EMPLOYMENT_SERVICES,
        "Työllisyyspalvelut",
        "Sysselsättningstjänster",
        "Employment services",
        "Työnhakijat",
        null,
        ways(ONLINE, PHONE),
        needs(IDENTITY_AND_RELEASE, OTHER_SUPPORT_NEEDS));
    offer(
        "Pohjois-Karjalan TE-toimisto",
        ServiceKind.EDUCATION,
        "Työvoimakoulutus",
        "Arbetskraftsutbildning",
        "Labour-market training",
        "Työnhakijat",
        null,
        ways(ONLINE, PHONE),
        needs(IDENTITY_AND_RELEASE));
    offer(
        "Oikeusaputoimisto, talous- ja velkaneuvonta",
        ServiceKind.FINANCIAL_AND_DEBT_COUNSELLING,
        "Talous- ja velkaneuvonta",
        "Ekonomi- och skuldrådgivning",
        "Financial and debt counselling",
        "Velkaantuneet ja talousongelmissa olevat",
        null,
        ways(PHONE, ONLINE, SELF_REFERRAL),
        needs(IDENTITY_AND_RELEASE, RENT_ARREARS_AND_CREDIT));
    offer(
        "ViaDia Joensuu",
        ServiceKind.PEER_SUPPORT,
        "ViaDian vertaistuki",
        null,
        null,
        "Vankilasta vapautuvat ja päihdetaustaiset",
        null,
        ways(SELF_REFERRAL, PHONE),
        needs(IDENTITY_AND_RELEASE));
    offer(
        "KRIS Itä-Suomi",
        ServiceKind.PEER_SUPPORT,
        "Kriminaalihuollon vertaistuki (KRIS)",
        null,
        null,
        "Vankilasta vapautuvat ja rikostaustaiset",
        null,
        ways(SELF_REFERRAL, PHONE),
        needs(IDENTITY_AND_RELEASE));
  }

  /** Seeds 001 and 003: Helsinki's housing support (ASTU), housing counselling and partners. */
  private void helsinki() {
    region = new Region("helsinki", "Helsingin ASO-ryhmä", "Europe/Helsinki");
    em.persist(region);
    orgs.clear();
    organisation("Helsingin yhdyskuntaseuraamustoimisto", OrganisationType.PROBATION_OFFICE);
    organisation("Helsingin vankila", OrganisationType.PRISON);
    organisation("Helsingin kaupunki, Asumisen tuki (ASTU)", OrganisationType.ADULT_SOCIAL_WORK);
    organisation("Helsingin kaupunki, asumisneuvonta", OrganisationType.MUNICIPAL_HOUSING_OFFICE);
    organisation("Helsingin kaupunki, aikuissosiaalityö", OrganisationType.ADULT_SOCIAL_WORK);
    organisation("Helsingin kaupungin asunnot Oy (Heka)", OrganisationType.RENTAL_HOUSING_COMPANY);
    organisation("Kela, Helsinki", OrganisationType.OTHER);
    organisation(
        "Oikeusaputoimisto, talous- ja velkaneuvonta (Helsinki)",
        OrganisationType.DEBT_COUNSELLING);
    organisation("Helsingin seurakuntayhtymä, diakoniatyö", OrganisationType.PARISH_DIACONIA);

    String astu = "Helsingin kaupunki, Asumisen tuki (ASTU)";
    offer(
        astu,
        ServiceKind.HOUSING_SERVICE_ASSESSMENT,
        "Asumispalvelujen arviointi ja sijoitus (SAS)",
        "Bedömning och placering (SAS)",
        "Housing-service assessment and placement (SAS)",
        "Täysi-ikäiset helsinkiläiset asunnottomat tai asunnottomuusuhan alla olevat",
        null,
        ways(REFERRAL_FORM, SERVICE_NEEDS_ASSESSMENT),
        needs(
            IDENTITY_AND_RELEASE,
            HOUSING_HISTORY_AND_WISHES,
            RENT_ARREARS_AND_CREDIT,
            SUBSTANCE_USE_AND_HEALTH,
            OTHER_SUPPORT_NEEDS));
    offer(
        astu,
        ServiceKind.SUPPORTED_HOUSING,
        "Tuettu asuminen (pienasunnot, tukikodit)",
        "Stödboende",
        "Supported housing",
        "Yksin elävät tai pariskunnat, joilla on asumiseen liittyvä tuen tarve; aina SAS-päätös",
        null,
        ways(SERVICE_NEEDS_ASSESSMENT),
        needs(
            IDENTITY_AND_RELEASE,
            HOUSING_HISTORY_AND_WISHES,
            RENT_ARREARS_AND_CREDIT,
            SUBSTANCE_USE_AND_HEALTH));
    offer(
        astu,
        ServiceKind.SERVICE_HOUSING,
        "Mielenterveyskuntoutujien palveluasuminen",
        "Serviceboende för rehabiliteringsklienter inom mentalvården",
        "Service housing for mental-health rehabilitation",
        "Täysi-ikäiset helsinkiläiset",
        null,
        ways(SERVICE_NEEDS_ASSESSMENT),
        needs(IDENTITY_AND_RELEASE, HOUSING_HISTORY_AND_WISHES, SUBSTANCE_USE_AND_HEALTH));
    offer(
        astu,
        ServiceKind.RENT_DEBT_FOLLOW_UP,
        "Vuokravelan seuranta",
        "Uppföljning av hyresskuld",
        "Rent-debt follow-up",
        "Asumisen tuen asukkaat, joilla vuokravelkaa; yleensä 6 kuukautta",
        null,
        ways(REFERRAL_FORM, PHONE),
        needs(IDENTITY_AND_RELEASE, RENT_ARREARS_AND_CREDIT));
    offer(
        astu,
        ServiceKind.OUTREACH_SUPPORT,
        "Lähityö ja kotikuntoutus",
        null,
        null,
        "Tuetun asumisen asukkaat",
        null,
        ways(SERVICE_NEEDS_ASSESSMENT),
        needs(IDENTITY_AND_RELEASE, HOUSING_HISTORY_AND_WISHES, SUBSTANCE_USE_AND_HEALTH));
    offer(
        "Helsingin kaupunki, asumisneuvonta",
        ServiceKind.HOUSING_COUNSELLING,
        "Asumisneuvonta",
        "Boenderådgivning",
        "Housing counselling",
        "Helsingin kaupungin asukkaat, joilla asumiseen liittyvä ongelma; seuranta 6–24 kk",
        "https://www.hel.fi/asumisneuvonta",
        ways(PHONE, SECURE_EMAIL, ONLINE, SELF_REFERRAL),
        needs(IDENTITY_AND_RELEASE, HOUSING_HISTORY_AND_WISHES, RENT_ARREARS_AND_CREDIT));
    String social = "Helsingin kaupunki, aikuissosiaalityö";
    offer(
        social,
        ServiceKind.ADULT_SOCIAL_WORK,
        "Aikuissosiaalityö",
        "Socialt arbete för vuxna",
        "Adult social work",
        "Täysi-ikäiset helsinkiläiset",
        null,
        ways(PHONE, SECURE_EMAIL, REFERRAL_FORM),
        needs(IDENTITY_AND_RELEASE, HOUSING_HISTORY_AND_WISHES, OTHER_SUPPORT_NEEDS));
    offer(
        social,
        ServiceKind.MANAGED_MONEY_ACCOUNT,
        "Välitystili",
        "Förmedlingskonto",
        "Managed money account",
        "Asiakkaat, joiden asumisen turvaaminen vaatii tukea rahankäyttöön",
        null,
        ways(SERVICE_NEEDS_ASSESSMENT),
        needs(IDENTITY_AND_RELEASE, RENT_ARREARS_AND_CREDIT));
    offer(
        social,
        ServiceKind.SOCIAL_CREDIT,
        "Sosiaalinen luotto",
        "Social kredit",
        "Social credit",
        "Pienituloiset, joilla ei muuta luotonsaantimahdollisuutta",
        null,
        ways(PHONE, ONLINE),
        needs(IDENTITY_AND_RELEASE, RENT_ARREARS_AND_CREDIT));
    offer(
        social,
        ServiceKind.EMERGENCY_ACCOMMODATION,
        "Kriisimajoitus",
        "Krisinkvartering",
        "Crisis accommodation",
        "Viimesijainen ratkaisu akuutissa asunnottomuudessa",
        null,
        ways(PHONE, SERVICE_NEEDS_ASSESSMENT),
        needs(IDENTITY_AND_RELEASE));
    String heka = "Helsingin kaupungin asunnot Oy (Heka)";
    offer(
        heka,
        ServiceKind.INDEPENDENT_RENTAL,
        "Hekan vuokra-asunnot",
        "Hekas hyresbostäder",
        "Heka rental flats",
        null,
        null,
        ways(ONLINE, REFERRAL_FORM),
        needs(IDENTITY_AND_RELEASE, HOUSING_HISTORY_AND_WISHES, RENT_ARREARS_AND_CREDIT));
    offer(
        heka,
        ServiceKind.PAYMENT_PLAN,
        "Maksusopimus vuokravelkaan",
        "Betalningsavtal för hyresskuld",
        "Payment plan for rent arrears",
        "Hekan asukkaat, joilla vuokravelkaa (vapaaehtoinen perintä)",
        null,
        ways(PHONE, SELF_REFERRAL),
        needs(IDENTITY_AND_RELEASE, RENT_ARREARS_AND_CREDIT));
    offer(
        "Kela, Helsinki",
        ServiceKind.KELA_BENEFITS,
        "Kelan perustoimeentulotuki ja asumistuki",
        "FPA:s grundläggande utkomststöd och bostadsbidrag",
        "Kela basic social assistance and housing allowance",
        null,
        "https://www.kela.fi",
        ways(ONLINE, PHONE, SECURE_EMAIL),
        needs(IDENTITY_AND_RELEASE, RENT_ARREARS_AND_CREDIT));
    offer(
        "Oikeusaputoimisto, talous- ja velkaneuvonta (Helsinki)",
        ServiceKind.FINANCIAL_AND_DEBT_COUNSELLING,
        "Talous- ja velkaneuvonta",
        "Ekonomi- och skuldrådgivning",
        "Financial and debt counselling",
        null,
        "https://oikeus.fi/talousjavelkaneuvonta",
        ways(PHONE, ONLINE, SELF_REFERRAL),
        needs(IDENTITY_AND_RELEASE, RENT_ARREARS_AND_CREDIT));
    offer(
        "Helsingin seurakuntayhtymä, diakoniatyö",
        ServiceKind.PARISH_DIACONIA,
        "Diakoniatyö",
        "Diakoniarbete",
        "Parish diaconia",
        null,
        null,
        ways(PHONE, SELF_REFERRAL),
        needs(IDENTITY_AND_RELEASE));
  }

  /** Seed 002: Seinäjoki's housing social work model (Etelä-Pohjanmaa). */
  private void seinajoki() {
    region = new Region("seinajoki", "Seinäjoen ASO-ryhmä", "Europe/Helsinki");
    em.persist(region);
    orgs.clear();
    organisation("Seinäjoen yhdyskuntaseuraamustoimisto", OrganisationType.PROBATION_OFFICE);
    organisation("Seinäjoen kaupunki, asumisneuvonta", OrganisationType.MUNICIPAL_HOUSING_OFFICE);
    organisation("Seinäjoen kaupunki, aikuissosiaalityö", OrganisationType.ADULT_SOCIAL_WORK);
    organisation(
        "Seinäjoen kaupunki, mielenterveyskuntoutus", OrganisationType.MENTAL_HEALTH_SERVICES);
    organisation(
        "Seinäjoen A-klinikka (riippuvuusklinikka)", OrganisationType.SUBSTANCE_ABUSE_SERVICES);
    organisation("Sevas Kodit Oy", OrganisationType.RENTAL_HOUSING_COMPANY);
    organisation("Kela, Seinäjoki", OrganisationType.OTHER);
    organisation("Etelä-Pohjanmaan talous- ja velkaneuvonta", OrganisationType.DEBT_COUNSELLING);
    organisation("Seinäjoen seurakunta, diakoniatyö", OrganisationType.PARISH_DIACONIA);

    offer(
        "Seinäjoen kaupunki, asumisneuvonta",
        ServiceKind.HOUSING_COUNSELLING,
        "Asumisneuvonta",
        "Boenderådgivning",
        "Housing counselling",
        "Seinäjoen kaupungin asukkaat, joilla asumisen haasteita; maksuton",
        null,
        ways(SELF_REFERRAL, PHONE, REFERRAL_FORM),
        needs(IDENTITY_AND_RELEASE, HOUSING_HISTORY_AND_WISHES, RENT_ARREARS_AND_CREDIT));
    String social = "Seinäjoen kaupunki, aikuissosiaalityö";
    offer(
        social,
        ServiceKind.SERVICE_GUIDANCE,
        "Asiakasneuvonta ja palveluohjaus",
        "Kundrådgivning och servicehandledning",
        "Client advice and service guidance",
        "Kaikki, joilla sosiaalihuollon palvelutarve",
        null,
        ways(PHONE, SELF_REFERRAL),
        needs(IDENTITY_AND_RELEASE));
    offer(
        social,
        ServiceKind.ADULT_SOCIAL_WORK,
        "Aikuissosiaalityö ja sosiaaliohjaus",
        "Socialt arbete och handledning för vuxna",
        "Adult social work and social guidance",
        null,
        null,
        ways(PHONE, REFERRAL_FORM, SECURE_EMAIL),
        needs(IDENTITY_AND_RELEASE, HOUSING_HISTORY_AND_WISHES, OTHER_SUPPORT_NEEDS));
    offer(
        social,
        ServiceKind.MANAGED_MONEY_ACCOUNT,
        "Välitystili",
        "Förmedlingskonto",
        "Managed money account",
        "Välivuokra-asukkaat ja ne, joilla useita asunnon menetyksiä vuokravelan takia",
        null,
        ways(SERVICE_NEEDS_ASSESSMENT),
        needs(IDENTITY_AND_RELEASE, RENT_ARREARS_AND_CREDIT));
    offer(
        social,
        ServiceKind.INTERIM_TENANCY,
        "Välivuokra-asunnot",
        "Andrahandsbostäder",
        "Interim tenancies",
        "Asiakkaat, jotka eivät muuten saa vuokra-asuntoa",
        null,
        ways(SERVICE_NEEDS_ASSESSMENT),
        needs(IDENTITY_AND_RELEASE, HOUSING_HISTORY_AND_WISHES, RENT_ARREARS_AND_CREDIT));
    offer(
        social,
        ServiceKind.OUTREACH_SUPPORT,
        "Tukiporras",
        null,
        null,
        "Yli 18-vuotiaat, joilla päihdeongelma; vapaaehtoinen, vaatii omaa motivaatiota",
        null,
        ways(REFERRAL_FORM, SELF_REFERRAL),
        needs(IDENTITY_AND_RELEASE, SUBSTANCE_USE_AND_HEALTH));
    offer(
        social,
        ServiceKind.SOCIAL_REHABILITATION,
        "Sosiaalinen kuntoutus ja kuntoutusohjaus",
        "Social rehabilitering",
        "Social rehabilitation",
        null,
        null,
        ways(SERVICE_NEEDS_ASSESSMENT),
        needs(IDENTITY_AND_RELEASE, SUBSTANCE_USE_AND_HEALTH));
    // every other Friday, no appointment: the low-threshold money advice of seed 002
    persist(
        social,
        new ServiceDescription(
            ServiceKind.FINANCIAL_AND_DEBT_COUNSELLING,
            "Talousneuvola",
            null,
            "Money advice drop-in",
            "Kaikki, jotka haluavat puhua arjen raha-asioista; mukana sosiaalityö, talous- ja"
                + " velkaneuvonta, ulosotto, Kela ja seurakunta",
            ways(WALK_IN, SELF_REFERRAL),
            "Joka toinen perjantai klo 10–14, ei ajanvarausta",
            null,
            null,
            "Toimintojen talo, Seinäjoki",
            null,
            needs()));
    String mental = "Seinäjoen kaupunki, mielenterveyskuntoutus";
    offer(
        mental,
        ServiceKind.SUPPORTED_HOUSING,
        "Mielenterveyskuntoutujien tuettu asuminen",
        "Stödboende för rehabiliteringsklienter inom mentalvården",
        "Supported housing for mental-health rehabilitation",
        "Kotikäynnit 1–3 kertaa viikossa",
        null,
        ways(SERVICE_NEEDS_ASSESSMENT),
        needs(IDENTITY_AND_RELEASE, HOUSING_HISTORY_AND_WISHES, SUBSTANCE_USE_AND_HEALTH));
    offer(
        mental,
        ServiceKind.SERVICE_HOUSING,
        "Mielenterveyskuntoutujien palveluasuminen",
        "Serviceboende för rehabiliteringsklienter inom mentalvården",
        "Service housing for mental-health rehabilitation",
        null,
        null,
        ways(SERVICE_NEEDS_ASSESSMENT),
        needs(IDENTITY_AND_RELEASE, HOUSING_HISTORY_AND_WISHES, SUBSTANCE_USE_AND_HEALTH));
    offer(
        mental,
        ServiceKind.INTENSIVE_SERVICE_HOUSING,
        "Mielenterveyskuntoutujien tehostettu palveluasuminen",
        "Effektiviserat serviceboende",
        "Intensive service housing",
        null,
        null,
        ways(SERVICE_NEEDS_ASSESSMENT),
        needs(IDENTITY_AND_RELEASE, HOUSING_HISTORY_AND_WISHES, SUBSTANCE_USE_AND_HEALTH));
    String clinic = "Seinäjoen A-klinikka (riippuvuusklinikka)";
    offer(
        clinic,
        ServiceKind.SUBSTANCE_ABUSE_SERVICES,
        "A-klinikka",
        "A-kliniken",
        "Addiction clinic",
        null,
        null,
        ways(SELF_REFERRAL, PHONE, REFERRAL_FORM),
        needs(IDENTITY_AND_RELEASE, SUBSTANCE_USE_AND_HEALTH));
    offer(
        clinic,
        ServiceKind.SUPPORTED_HOUSING,
        "Asunnottomien päihteiden käyttäjien asumispalvelut",
        null,
        null,
        "Asunnottomat päihteiden käyttäjät",
        null,
        ways(SERVICE_NEEDS_ASSESSMENT),
        needs(IDENTITY_AND_RELEASE, HOUSING_HISTORY_AND_WISHES, SUBSTANCE_USE_AND_HEALTH));
    offer(
        "Sevas Kodit Oy",
        ServiceKind.INDEPENDENT_RENTAL,
        "Sevaksen vuokra-asunnot",
        null,
        null,
        null,
        null,
        ways(ONLINE, REFERRAL_FORM),
        needs(IDENTITY_AND_RELEASE, HOUSING_HISTORY_AND_WISHES, RENT_ARREARS_AND_CREDIT));
    offer(
        "Kela, Seinäjoki",
        ServiceKind.KELA_BENEFITS,
        "Kelan perustoimeentulotuki",
        "FPA:s grundläggande utkomststöd",
        "Kela basic social assistance",
        null,
        "https://www.kela.fi",
        ways(ONLINE, PHONE),
        needs(IDENTITY_AND_RELEASE));
    offer(
        "Etelä-Pohjanmaan talous- ja velkaneuvonta",
        ServiceKind.FINANCIAL_AND_DEBT_COUNSELLING,
        "Talous- ja velkaneuvonta",
        "Ekonomi- och skuldrådgivning",
        "Financial and debt counselling",
        null,
        "https://oikeus.fi/talousjavelkaneuvonta",
        ways(PHONE, ONLINE, SELF_REFERRAL),
        needs(IDENTITY_AND_RELEASE, RENT_ARREARS_AND_CREDIT));
    offer(
        "Seinäjoen seurakunta, diakoniatyö",
        ServiceKind.PARISH_DIACONIA,
        "Diakoniatyö",
        "Diakoniarbete",
        "Parish diaconia",
        null,
        null,
        ways(PHONE, SELF_REFERRAL),
        needs(IDENTITY_AND_RELEASE));
  }

  private void organisation(String name, OrganisationType type) {
    Organisation organisation = new Organisation(name, type, region);
    em.persist(organisation);
    orgs.put(name, organisation);
  }

  private void offer(
      String organisation,
      ServiceKind kind,
      String fi,
      String sv,
      String en,
      String targetGroup,
      String web,
      Set<ReferralWay> ways,
      Set<InformationCategory> needs) {
    persist(
        organisation,
        new ServiceDescription(
            kind, fi, sv, en, targetGroup, ways, null, null, null, null, web, needs));
  }

  private void persist(String organisation, ServiceDescription description) {
    Organisation provider = orgs.get(organisation);
    if (provider == null) {
      throw new IllegalStateException("no demo organisation " + organisation);
    }
    if (provider.id() == null) {
      // the provider is checked to serve the region by ids
      em.flush();
    }
    em.persist(new Service(region, provider, description));
    count++;
  }

  private static Set<ReferralWay> ways(ReferralWay... ways) {
    return Set.of(ways);
  }

  private static Set<InformationCategory> needs(InformationCategory... needs) {
    return Set.of(needs);
  }
}
