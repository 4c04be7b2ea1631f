package fi.aso.domain.region;

import fi.aso.domain.Texts;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Objects;

/**
 * A regional client-steering group (ASO-ryhmä), e.g. the Joensuu group of seed 004. Each region has
 * its own chairs, calendar and clients; organisations may serve several regions.
 */
@Entity
@Table(name = "region")
@NamedQuery(name = "Region.findAll", query = "select r from Region r order by r.name")
@NamedQuery(name = "Region.findByCode", query = "select r from Region r where r.code = :code")
public class Region {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, unique = true, length = 40)
  private String code;

  @Column(nullable = false, length = 200)
  private String name;

  @Column(name = "time_zone", nullable = false, length = 64)
  private String timeZone;

  /**
   * Whether a second person must review the minutes before they are approved (on unless the
   * region's administrator turns it off, e.g. a region with one chair and no case worker).
   */
  @Column(name = "minutes_second_person", nullable = false)
  private boolean minutesSecondPerson = true;

  @Version private long version;

  protected Region() {}

  public Region(String code, String name, String timeZone) {
    this.code = requireText(code, "code");
    this.name = requireText(Texts.atMost(name, 200, "the region's name"), "name");
    this.timeZone = requireText(timeZone, "timeZone");
  }

  static String requireText(String value, String field) {
    Objects.requireNonNull(value, field);
    if (value.isBlank()) {
      throw new IllegalArgumentException(field + " must not be blank");
    }
    return value.strip();
  }

  public Long id() {
    return id;
  }

  public String code() {
    return code;
  }

  public String name() {
    return name;
  }

  public String timeZone() {
    return timeZone;
  }

  /** Whether the one who made the minutes needs a second person to review them. */
  public boolean minutesNeedSecondPerson() {
    return minutesSecondPerson;
  }

  public void minutesNeedSecondPerson(boolean needed) {
    this.minutesSecondPerson = needed;
  }
}
