package fi.aso.domain.consent;

import fi.aso.domain.organisation.Organisation;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.util.Objects;

/** One thing the case worker proposes the client let one organisation receive. */
@Embeddable
public class ProposedDisclosure {

  @ManyToOne(optional = false)
  @JoinColumn(name = "organisation_id")
  private Organisation organisation;

  @Enumerated(EnumType.STRING)
  @Column(name = "category", nullable = false, length = 40)
  private InformationCategory category;

  protected ProposedDisclosure() {}

  public ProposedDisclosure(Organisation organisation, InformationCategory category) {
    this.organisation = Objects.requireNonNull(organisation, "organisation");
    this.category = Objects.requireNonNull(category, "category");
  }

  public Organisation organisation() {
    return organisation;
  }

  public InformationCategory category() {
    return category;
  }
}
