package fi.aso.domain.invitation;

import fi.aso.domain.consent.InformationCategory;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What one outbound message carries of one client: the case and the consent categories. The gate
 * asks the consent policy about exactly these when the message is sent.
 */
@Embeddable
public class CarriedData {

  @Column(name = "case_id", nullable = false)
  private long caseId;

  @Column(nullable = false, length = 300)
  private String categories;

  protected CarriedData() {}

  public CarriedData(long caseId, Collection<InformationCategory> categories) {
    if (categories.isEmpty()) {
      throw new IllegalArgumentException("a message carries at least one category of a client");
    }
    this.caseId = caseId;
    this.categories =
        EnumSet.copyOf(categories).stream().map(Enum::name).collect(Collectors.joining(","));
  }

  public long caseId() {
    return caseId;
  }

  public Set<InformationCategory> categories() {
    return Arrays.stream(categories.split(","))
        .map(InformationCategory::valueOf)
        .collect(Collectors.toCollection(() -> EnumSet.noneOf(InformationCategory.class)));
  }
}
