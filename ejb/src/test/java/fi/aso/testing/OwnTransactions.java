package fi.aso.testing;

import fi.aso.application.consent.ConsentCodeCheck;
import fi.aso.application.throttle.Throttle;
import fi.aso.domain.consent.ConsentInvitation;
import fi.aso.domain.throttle.Admission;
import fi.aso.domain.throttle.ThrottleKey;
import fi.aso.infrastructure.persistence.JpaAttemptCounters;
import fi.aso.infrastructure.persistence.JpaConsentInvitationRepository;
import jakarta.persistence.EntityManagerFactory;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The beans whose methods the container runs in a transaction of their own ({@code REQUIRES_NEW}),
 * as the container runs them: each call commits in its own transaction, whatever becomes of the
 * test's transaction around it. So a test sees a count kept although the call that made it failed,
 * and concurrent tries wait for each other only as long as in production.
 */
public final class OwnTransactions {

  private OwnTransactions() {}

  public static Throttle throttle(EntityManagerFactory emf) {
    return new Throttle() {
      @Override
      public Attempt admit(List<Rule> rules, Instant now) {
        return Transactions.inTransaction(
            emf, em -> new Throttle(new JpaAttemptCounters(em)).admit(rules, now));
      }

      @Override
      public void forgive(List<Admission.Admitted> counted) {
        Transactions.inTransaction(
            emf,
            em -> {
              new Throttle(new JpaAttemptCounters(em)).forgive(counted);
              return null;
            });
      }

      @Override
      public void clear(ThrottleKey key) {
        Transactions.inTransaction(
            emf,
            em -> {
              new Throttle(new JpaAttemptCounters(em)).clear(key);
              return null;
            });
      }

      @Override
      public Optional<Instant> lockedUntil(ThrottleKey key, Instant now) {
        return Transactions.inTransaction(
            emf, em -> new Throttle(new JpaAttemptCounters(em)).lockedUntil(key, now));
      }
    };
  }

  public static ConsentCodeCheck consentCodeCheck(EntityManagerFactory emf) {
    return new ConsentCodeCheck() {
      @Override
      public boolean accepts(ConsentInvitation invitation, String token, String code, Instant now) {
        return Transactions.inTransaction(
            emf,
            em ->
                new ConsentCodeCheck(new JpaConsentInvitationRepository(em))
                    .accepts(invitation, token, code, now));
      }
    };
  }
}
