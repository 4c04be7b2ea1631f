package fi.aso.application.minutes;

import fi.aso.domain.consent.InformationCategory;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Which part of the minutes one recipient gets: the clients (by case) and, per client, the
 * information categories the client's consent lets them have. A case not listed is left out whole.
 * Topic notes follow their topic's category; the assessment is housing information; who took part,
 * the decisions and the actions go with the client's identity.
 */
public record MinutesCut(String recipient, Map<Long, Set<InformationCategory>> categoriesByCase) {

  public MinutesCut {
    categoriesByCase = Map.copyOf(categoriesByCase);
  }

  /** The whole minutes, for the region's staff. */
  public static MinutesCut whole(MinutesContent content, String recipient) {
    Map<Long, Set<InformationCategory>> all = new HashMap<>();
    content.slots().forEach(s -> all.put(s.caseId(), EnumSet.allOf(InformationCategory.class)));
    return new MinutesCut(recipient, all);
  }

  boolean includes(long caseId) {
    Set<InformationCategory> allowed = categoriesByCase.get(caseId);
    return allowed != null && allowed.contains(InformationCategory.IDENTITY_AND_RELEASE);
  }

  boolean allows(long caseId, InformationCategory category) {
    Set<InformationCategory> allowed = categoriesByCase.get(caseId);
    return allowed != null && allowed.contains(category);
  }
}
