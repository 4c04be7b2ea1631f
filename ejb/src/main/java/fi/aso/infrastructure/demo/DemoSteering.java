package fi.aso.infrastructure.demo;

import static fi.aso.domain.consent.InformationCategory.HOUSING_HISTORY_AND_WISHES;
import static fi.aso.domain.consent.InformationCategory.IDENTITY_AND_RELEASE;
import static fi.aso.domain.consent.InformationCategory.SUBSTANCE_USE_AND_HEALTH;

import fi.aso.domain.consent.InformationCategory;
import fi.aso.domain.meeting.ClientSlot;
import fi.aso.domain.meetingday.ActionItem;
import fi.aso.domain.region.Region;
import fi.aso.domain.servicemap.ReferralState;
import fi.aso.domain.servicemap.Service;
import fi.aso.domain.servicemap.ServiceKind;
import fi.aso.domain.servicemap.ServiceNeed;
import fi.aso.domain.servicemap.ServiceReferral;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Set;

/**
 * The needs the Joensuu group recorded at the meeting held five weeks ago, and the referrals made
 * from them, so that the holes view has something to show. Counted by hand (the holes view's test
 * checks these): Virtanen needs an independent rental flat (referred to Kodit, accepted), housing
 * counselling and debt counselling; Laine needs supported housing, substance-abuse services
 * (referred to the substance-abuse service centre, started) and rehabilitative work, which no
 * Joensuu service offers. Six needs, two met, four not; one kind with no service at all.
 */
final class DemoSteering {

  private DemoSteering() {}

  static void load(EntityManager em, Region joensuu, String chair) {
    Instant now = Instant.now();
    ClientSlot virtanen = heldSlotOf(em, "ASO-2026-001", now);
    ClientSlot laine = heldSlotOf(em, "ASO-2026-005", now);
    needs(
        em,
        virtanen,
        chair,
        now,
        ServiceKind.INDEPENDENT_RENTAL,
        ServiceKind.HOUSING_COUNSELLING,
        ServiceKind.FINANCIAL_AND_DEBT_COUNSELLING);
    needs(
        em,
        laine,
        chair,
        now,
        ServiceKind.SUPPORTED_HOUSING,
        ServiceKind.SUBSTANCE_ABUSE_SERVICES,
        ServiceKind.REHABILITATIVE_WORK);
    referral(
        em,
        virtanen,
        service(em, joensuu, "Vuokra-asunnot"),
        action(em, "Varaa yksiö vapautumispäiväksi"),
        Set.of(IDENTITY_AND_RELEASE, HOUSING_HISTORY_AND_WISHES),
        chair,
        now,
        ReferralState.ACCEPTED);
    referral(
        em,
        laine,
        service(em, joensuu, "Päihdepalvelukeskus"),
        action(em, "Sovi avokuntoutuksen jatkosta"),
        Set.of(IDENTITY_AND_RELEASE, SUBSTANCE_USE_AND_HEALTH),
        chair,
        now,
        ReferralState.ACCEPTED,
        ReferralState.STARTED);
  }

  private static void needs(
      EntityManager em, ClientSlot slot, String chair, Instant now, ServiceKind... kinds) {
    for (ServiceKind kind : kinds) {
      em.persist(new ServiceNeed(slot, kind, chair, now));
    }
  }

  private static void referral(
      EntityManager em,
      ClientSlot slot,
      Service service,
      ActionItem action,
      Set<InformationCategory> carries,
      String chair,
      Instant now,
      ReferralState... path) {
    ServiceReferral referral =
        new ServiceReferral(slot, service, service.kind(), action, carries, chair, now);
    for (ReferralState step : path) {
      referral.moveTo(step, null, "partner", now);
    }
    em.persist(referral);
  }

  private static ClientSlot heldSlotOf(EntityManager em, String reference, Instant now) {
    return em.createQuery(
            "select s from ClientSlot s where s.clientCase.reference = :reference"
                + " and s.startsAt < :now order by s.startsAt",
            ClientSlot.class)
        .setParameter("reference", reference)
        .setParameter("now", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
        .setMaxResults(1)
        .getSingleResult();
  }

  private static Service service(EntityManager em, Region region, String name) {
    return em.createQuery(
            "select s from Service s where s.region = :region and s.nameFi = :name", Service.class)
        .setParameter("region", region)
        .setParameter("name", name)
        .getSingleResult();
  }

  private static ActionItem action(EntityManager em, String what) {
    return em.createQuery("select a from ActionItem a where a.what = :what", ActionItem.class)
        .setParameter("what", what)
        .getSingleResult();
  }
}
