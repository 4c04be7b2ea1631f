package fi.aso.datagen;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * One invented ASO group: its region, the prison and probation office that refer clients, eight
 * partner organisations with two contact persons each (the second the first one's deputy), and its
 * staff: an administrator, a chair, three case workers and a partner user.
 */
final class RegionNetwork {

  /** A partner organisation a consent may name. */
  record Partner(
      long id,
      String name,
      String channel,
      long contactId,
      String contactName,
      String contactEmail) {}

  private static final String[][] PARTNERS = {
    {"Vuokra-asunnot %s Oy", "RENTAL_HOUSING_COMPANY", "EMAIL"},
    {"%s, asuntotoimisto", "MUNICIPAL_HOUSING_OFFICE", "EMAIL"},
    {"%s, aikuissosiaalityö", "ADULT_SOCIAL_WORK", "SECURE_EMAIL"},
    {"%s, päihdepalvelut", "SUBSTANCE_ABUSE_SERVICES", "SECURE_EMAIL"},
    {"%s, mielenterveyspalvelut", "MENTAL_HEALTH_SERVICES", "SECURE_EMAIL"},
    {"TE-palvelut, %s", "EMPLOYMENT_SERVICES", "EMAIL"},
    {"Talous- ja velkaneuvonta, %s", "DEBT_COUNSELLING", "EMAIL"},
    {"Kriminaalihuollon tukisäätiö, %s", "NGO", "EMAIL"},
  };

  final int number;
  final String place;
  final long id;
  final long prison;
  final long probationOffice;
  final String probationOfficeName;
  final List<Partner> partners = new ArrayList<>();
  final long chair;
  final String chairName;
  final List<Long> caseWorkers = new ArrayList<>();
  final List<String> caseWorkerNames = new ArrayList<>();
  final String partnerUser;

  RegionNetwork(Connection c, Schema db, int number, Random random, Instant created)
      throws SQLException {
    this.number = number;
    this.place = FinnishNames.PLACES.get(number - 1);
    String host = FinnishNames.host(place) + ".example.fi";
    id = db.region.nextId(c);
    db.region.add(
        id, "gen-%02d".formatted(number), place + " (ASO-ryhmä)", "Europe/Helsinki", created);
    prison = organisation(c, db, "Vankila, " + place, "PRISON", "EMAIL", created);
    probationOfficeName = "Yhdyskuntaseuraamustoimisto, " + place;
    probationOffice =
        organisation(c, db, probationOfficeName, "PROBATION_OFFICE", "EMAIL", created);
    for (String[] p : PARTNERS) {
      String name = p[0].formatted(place);
      long org = organisation(c, db, name, p[1], p[2], created);
      long first = 0;
      String firstName = null;
      for (int k = 0; k < 2; k++) {
        long contact = db.contact.nextId(c);
        String person = FinnishNames.person(random);
        db.contact.add(
            contact,
            org,
            person,
            FinnishNames.mailbox(person) + "." + contact + "@" + p[1].toLowerCase() + "." + host,
            "040 %07d".formatted(random.nextInt(10_000_000)),
            k == 0 ? null : first);
        if (k == 0) {
          first = contact;
          firstName = person;
        }
      }
      partners.add(
          new Partner(
              org,
              name,
              p[2],
              first,
              firstName,
              FinnishNames.mailbox(firstName)
                  + "."
                  + first
                  + "@"
                  + p[1].toLowerCase()
                  + "."
                  + host));
    }
    staffUser(c, db, "admin", "ADMIN", probationOffice, null, created, FinnishNames.person(random));
    chairName = FinnishNames.person(random);
    chair = staffUser(c, db, "chair", "CHAIR", probationOffice, null, created, chairName);
    for (int k = 1; k <= 3; k++) {
      String name = FinnishNames.person(random);
      caseWorkers.add(
          staffUser(c, db, "caseworker" + k, "CASE_WORKER", prison, null, created, name));
      caseWorkerNames.add(name);
    }
    Partner housing = partners.get(0);
    staffUser(
        c,
        db,
        "partner",
        "PARTNER",
        housing.id(),
        housing.contactId(),
        created,
        housing.contactName());
    partnerUser = username("partner");
  }

  /** The index of a case worker's user name in {@link #caseWorkers}. */
  int caseWorkerNumber(String username) {
    for (int k = 0; k < caseWorkers.size(); k++) {
      if (username.equals(username("caseworker" + (k + 1)))) {
        return k;
      }
    }
    throw new IllegalArgumentException(username);
  }

  String username(String who) {
    return who + ".gen%02d".formatted(number);
  }

  private long organisation(
      Connection c, Schema db, String name, String type, String channel, Instant created)
      throws SQLException {
    long org = db.organisation.nextId(c);
    db.organisation.add(org, name, type, channel, id, created);
    db.regionOrganisation.add(id, org);
    return org;
  }

  private long staffUser(
      Connection c,
      Schema db,
      String who,
      String role,
      long organisation,
      Long contact,
      Instant created,
      String name)
      throws SQLException {
    long user = db.staff.nextId(c);
    db.staff.add(
        user,
        username(who),
        name,
        FinnishNames.mailbox(name) + "." + user + "@" + FinnishNames.host(place) + ".example.fi",
        id,
        organisation,
        contact,
        created);
    db.staffRole.add(user, role);
    return user;
  }
}
