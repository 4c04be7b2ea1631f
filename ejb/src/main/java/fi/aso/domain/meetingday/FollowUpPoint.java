package fi.aso.domain.meetingday;

import fi.aso.domain.Refusal;
import fi.aso.domain.clientcase.ClientCase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.Optional;

/**
 * A point at which the group follows the client up (seed 004): at release and 3, 6 and 12 months
 * after, recording whether they were housed before release and how, the form of housing, and
 * whether they are still housed.
 */
@Entity
@Table(name = "follow_up_point")
@NamedQuery(
    name = "FollowUpPoint.ofCase",
    query = "select p from FollowUpPoint p where p.clientCase.id = :caseId order by p.dueDate")
@NamedQuery(
    name = "FollowUpPoint.openOfCases",
    query =
        "select p from FollowUpPoint p where p.clientCase.id in :caseIds and p.recordedAt is null"
            + " order by p.dueDate, p.id")
public class FollowUpPoint {

  /** When the point is, counted from the release. */
  public enum Label {
    AT_RELEASE(0),
    MONTHS_3(3),
    MONTHS_6(6),
    MONTHS_12(12);

    private final int months;

    Label(int months) {
      this.months = months;
    }

    public LocalDate after(LocalDate release) {
      return release.plusMonths(months);
    }
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "case_id")
  private ClientCase clientCase;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private Label label;

  @Column(name = "due_date", nullable = false)
  private LocalDate dueDate;

  @Column(name = "housed_before_release")
  private Boolean housedBeforeRelease;

  @Column(name = "how_housed", columnDefinition = "text")
  private String howHoused;

  @Enumerated(EnumType.STRING)
  @Column(name = "housing_form", length = 30)
  private HousingForm housingForm;

  @Column(name = "still_housed")
  private Boolean stillHoused;

  @Column(columnDefinition = "text")
  private String note;

  @Column(name = "recorded_by", length = 100)
  private String recordedBy;

  @Column(name = "recorded_at")
  private OffsetDateTime recordedAt;

  @Version private long version;

  protected FollowUpPoint() {}

  public FollowUpPoint(ClientCase clientCase, Label label, LocalDate release) {
    this.clientCase = Objects.requireNonNull(clientCase, "clientCase");
    this.label = Objects.requireNonNull(label, "label");
    this.dueDate = label.after(Objects.requireNonNull(release, "release"));
  }

  /** What was found at this point. */
  public void record(
      Boolean housedBefore,
      String how,
      HousingForm form,
      Boolean stillHoused,
      String note,
      String actor,
      Instant at) {
    if ((how != null && how.length() > 5_000) || (note != null && note.length() > 20_000)) {
      throw new Refusal("followUp.tooLong", "the text is too long");
    }
    this.housedBeforeRelease = housedBefore;
    this.howHoused = how == null || how.isBlank() ? null : how.strip();
    this.housingForm = form;
    this.stillHoused = stillHoused;
    this.note = note == null || note.isBlank() ? null : note;
    this.recordedBy = actor;
    this.recordedAt = at.atOffset(ZoneOffset.UTC);
  }

  public Long id() {
    return id;
  }

  public ClientCase clientCase() {
    return clientCase;
  }

  public Label label() {
    return label;
  }

  public LocalDate dueDate() {
    return dueDate;
  }

  public Optional<Boolean> housedBeforeRelease() {
    return Optional.ofNullable(housedBeforeRelease);
  }

  public Optional<String> howHoused() {
    return Optional.ofNullable(howHoused);
  }

  public Optional<HousingForm> housingForm() {
    return Optional.ofNullable(housingForm);
  }

  public Optional<Boolean> stillHoused() {
    return Optional.ofNullable(stillHoused);
  }

  public Optional<String> note() {
    return Optional.ofNullable(note);
  }

  public boolean isRecorded() {
    return recordedAt != null;
  }

  public long version() {
    return version;
  }
}
