package fi.aso.domain.meetingday;

import fi.aso.domain.Refusal;
import fi.aso.domain.clientcase.Referral;
import fi.aso.domain.meeting.ClientSlot;
import fi.aso.infrastructure.persistence.StorableText;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.MapsId;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What the group wrote down for one client's slot (seed 004): a note per topic of the ASO process,
 * started from the referral, the joint assessment (the suitable form of housing and the support
 * needed) and the decisions. Versioned, so that two people editing at once are told.
 */
@Entity
@Table(name = "slot_record")
public class SlotRecord {

  /** Long notes are fine; a whole book pasted by mistake is not. */
  public static final int MAX_TEXT = 50_000;

  @Id
  @Column(name = "slot_id")
  private Long slotId;

  @MapsId
  @OneToOne
  @JoinColumn(name = "slot_id")
  private ClientSlot slot;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "slot_topic_note", joinColumns = @JoinColumn(name = "slot_id"))
  @MapKeyColumn(name = "topic")
  @MapKeyEnumerated(EnumType.STRING)
  @Column(name = "note", columnDefinition = "text")
  @Convert(converter = StorableText.class) // not auto-applied to map values
  private Map<Referral.Topic, String> notes = new EnumMap<>(Referral.Topic.class);

  @Enumerated(EnumType.STRING)
  @Column(name = "housing_form", length = 30)
  private HousingForm housingForm;

  @Column(name = "support_needed", columnDefinition = "text")
  private String supportNeeded;

  @Column(columnDefinition = "text")
  private String decisions;

  @Column(name = "updated_by", length = 100)
  private String updatedBy;

  @Column(name = "updated_at")
  private OffsetDateTime updatedAt;

  @Version private long version;

  protected SlotRecord() {}

  /** A new record for the slot, its topic notes started from the client's referral. */
  public static SlotRecord startFor(ClientSlot slot) {
    SlotRecord record = new SlotRecord();
    record.slot = Objects.requireNonNull(slot, "slot");
    slot.clientCase()
        .referral()
        .topics()
        .forEach(
            (topic, text) -> {
              if (text != null && !text.isBlank()) {
                record.notes.put(topic, text);
              }
            });
    return record;
  }

  /** The notes, assessment and decisions as they are now on the chair's screen. */
  public void write(
      Map<Referral.Topic, String> topicNotes,
      HousingForm housing,
      String support,
      String decided,
      String actor,
      Instant at) {
    notes.clear();
    topicNotes.forEach(
        (topic, text) -> {
          if (text != null && !text.isBlank()) {
            notes.put(topic, checked(text));
          }
        });
    this.housingForm = housing;
    this.supportNeeded = blankToNull(checked(support));
    this.decisions = blankToNull(checked(decided));
    this.updatedBy = actor;
    this.updatedAt = at.atOffset(ZoneOffset.UTC);
  }

  private static String checked(String text) {
    if (text != null && text.length() > MAX_TEXT) {
      throw new Refusal("text.tooLong", "a note is at most " + MAX_TEXT + " characters", MAX_TEXT);
    }
    return text;
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text;
  }

  public Long slotId() {
    return slotId;
  }

  public ClientSlot slot() {
    return slot;
  }

  public Map<Referral.Topic, String> notes() {
    Map<Referral.Topic, String> copy = new EnumMap<>(Referral.Topic.class);
    copy.putAll(notes);
    return Collections.unmodifiableMap(copy);
  }

  public Optional<HousingForm> housingForm() {
    return Optional.ofNullable(housingForm);
  }

  public Optional<String> supportNeeded() {
    return Optional.ofNullable(supportNeeded);
  }

  public Optional<String> decisions() {
    return Optional.ofNullable(decisions);
  }

  public long version() {
    return version;
  }
}
