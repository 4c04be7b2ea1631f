package fi.aso.domain.meetingday;

import fi.aso.domain.Refusal;
import fi.aso.domain.clientcase.ClientCase;
import fi.aso.domain.meeting.ClientSlot;
import fi.aso.domain.organisation.ContactPerson;
import fi.aso.domain.organisation.Organisation;
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
 * One line of the action list, "kuka tekee mitä ja milloin": what, who (a consented organisation
 * and its contact person, the client, or the case worker), by when, and where it stands. The
 * service checks the consent before an organisation is made responsible.
 */
@Entity
@Table(name = "action_item")
@NamedQuery(
    name = "ActionItem.ofCase",
    query = "select a from ActionItem a where a.clientCase.id = :caseId order by a.dueDate, a.id")
@NamedQuery(
    name = "ActionItem.ofSlots",
    query = "select a from ActionItem a where a.slot.id in :slots order by a.dueDate, a.id")
@NamedQuery(
    name = "ActionItem.ofOrganisation",
    query =
        "select a from ActionItem a where a.organisation.id = :organisation order by a.dueDate, a.id")
@NamedQuery(
    name = "ActionItem.ofRegion",
    query =
        "select a from ActionItem a where a.clientCase.region.id = :region"
            + " and a.status in (fi.aso.domain.meetingday.ActionStatus.OPEN, fi.aso.domain.meetingday.ActionStatus.IN_PROGRESS)"
            + " order by a.dueDate, a.id")
@NamedQuery(
    name = "ActionItem.overdueInRegion",
    query =
        "select a from ActionItem a where a.clientCase.region.id = :region and a.dueDate < :today"
            + " and a.status in (fi.aso.domain.meetingday.ActionStatus.OPEN, fi.aso.domain.meetingday.ActionStatus.IN_PROGRESS)"
            + " order by a.dueDate, a.id")
public class ActionItem {

  public static final int MAX_TEXT = 5_000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne
  @JoinColumn(name = "slot_id")
  private ClientSlot slot;

  @ManyToOne(optional = false)
  @JoinColumn(name = "case_id")
  private ClientCase clientCase;

  @Column(nullable = false, columnDefinition = "text")
  private String what;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private Responsible responsible;

  @ManyToOne
  @JoinColumn(name = "organisation_id")
  private Organisation organisation;

  @ManyToOne
  @JoinColumn(name = "contact_person_id")
  private ContactPerson contactPerson;

  @Column(name = "due_date", nullable = false)
  private LocalDate dueDate;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private ActionStatus status = ActionStatus.OPEN;

  @Column(name = "status_note", columnDefinition = "text")
  private String statusNote;

  @Column(name = "created_by", nullable = false, length = 100)
  private String createdBy;

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  @Column(name = "updated_by", length = 100)
  private String updatedBy;

  @Column(name = "updated_at")
  private OffsetDateTime updatedAt;

  @Version private long version;

  protected ActionItem() {}

  private ActionItem(
      ClientSlot slot,
      String what,
      Responsible responsible,
      LocalDate due,
      String actor,
      Instant now) {
    this.slot = Objects.requireNonNull(slot, "slot");
    this.clientCase = slot.clientCase();
    if (what == null || what.isBlank()) {
      throw new Refusal("action.what", "say what is to be done");
    }
    if (what.length() > MAX_TEXT) {
      throw new Refusal(
          "text.tooLong", "an action is at most " + MAX_TEXT + " characters", MAX_TEXT);
    }
    this.what = what.strip();
    this.responsible = responsible;
    this.dueDate = Objects.requireNonNull(due, "due");
    this.createdBy = actor;
    this.createdAt = now.atOffset(ZoneOffset.UTC);
  }

  /** An organisation's action, optionally naming its contact person (of that organisation). */
  public static ActionItem forOrganisation(
      ClientSlot slot,
      String what,
      Organisation organisation,
      ContactPerson contact,
      LocalDate due,
      String actor,
      Instant now) {
    ActionItem item = new ActionItem(slot, what, Responsible.ORGANISATION, due, actor, now);
    item.organisation = Objects.requireNonNull(organisation, "organisation");
    if (contact != null && !contact.organisation().equals(organisation)) {
      throw new Refusal("action.contactOfOther", "the contact person is not of that organisation");
    }
    item.contactPerson = contact;
    return item;
  }

  /** The client's or the case worker's own action. */
  public static ActionItem forPerson(
      ClientSlot slot, String what, Responsible who, LocalDate due, String actor, Instant now) {
    if (who == Responsible.ORGANISATION) {
      throw new Refusal("action.organisation", "an organisation's action names the organisation");
    }
    return new ActionItem(slot, what, who, due, actor, now);
  }

  /** Progress: in progress, done, or cannot be done (which needs a note saying why). */
  public void progress(ActionStatus newStatus, String note, String actor, Instant at) {
    Objects.requireNonNull(newStatus, "newStatus");
    if (newStatus == ActionStatus.CANNOT_BE_DONE && (note == null || note.isBlank())) {
      throw new Refusal("action.reason", "say why the action cannot be done");
    }
    if (note != null && note.length() > MAX_TEXT) {
      throw new Refusal("text.tooLong", "a note is at most " + MAX_TEXT + " characters", MAX_TEXT);
    }
    this.status = newStatus;
    this.statusNote = note == null || note.isBlank() ? statusNote : note.strip();
    this.updatedBy = actor;
    this.updatedAt = at.atOffset(ZoneOffset.UTC);
  }

  public boolean isOverdue(LocalDate today) {
    return status.isOpen() && dueDate.isBefore(today);
  }

  public Long id() {
    return id;
  }

  public Optional<ClientSlot> slot() {
    return Optional.ofNullable(slot);
  }

  public ClientCase clientCase() {
    return clientCase;
  }

  public String what() {
    return what;
  }

  public Responsible responsible() {
    return responsible;
  }

  public Optional<Organisation> organisation() {
    return Optional.ofNullable(organisation);
  }

  public Optional<ContactPerson> contactPerson() {
    return Optional.ofNullable(contactPerson);
  }

  public LocalDate dueDate() {
    return dueDate;
  }

  public ActionStatus status() {
    return status;
  }

  public Optional<String> statusNote() {
    return Optional.ofNullable(statusNote);
  }

  public long version() {
    return version;
  }
}
