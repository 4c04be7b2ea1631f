package fi.aso.domain.clientcase;

import fi.aso.domain.Refusal;
import fi.aso.domain.consent.InformationCategory;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The case worker's mapping of the client's situation, 2-6 months before release: the topics the
 * group goes through in the meeting. Each field belongs to one consent category, so what a partner
 * may see is decided field by field.
 */
@Embeddable
public class Referral {

  @Column(name = "previous_housing")
  private String previousHousing;

  @Column(name = "wishes")
  private String wishes;

  @Column(name = "housing_skills")
  private String housingSkills;

  @Column(name = "rent_arrears")
  private String rentArrears;

  @Column(name = "credit_record")
  private String creditRecord;

  @Column(name = "substance_use")
  private String substanceUse;

  @Column(name = "other_support_needs")
  private String otherSupportNeeds;

  /** The referral's topics, each with the category that governs who may read it. */
  public enum Topic {
    PREVIOUS_HOUSING(InformationCategory.HOUSING_HISTORY_AND_WISHES),
    WISHES(InformationCategory.HOUSING_HISTORY_AND_WISHES),
    HOUSING_SKILLS(InformationCategory.HOUSING_HISTORY_AND_WISHES),
    RENT_ARREARS_AND_DISTURBANCES(InformationCategory.RENT_ARREARS_AND_CREDIT),
    CREDIT_RECORD(InformationCategory.RENT_ARREARS_AND_CREDIT),
    SUBSTANCE_USE(InformationCategory.SUBSTANCE_USE_AND_HEALTH),
    OTHER_SUPPORT_NEEDS(InformationCategory.OTHER_SUPPORT_NEEDS);

    private final InformationCategory category;

    Topic(InformationCategory category) {
      this.category = category;
    }

    public InformationCategory category() {
      return category;
    }
  }

  public Referral() {}

  public String get(Topic topic) {
    return switch (topic) {
      case PREVIOUS_HOUSING -> previousHousing;
      case WISHES -> wishes;
      case HOUSING_SKILLS -> housingSkills;
      case RENT_ARREARS_AND_DISTURBANCES -> rentArrears;
      case CREDIT_RECORD -> creditRecord;
      case SUBSTANCE_USE -> substanceUse;
      case OTHER_SUPPORT_NEEDS -> otherSupportNeeds;
    };
  }

  public Referral with(Topic topic, String text) {
    if (topic == null) {
      // a map key that names no topic (JSON-B reads an unknown enum key as null)
      throw new Refusal("referral.topic", "the referral has no such topic");
    }
    String value = text == null || text.isBlank() ? null : text.strip();
    if (value != null && value.length() > 20_000) {
      throw new Refusal("text.tooLong", topic + " is limited to 20 000 characters", 20_000);
    }
    switch (topic) {
      case PREVIOUS_HOUSING -> previousHousing = value;
      case WISHES -> wishes = value;
      case HOUSING_SKILLS -> housingSkills = value;
      case RENT_ARREARS_AND_DISTURBANCES -> rentArrears = value;
      case CREDIT_RECORD -> creditRecord = value;
      case SUBSTANCE_USE -> substanceUse = value;
      case OTHER_SUPPORT_NEEDS -> otherSupportNeeds = value;
    }
    return this;
  }

  /** All topics and their texts (empty topics included, as null). */
  public Map<Topic, String> topics() {
    Map<Topic, String> all = new LinkedHashMap<>();
    for (Topic topic : Topic.values()) {
      all.put(topic, get(topic));
    }
    return all;
  }
}
