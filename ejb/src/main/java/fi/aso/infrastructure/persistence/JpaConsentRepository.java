package fi.aso.infrastructure.persistence;

import fi.aso.domain.consent.Consent;
import fi.aso.domain.consent.ConsentDocument;
import fi.aso.domain.consent.ConsentHistory;
import fi.aso.domain.consent.ConsentPeriod;
import fi.aso.domain.consent.ConsentRecipient;
import fi.aso.domain.consent.ConsentRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

@ApplicationScoped
public class JpaConsentRepository implements ConsentRepository {

  @PersistenceContext(unitName = "aso")
  EntityManager em;

  public JpaConsentRepository() {}

  /** For tests outside the container. */
  public JpaConsentRepository(EntityManager em) {
    this.em = em;
  }

  @Override
  public List<Consent> withdrawnInRegionSince(long regionId, Instant since) {
    return em.createNamedQuery("Consent.withdrawnInRegionSince", Consent.class)
        .setParameter("region", regionId)
        .setParameter("since", Utc.at(since))
        .getResultList();
  }

  @Override
  public List<ConsentRecipient> withdrawnForInRegionSince(long regionId, Instant since) {
    return em.createNamedQuery("ConsentRecipient.withdrawnInRegionSince", ConsentRecipient.class)
        .setParameter("region", regionId)
        .setParameter("since", Utc.at(since))
        .getResultList();
  }

  @Override
  public ConsentHistory historyOf(long caseId) {
    return new ConsentHistory(
        em.createNamedQuery("Consent.ofCase", Consent.class)
            .setParameter("caseId", caseId)
            .getResultList());
  }

  @Override
  public Map<Long, ConsentHistory> historiesOf(Collection<Long> caseIds) {
    if (caseIds.isEmpty()) {
      return Map.of();
    }
    Map<Long, List<Consent>> versions =
        em.createNamedQuery("Consent.ofCases", Consent.class)
            .setParameter("caseIds", caseIds)
            .getResultStream()
            .collect(Collectors.groupingBy(c -> c.clientCase().id(), Collectors.toList()));
    Map<Long, ConsentHistory> histories = new HashMap<>();
    caseIds.forEach(
        id -> histories.put(id, new ConsentHistory(versions.getOrDefault(id, List.of()))));
    return histories;
  }

  @Override
  public Map<Long, List<ConsentPeriod>> periodsOf(Collection<Long> caseIds) {
    if (caseIds.isEmpty()) {
      return Map.of();
    }
    Map<Long, List<ConsentPeriod>> periods = new HashMap<>();
    // by version: each case's list is oldest first
    em.createNamedQuery("Consent.periodsOfCases", Object[].class)
        .setParameter("caseIds", caseIds)
        .getResultStream()
        .forEach(
            row ->
                periods
                    .computeIfAbsent(((Number) row[0]).longValue(), id -> new ArrayList<>())
                    .add(
                        new ConsentPeriod(
                            ((OffsetDateTime) row[1]).toInstant(),
                            row[2] == null ? null : ((OffsetDateTime) row[2]).toInstant(),
                            row[3] == null ? null : ((OffsetDateTime) row[3]).toInstant(),
                            (LocalDate) row[4])));
    return periods;
  }

  @Override
  public Consent store(Consent consent) {
    em.persist(consent);
    return consent;
  }

  @Override
  public ConsentDocument storeDocument(ConsentDocument document) {
    em.persist(document);
    return document;
  }

  @Override
  public Optional<ConsentDocument> documentOf(long consentId) {
    return em.createNamedQuery("ConsentDocument.ofConsent", ConsentDocument.class)
        .setParameter("consentId", consentId)
        .getResultStream()
        .findFirst();
  }
}
