package fi.aso.testing;

import fi.aso.domain.clientcase.ClientCase;
import fi.aso.domain.clientcase.ClientKind;
import fi.aso.domain.organisation.Organisation;
import fi.aso.domain.organisation.OrganisationType;
import fi.aso.domain.region.Region;
import fi.aso.domain.staff.Role;
import fi.aso.domain.staff.StaffUser;
import java.lang.reflect.Field;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Set;

/** Domain objects for tests that run without a database (ids set as the database would). */
public final class Fixtures {

  public static final Region REGION =
      new Region("joensuu", "Joensuun ASO-ryhmä", "Europe/Helsinki");
  public static final Organisation PRISON =
      organisation(100, "Joensuun vankila", OrganisationType.PRISON);

  private Fixtures() {}

  public static Organisation organisation(long id, String name, OrganisationType type) {
    Organisation organisation = new Organisation(name, type, REGION);
    setId(organisation, id);
    return organisation;
  }

  public static ClientCase clientCase() {
    StaffUser caseWorker = new StaffUser("caseworker", "Veera", Set.of(Role.CASE_WORKER));
    return new ClientCase(
        REGION,
        "ASO-TEST-1",
        "Testi Asiakas",
        LocalDate.of(1990, 1, 1),
        ClientKind.PRISONER,
        PRISON,
        caseWorker,
        OffsetDateTime.of(2026, 11, 1, 9, 0, 0, 0, ZoneOffset.UTC));
  }

  private static void setId(Object entity, long id) {
    try {
      Field field = entity.getClass().getDeclaredField("id");
      field.setAccessible(true);
      field.set(entity, id);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }
}
