package fi.aso.domain.consent;

import static org.assertj.core.api.Assertions.assertThat;

import fi.aso.domain.clientcase.ClientCase;
import fi.aso.domain.organisation.Organisation;
import fi.aso.domain.organisation.OrganisationType;
import fi.aso.testing.Fixtures;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Thousands of random histories of giving, withdrawing (wholly or for one organisation), time
 * passing and reading: the consent rule must never allow a read that a plain model of the rules
 * forbids, and must allow every read the model allows.
 */
class ConsentPolicyPropertiesTest {

  private static final List<Organisation> ORGS =
      List.of(
          Fixtures.organisation(11, "A", OrganisationType.RENTAL_HOUSING_COMPANY),
          Fixtures.organisation(12, "B", OrganisationType.ADULT_SOCIAL_WORK),
          Fixtures.organisation(13, "C", OrganisationType.NGO),
          Fixtures.organisation(14, "D", OrganisationType.EMPLOYMENT_SERVICES));
  private static final Instant START = Instant.parse("2026-11-01T08:00:00Z");

  sealed interface Step permits Give, WithdrawAll, WithdrawOne, Wait, Read {}

  record Give(List<Set<InformationCategory>> grants, int validDays) implements Step {}

  record WithdrawAll() implements Step {}

  record WithdrawOne(int org) implements Step {}

  record Wait(int hours) implements Step {}

  record Read(int org, InformationCategory category) implements Step {}

  @Property(tries = 3000)
  void neverDisclosesWithoutAValidConsentNamingTheRecipientAndCategory(
      @ForAll("histories") List<Step> history) {
    ClientCase clientCase = Fixtures.clientCase();
    List<Consent> versions = new ArrayList<>();
    Model model = new Model();
    Instant now = START;
    for (Step step : history) {
      if (step instanceof Give give) {
        Map<Organisation, Set<InformationCategory>> grants = new HashMap<>();
        for (int i = 0; i < ORGS.size(); i++) {
          grants.put(ORGS.get(i), give.grants().get(i));
        }
        LocalDate until = now.atZone(Consent.ZONE).toLocalDate().plusDays(give.validDays());
        versions.add(
            new ConsentHistory(versions)
                .give(clientCase, ConsentMethod.ELECTRONIC, "t1", now, until, "cw", grants));
        model.give(give.grants(), until);
      } else if (step instanceof WithdrawAll && !versions.isEmpty()) {
        versions.get(versions.size() - 1).withdraw("client", now);
        model.withdrawAll();
      } else if (step instanceof WithdrawOne one && !versions.isEmpty()) {
        versions.get(versions.size() - 1).withdrawFor(ORGS.get(one.org()).id(), "client", now);
        model.withdrawOne(one.org());
      } else if (step instanceof Wait wait) {
        now = now.plus(Duration.ofHours(wait.hours()));
      } else if (step instanceof Read read) {
        Disclosure decision =
            new ConsentHistory(versions).decide(ORGS.get(read.org()).id(), read.category(), now);
        boolean expected =
            model.allows(read.org(), read.category(), now.atZone(Consent.ZONE).toLocalDate());
        assertThat(decision.allowed())
            .as("read by org %d of %s at %s after %s", read.org(), read.category(), now, history)
            .isEqualTo(expected);
      }
      // a moment passes between any two steps
      now = now.plusSeconds(1);
    }
  }

  @Provide
  Arbitrary<List<Step>> histories() {
    Arbitrary<Set<InformationCategory>> categories =
        Arbitraries.subsetOf(InformationCategory.values());
    Arbitrary<Step> give =
        Combinators.combine(
                categories.list().ofSize(ORGS.size()), Arbitraries.integers().between(0, 30))
            .as(Give::new);
    Arbitrary<Step> withdrawAll = Arbitraries.just(new WithdrawAll());
    Arbitrary<Step> withdrawOne =
        Arbitraries.integers().between(0, ORGS.size() - 1).map(WithdrawOne::new);
    Arbitrary<Step> wait = Arbitraries.integers().between(1, 24 * 20).map(Wait::new);
    Arbitrary<Step> read =
        Combinators.combine(
                Arbitraries.integers().between(0, ORGS.size() - 1),
                Arbitraries.of(InformationCategory.class))
            .as(Read::new);
    return Arbitraries.frequencyOf(
            net.jqwik.api.Tuple.of(2, give),
            net.jqwik.api.Tuple.of(1, withdrawAll),
            net.jqwik.api.Tuple.of(2, withdrawOne),
            net.jqwik.api.Tuple.of(2, wait),
            net.jqwik.api.Tuple.of(6, read))
        .list()
        .ofMinSize(1)
        .ofMaxSize(40);
  }

  /** The rules, stated as simply as possible, independent of the entities. */
  static final class Model {
    private List<Set<InformationCategory>> grants;
    private LocalDate validUntil;
    private boolean withdrawn;
    private final Set<Integer> withdrawnOrgs = new HashSet<>();

    void give(List<Set<InformationCategory>> newGrants, LocalDate until) {
      grants = new ArrayList<>();
      for (Set<InformationCategory> g : newGrants) {
        grants.add(g.isEmpty() ? EnumSet.noneOf(InformationCategory.class) : EnumSet.copyOf(g));
      }
      validUntil = until;
      withdrawn = false;
      withdrawnOrgs.clear();
    }

    void withdrawAll() {
      withdrawn = true;
    }

    void withdrawOne(int org) {
      withdrawnOrgs.add(org);
    }

    boolean allows(int org, InformationCategory category, LocalDate today) {
      return grants != null
          && !withdrawn
          && !withdrawnOrgs.contains(org)
          && !today.isAfter(validUntil)
          && grants.get(org).contains(category);
    }
  }
}
